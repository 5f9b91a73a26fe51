// The store reads a meeting's file when it is first used (Store loadOnDemand): before a channel's
// handler runs, the meetings it reads are loaded here, so handlers stay synchronous readers of the
// store. A channel named below reads only the meeting of its input (or none, or the lists' summaries
// from the index); every other channel may look across meetings, so all are read first (once).
import { meetingCommandInputs } from '$shared/commands';
import type { ChannelName } from '$shared/api';
import type { Store } from '../services/store/store';
import type { Impl } from './handle';

const ONE_MEETING_OR_NONE = new Set<string>([
  'app:info',
  'app:dismissNotice',
  'store:status',
  'settings:get',
  'settings:set',
  'committees:list',
  'committees:get',
  'committees:create',
  'committees:update',
  'committees:setSettings',
  'committees:setStandardItems',
  'committees:setTemplate',
  'committees:clearTemplate',
  'meetings:list',
  'meetings:get',
  'meetings:export',
  'meetings:delete',
  'docs:exportAgenda',
  'docs:exportMinutes',
  'checks:findings',
  ...Object.keys(meetingCommandInputs),
]);

/** `impl`, after the meetings it reads are in memory. */
export function withMeetingsLoaded<C extends ChannelName>(store: Store, channel: C, impl: Impl<C>): Impl<C> {
  if (!ONE_MEETING_OR_NONE.has(channel))
    return async (input) => {
      await store.loadAllMeetings();
      return impl(input);
    };
  return async (input) => {
    const meetingId = (input as { meetingId?: unknown } | undefined)?.meetingId;
    if (typeof meetingId === 'string') await store.loadMeeting(meetingId);
    return impl(input);
  };
}
