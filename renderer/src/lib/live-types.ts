// The live session's shapes: errors at fields, the meeting's details, focus requests, run options.
import type { Meeting } from '$shared/domain';

export interface FieldError {
  field: string | undefined;
  message: string;
}

export interface MeetingDetails {
  id: string;
  committeeId: string;
  date: string;
  startTime: string;
  venue: string;
  status: Meeting['status'];
  previousMeetingDate: string | undefined;
  nextMeeting: Meeting['nextMeeting'];
}

export type FocusRequest =
  | { kind: 'paragraph'; id: string; at: 'start' | 'end' }
  | { kind: 'action'; id: string }
  /** The notes of an item: its last paragraph, or the button that starts them. */
  | { kind: 'notes'; itemId: string };

export interface RunOptions {
  /** Where a refusal is shown ("clock", "attendance:<id>", "resolution:<id>"): the field's owner. */
  scope: string;
  /** Shown on the undo button ("Undo: start of the meeting"). */
  label?: string;
  undoable?: boolean;
}

export function detailsOf(m: Meeting): MeetingDetails {
  return {
    id: m.id,
    committeeId: m.committeeId,
    date: m.date,
    startTime: m.startTime,
    venue: m.venue,
    status: m.status,
    previousMeetingDate: m.previousMeetingDate,
    nextMeeting: m.nextMeeting,
  };
}

export function sameDetails(a: MeetingDetails | null, b: MeetingDetails): boolean {
  return !!a && (Object.keys(b) as (keyof MeetingDetails)[]).every((k) => a[k] === b[k]);
}
