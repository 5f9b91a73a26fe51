import type { Meeting } from '../domain';

export type ItemStatus = 'not-reached' | 'current' | 'done';

/**
 * Where the meeting is with an item: the one it is on is current (until the meeting ends); an
 * item it has been into (its start recorded) is done. Looking at items after the end reaches none:
 * what the rail says then is what a reload says.
 */
export function itemStatus(meeting: Meeting, itemId: string): ItemStatus {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) return 'not-reached';
  const isCurrent = meeting.clock.currentItemId === itemId;
  const ended = meeting.clock.endedAt !== undefined;
  if (isCurrent && !ended) return 'current';
  if (item.startedAt !== undefined) return 'done';
  return 'not-reached';
}
