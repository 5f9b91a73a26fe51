import type { Meeting } from '../domain';
import type { RuleProblem } from './problem';
import { peopleProblems } from './people-problems';
import { futureTimeProblems, timeProblems } from './time-problems';
import { voteProblems } from './votes';

/** Every rule of the live console the meeting breaks (none, for anything captured through commands). */
export function liveProblems(meeting: Meeting): RuleProblem[] {
  return [
    ...timeProblems(meeting),
    ...peopleProblems(meeting),
    ...meeting.resolutions.flatMap((r) => voteProblems(meeting, r)),
  ];
}

/**
 * Problems of `after` that `before` did not have: what an edit would break. Given now (Europe/London),
 * a time the edit records that is still to come counts too (see futureTimeProblems).
 */
export function newProblems(before: Meeting, after: Meeting, now?: { date: string; time: string }): RuleProblem[] {
  const existing = new Set(liveProblems(before).map((p) => p.key));
  const fresh = liveProblems(after).filter((p) => !existing.has(p.key));
  return now ? [...fresh, ...newFutureProblems(before, after, now)] : fresh;
}

/** Times still to come that `after` records and `before` did not: one already there is left alone. */
export function newFutureProblems(before: Meeting, after: Meeting, now: { date: string; time: string }): RuleProblem[] {
  const future = new Set(futureTimeProblems(before, now).map((p) => p.key));
  return futureTimeProblems(after, now).filter((p) => !future.has(p.key));
}
