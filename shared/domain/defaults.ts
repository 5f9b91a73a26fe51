import type { StandardItem } from './committee';
import type { AgendaItem, Meeting } from './meeting';
import { newId } from './common';
import { MEETING_FORMAT, MEETING_VERSION } from './meeting';

/** The usual procedural items of a UK scrutiny committee, in the reference pack's order. */
export const DEFAULT_STANDARD_ITEMS: StandardItem[] = [
  { kind: 'minutes', title: 'MINUTES', summary: 'To approve the minutes of the previous meeting.' },
  { kind: 'apologies', title: 'APOLOGIES FOR ABSENCE', summary: '' },
  { kind: 'declarations', title: 'DECLARATIONS OF INTEREST', summary: '' },
  { kind: 'public-participation', title: 'PUBLIC PARTICIPATION', summary: '' },
  { kind: 'work-programme', title: 'WORK PROGRAMME', summary: 'The Committee is asked to review its work programme.' },
  { kind: 'next-meeting', title: 'DATE OF NEXT MEETING', summary: '' },
];

/** Standard items open the agenda, except the work programme and next meeting, which close it. */
export function agendaFromStandardItems(items: readonly StandardItem[]): AgendaItem[] {
  const closing = new Set(['work-programme', 'next-meeting']);
  const ordered = [...items.filter((i) => !closing.has(i.kind)), ...items.filter((i) => closing.has(i.kind))];
  return ordered.map((s, i) => ({
    id: newId(),
    number: String(i + 1),
    title: s.title,
    summary: s.summary,
    reportAuthor: '',
    kind: s.kind,
  }));
}

export function newMeeting(fields: {
  committeeId: string;
  date: string;
  startTime: string;
  venue: string;
  agenda: AgendaItem[];
  previousMeetingDate?: string | undefined;
  at: Date;
}): Meeting {
  const stamp = fields.at.toISOString();
  return {
    format: MEETING_FORMAT,
    version: MEETING_VERSION,
    id: newId(),
    committeeId: fields.committeeId,
    date: fields.date,
    startTime: fields.startTime,
    venue: fields.venue,
    status: 'planned',
    revision: 0,
    ...(fields.previousMeetingDate ? { previousMeetingDate: fields.previousMeetingDate } : {}),
    agenda: fields.agenda,
    attendance: [],
    declarations: [],
    publicQuestions: [],
    notes: [],
    actions: [],
    resolutions: [],
    clock: { adjournments: [] },
    history: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}
