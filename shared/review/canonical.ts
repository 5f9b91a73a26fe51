// The canonical form of the minutes' content, and its fingerprint. Content is what the minutes
// are made of: the details they print, agenda, attendance, declarations, questions, notes,
// actions, resolutions, clock, and the people as named. Bookkeeping (revision, timestamps,
// status, history, review, approval records) is not content.
import type { Meeting, NamedSnapshot } from '../domain';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

export const CANONICAL_SCHEME = 'scrutineer.minutes-content/1';

/** Meeting fields that make the minutes. Every other field must be listed in NOT_CONTENT. */
export const CONTENT_FIELDS = [
  'id',
  'committeeId',
  'date',
  'startTime',
  'venue',
  'minutesContact',
  'previousMeetingDate',
  'nextMeeting',
  'agenda',
  'attendance',
  'declarations',
  'publicQuestions',
  'notes',
  'actions',
  'resolutions',
  'clock',
] as const satisfies readonly (keyof Meeting)[];

/**
 * Fields that are not content, and why. A test keeps CONTENT_FIELDS + NOT_CONTENT equal to the
 * Meeting schema's keys, so a new field cannot slip past the fingerprint unnoticed.
 */
export const NOT_CONTENT: Record<Exclude<keyof Meeting, (typeof CONTENT_FIELDS)[number]>, string> = {
  format: 'file bookkeeping',
  version: 'file bookkeeping',
  revision: 'edit counter',
  status: 'the life of the minutes, recorded in history',
  history: 'audit trail',
  createdAt: 'timestamp',
  updatedAt: 'timestamp',
  agendaContact: 'printed on the agenda, not in the minutes',
  dateIssued: 'printed on the agenda, not in the minutes',
  previousMeetingId: 'a link; the minutes print previousMeetingDate',
  review: 'the review records',
  checkDismissals: 'the record of findings of the checks set aside, not what the minutes say',
  approval: 'the approval record (its frozen names are content, as `named`)',
  amendments: 'the amendment records',
  confirmation: 'the confirmation record',
  approvedBeforeRecordSeals:
    'file bookkeeping: set by the migration from version 1 on records approved before record seals',
};

export interface MinutesContent {
  scheme: string;
  meeting: Record<string, unknown>;
  named: NamedSnapshot;
}

export function minutesContent(meeting: Meeting, named: NamedSnapshot): MinutesContent {
  const picked: Record<string, unknown> = {};
  for (const key of CONTENT_FIELDS) picked[key] = meeting[key];
  // Which item the console was on is live state, not content.
  const { currentItemId: _live, ...clock } = meeting.clock;
  picked.clock = clock;
  return { scheme: CANONICAL_SCHEME, meeting: picked, named };
}

/** The canonical text: sorted keys, no whitespace, NFC strings. */
export function canonicalText(meeting: Meeting, named: NamedSnapshot): string {
  return canonicalJson(minutesContent(meeting, named));
}

/** "sha256:<64 hex digits>" of the canonical form. */
export function fingerprint(meeting: Meeting, named: NamedSnapshot): string {
  return `sha256:${sha256Hex(canonicalText(meeting, named))}`;
}
