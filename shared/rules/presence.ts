// Who was in the room for an item, and who could vote on it.
import type { Attendance, Capacity, Meeting } from '../domain';

/** Members and co-optees vote; officers, guests and others present do not. */
export const VOTING_CAPACITIES: readonly Capacity[] = ['member', 'co-optee'];

/** When an item was under discussion: from its start to the next item's start (or the meeting's end). */
export interface ItemWindow {
  from: string;
  to?: string;
}

/** The item's window, or undefined when its start was not recorded (then presence is by status only). */
export function itemWindow(meeting: Meeting, itemId: string): ItemWindow | undefined {
  const from = meeting.agenda.find((i) => i.id === itemId)?.startedAt;
  if (!from) return undefined;
  const later = meeting.agenda.map((i) => i.startedAt).filter((t): t is string => t !== undefined && t > from);
  const end = meeting.clock.endedAt !== undefined && meeting.clock.endedAt >= from ? meeting.clock.endedAt : undefined;
  const to = [...later, ...(end ? [end] : [])].sort()[0];
  return to === undefined ? { from } : { from, to };
}

/** Present, and in the room at some point of the window (arrived before it ended, left after it began). */
export function wasPresentDuring(a: Attendance, window: ItemWindow | undefined): boolean {
  if (a.status !== 'present') return false;
  if (!window) return true;
  if (a.arrivedAt !== undefined && window.to !== undefined && a.arrivedAt >= window.to) return false;
  if (a.leftAt !== undefined && a.leftAt <= window.from) return false;
  return true;
}

/** The people present for an item (person ids, in attendance order). */
export function presentOn(meeting: Meeting, itemId: string): string[] {
  const window = itemWindow(meeting, itemId);
  return meeting.attendance.filter((a) => wasPresentDuring(a, window)).map((a) => a.personId);
}

/** The people who withdrew from an item because of an interest they declared. */
export function withdrawnFor(meeting: Meeting, itemId: string): string[] {
  const ids = meeting.declarations.filter((d) => d.itemId === itemId && d.withdrew).map((d) => d.personId);
  return [...new Set(ids)];
}

/** Members and co-optees present for the item and not withdrawn from it: who may vote on it. */
export function votersFor(meeting: Meeting, itemId: string): string[] {
  const window = itemWindow(meeting, itemId);
  const withdrawn = new Set(withdrawnFor(meeting, itemId));
  return meeting.attendance
    .filter((a) => VOTING_CAPACITIES.includes(a.capacity) && wasPresentDuring(a, window) && !withdrawn.has(a.personId))
    .map((a) => a.personId);
}
