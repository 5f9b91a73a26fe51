// One example address for every route of the router (routes.ts), for tests that visit every
// screen. A Record over the route names: a new route without an example fails the typecheck,
// and tests/e2e/layout-no-sideways-scroll.spec.ts checks each example parses to its route.
import { href, type Route } from './routes';

export interface RouteIds {
  committeeId: string;
  meetingId: string;
}

export function routeExamples(ids: RouteIds): Record<Route['name'], string> {
  const { committeeId, meetingId } = ids;
  return {
    committees: href.committees(),
    committee: href.committee(committeeId),
    meeting: href.meeting(meetingId),
    live: href.live(meetingId),
    minutes: href.minutes(meetingId),
    review: href.review(meetingId),
    'action-log': href.actionLog(committeeId),
    'work-programme': href.workProgramme(committeeId),
    agenda: href.agenda(meetingId),
    'committee-setup': href.committeeSetup(committeeId),
    import: href.importAgenda(committeeId),
    settings: href.settings(),
    search: href.search('school'),
    'not-found': '#/no-such-place',
  };
}
