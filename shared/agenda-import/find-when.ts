/** When the meeting is: its date (with a check of the weekday), its start time, and the date the agenda was issued. */
import type { CleanLine } from './clean-lines';
import type { Field } from './types';
import { findDate, findTime, weekdayName, weekdayOf, type FoundDate } from './dates';
import { DATE_ISSUED_LABEL, DATE_LABEL, TIME_LABEL, labelled } from './front-sheet-patterns';
import { field, norm } from './text';
import { flat, labelledCells, linesCovering, nonBlank, paragraphFrom } from './front-lines';

function isIssuedLine(c: CleanLine): boolean {
  return labelled(c.text, DATE_ISSUED_LABEL) !== null;
}

/**
 * "Signed: J Barker, Clerk to the Council" then "Date: 2 January 2024": the day the summons was
 * signed, not the meeting's.
 */
function isSignedDate(c: CleanLine, above: CleanLine | undefined): boolean {
  return (
    above !== undefined &&
    above.index >= c.index - 2 &&
    /^(signed|signature)\b/i.test(flat(above)) &&
    labelled(c.text, DATE_LABEL) !== null
  );
}

export interface MeetingDate {
  field: Field<string>;
  line: CleanLine;
  found: FoundDate;
  warning: string | null;
}

/** The meeting's date: a "Date:" label first, then a date with its weekday, then any date. */
export function findMeetingDate(front: CleanLine[]): MeetingDate | null {
  let best: { score: number; lines: CleanLine[]; found: FoundDate } | null = null;
  const consider = (lines: CleanLine[], text: string, labelledDate: boolean): void => {
    if (/previous meeting|last meeting|minutes of/.test(norm(text))) return;
    const found = findDate(text);
    if (!found) return;
    const score = labelledDate ? 3 : found.weekday !== null ? 2 : 1;
    if (!best || score > best.score) best = { score, lines, found };
  };
  const lines = labelledCells(nonBlank(front));
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    if (isIssuedLine(c) || isSignedDate(c, lines[k - 1])) continue;
    const value = labelled(c.text, DATE_LABEL);
    consider([c], value ?? flat(c), value !== null);
    // A date a PDF wrapped across two lines ("Tuesday 14th" / "March 2017").
    const next = lines[k + 1];
    if (next && !findDate(flat(c)) && !findDate(flat(next)) && !isIssuedLine(next))
      consider([c, next], `${flat(c)} ${flat(next)}`, false);
  }
  const chosen = best as { score: number; lines: CleanLine[]; found: FoundDate } | null;
  if (!chosen) return null;
  const { found } = chosen;
  const actual = weekdayOf(found.iso);
  const warning =
    found.weekday !== null && found.weekday !== actual
      ? `The agenda gives the meeting date as a ${weekdayName(found.weekday)}, but ${found.iso} is a ${weekdayName(actual)}: check the date.`
      : null;
  return { field: field(found.iso, chosen.lines), line: chosen.lines[0] as CleanLine, found, warning };
}

export function findStartTime(front: CleanLine[], dateLine: CleanLine | null): Field<string> | null {
  const lines = labelledCells(nonBlank(front));
  for (const c of lines) {
    const value = labelled(c.text, TIME_LABEL);
    const t = value !== null ? findTime(value, true) : null;
    if (t) return field(t.hhmm, [c]);
  }
  if (dateLine) {
    // "Thursday 2 February 2017 at 10.00 am", or a summons running on to the next line.
    const window = paragraphFrom(lines, dateLine, 3);
    const text = window.map(flat).join(' ');
    const t = findTime(text, false);
    if (t) return field(t.hhmm, linesCovering(window, t.at, t.at + t.length));
  }
  for (const c of lines) {
    const text = flat(c)
      .replace(/^(at|from|starts?( at)?)\s+/i, '')
      .replace(/\.$/, '');
    const t = findTime(text, true);
    if (t && t.at === 0 && t.length >= text.length - 1) return field(t.hhmm, [c]);
  }
  return null;
}

/** Some agendas print the date issued and the contact at the foot of the item list: `after` is that foot. */
export function findDateIssued(front: CleanLine[], after: CleanLine[] = []): Field<string> | null {
  const lines = [...nonBlank(front), ...nonBlank(after)];
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    const value = labelled(c.text, DATE_ISSUED_LABEL);
    if (value === null) continue;
    const found = findDate(value);
    if (found) return field(found.iso, [c]);
    const next = lines[k + 1];
    const later = next ? findDate(flat(next)) : null;
    if (next && later) return field(later.iso, [c, next]);
  }
  return null;
}
