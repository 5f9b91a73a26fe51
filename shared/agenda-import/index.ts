/**
 * Agenda import, the pure half: lines of text (from a Word document, a PDF or a text file)
 * to a parsed agenda, every value with the lines it came from. Never throws: input with no
 * recognisable agenda gets an error naming what could not be found.
 */
import { cleanLines, type CleanLine } from './clean-lines';
import { findAgenda } from './find-agenda';
import { joinNumberCells, joinTableRows } from './join-cells';
import { parseItems } from './parse-items';
import { parseMembership } from './parse-membership';
import {
  findAuthority,
  findCommittee,
  findContact,
  findDateIssued,
  findMeetingDate,
  findStartTime,
  findVenue,
} from './parse-front-sheet';
import type { ParseAgendaResult, ParsedAgenda } from './types';

export type * from './types';
export { cleanLines, cleanLine } from './clean-lines';
export { guessKind } from './parse-items';
export { ITEM_REACH_LINES } from './find-agenda';

/** Labels used in `missing` and `notFound`, so the review screen and the error say the same thing. */
export const FIELD_LABELS = {
  items: 'agenda items',
  committee: 'committee name',
  meetingDate: 'meeting date',
  startTime: 'start time',
  venue: 'venue',
  membership: 'membership',
  contact: 'contact officer',
  dateIssued: 'date issued',
  authority: 'authority',
} as const;

function notFound(missing: string[]): ParseAgendaResult {
  const list =
    missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}` : (missing[0] ?? '');
  return {
    ok: false,
    error: {
      code: 'AGENDA_NOT_FOUND',
      message: `No agenda was found in this file: it has no ${list}. Check that it is a committee agenda (a front sheet with the committee and date, then numbered items).`,
      notFound: missing,
    },
  };
}

/** The membership on the front sheet, or (ModernGov prints it last) in the lines after the items. */
function membershipOf(front: CleanLine[], foot: CleanLine[]): ParsedAgenda['membership'] {
  const m = parseMembership(front);
  return m.groups.length > 0 || m.coOptees.length > 0 ? m : parseMembership(foot);
}

function parse(input: readonly unknown[]): ParseAgendaResult {
  const lines = joinTableRows(joinNumberCells(cleanLines(input.map((l) => (typeof l === 'string' ? l : '')))));
  const found = findAgenda(lines);
  const first = found?.starts[0]?.line ?? lines.length;
  const front: CleanLine[] = lines.slice(0, first);
  const committee = findCommittee(front);
  const date = findMeetingDate(front);
  if (!found || (!committee && !date)) {
    const missing: string[] = [];
    if (!found) missing.push(FIELD_LABELS.items);
    if (!committee) missing.push(FIELD_LABELS.committee);
    if (!date) missing.push(FIELD_LABELS.meetingDate);
    return notFound(missing);
  }
  const { items, end } = parseItems(lines, found.starts);
  // The few lines after the item list: a foot with the contact or date issued, or the next document's heading.
  const foot = lines.slice(end + 1, end + 16);
  const startTime = findStartTime(front, date?.line ?? null);
  const timeLine = startTime ? (lines[startTime.source[0]?.index ?? -1] ?? null) : null;
  const agenda: ParsedAgenda = {
    committee,
    authority: findAuthority(front, foot),
    meetingDate: date?.field ?? null,
    startTime,
    venue: findVenue(front, date?.line ?? null, timeLine),
    membership: membershipOf(front, foot),
    contact: findContact(front, foot),
    dateIssued: findDateIssued(front, foot),
    items,
    missing: [],
    warnings: date?.warning ? [date.warning] : [],
    span: { from: 0, to: end },
  };
  const absent: [boolean, string][] = [
    [agenda.committee === null, FIELD_LABELS.committee],
    [agenda.authority === null, FIELD_LABELS.authority],
    [agenda.meetingDate === null, FIELD_LABELS.meetingDate],
    [agenda.startTime === null, FIELD_LABELS.startTime],
    [agenda.venue === null, FIELD_LABELS.venue],
    [agenda.membership.groups.length === 0 && agenda.membership.coOptees.length === 0, FIELD_LABELS.membership],
    [agenda.contact === null, FIELD_LABELS.contact],
    [agenda.dateIssued === null, FIELD_LABELS.dateIssued],
  ];
  agenda.missing = absent.filter(([gone]) => gone).map(([, label]) => label);
  return { ok: true, value: agenda };
}

/** Parses an agenda from its lines (any number, any content); never throws. */
export function parseAgenda(lines: readonly string[]): ParseAgendaResult {
  try {
    return parse(Array.isArray(lines) ? lines : []);
  } catch (e) {
    // A bug here must not lose the user's import: report it as an agenda that could not be read.
    return {
      ok: false,
      error: {
        code: 'AGENDA_NOT_FOUND',
        message: `The agenda could not be read (${e instanceof Error ? e.message : 'unexpected error'}). Please report this file to the developers.`,
        notFound: [],
      },
    };
  }
}
