/**
 * Where the meeting is: after a "Venue:" label, inside a summons sentence ("... will take place in
 * the Council Chamber, ... at 7.15pm."), after the time, or on a line of its own by the date.
 */
import type { CleanLine } from './clean-lines';
import type { Field } from './types';
import { findDate, findTime } from './dates';
import { VENUE_LABEL, isLabelledAny, labelled, looksLikePlace } from './front-sheet-patterns';
import { field, wordCount } from './text';
import { looksLikeName } from './membership-rows';
import { flat, labelledCells, linesCovering, nonBlank, paragraphFrom } from './front-lines';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const VENUE_END = new RegExp(
  `^(.+?)(?:,?\\s+(?:on\\s+(?:${WEEKDAY}|\\d)|at\\s+\\d|commencing|starting|beginning|for the purpose)\\b|\\.(?:\\s|$)|$)`,
  'i',
);

/**
 * "This meeting will take place in the Council Chamber, Mendip District Council, Shepton Mallet, at 7.15pm.",
 * "... to be held in the Village Hall, The Ford, Little Hadstock on Monday 8 January 2024": the place after
 * "in"/"at", up to the date, the time or the end of the sentence.
 */
function venueInSentence(lines: CleanLine[]): Field<string> | null {
  for (let k = 0; k < lines.length; k++) {
    // A PDF wraps the sentence: read it with the lines that run on from it, never into the
    // next heading ("Agenda") or label.
    const window = paragraphFrom(lines, lines[k] as CleanLine, 3, k);
    const text = window.map(flat).join(' ');
    const own = flat(lines[k] as CleanLine).length;
    if (!/\b(held|take place|meeting|summoned|convened)\b/i.test(text) || text.length > 900) continue;
    for (const m of text.matchAll(/\b(?:in|at)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
      if (m.index >= own) break;
      const from = m.index + m[0].length;
      const end = VENUE_END.exec(text.slice(from));
      const venue = (end?.[1] ?? '').trim().replace(/,$/, '');
      if (venue !== '' && looksLikePlace(venue) && !findDate(venue) && !findTime(venue, true))
        return field(venue, linesCovering(window, from, from + venue.length));
    }
  }
  return null;
}

export function findVenue(
  front: CleanLine[],
  dateLine: CleanLine | null,
  timeLine: CleanLine | null,
): Field<string> | null {
  const lines = labelledCells(nonBlank(front));
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    const value = labelled(c.text, VENUE_LABEL);
    if (value === null) continue;
    const used = [c];
    let venue = value;
    const next = lines[k + 1];
    if (venue === '' && next) {
      venue = flat(next);
      used.push(next);
    } else if (next && next.index === c.index + 1 && continuesVenue(next) && !looksLikeName(flat(next))) {
      venue = `${venue} ${flat(next)}`;
      used.push(next);
    }
    if (venue !== '') return field(venue.replace(/\.$/, ''), used);
  }
  const said = venueInSentence(lines);
  if (said) return said;
  // After the time in a summons: "... at 7pm in the Council Chamber, Lowmoor House, Market Place."
  for (const anchor of [dateLine, timeLine]) {
    if (!anchor) continue;
    const window = paragraphFrom(lines, anchor);
    const text = window.map(flat).join(' ');
    const time = findTime(text, false);
    if (!time) continue;
    const from = time.at + time.length;
    const m = /^\s*(?:,\s*)?(?:(?:in|at)\s+(?:the\s+)?|,\s*)(.+?)(?:\.(?:\s|$)|$)/i.exec(text.slice(from));
    const venue = m?.[1]?.trim() ?? '';
    if (m && venue !== '' && looksLikePlace(venue)) {
      const start = from + m[0].indexOf(venue);
      return field(venue, linesCovering(window, start, start + venue.length));
    }
  }
  // A line of its own near the date and time: "COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL", or
  // straight after them an address with a postcode: "Hindlip Park, Worcester WR3 8SP".
  const anchors = [dateLine, timeLine].filter((c): c is CleanLine => c !== null).map((c) => lines.indexOf(c));
  for (const at of anchors) {
    for (const [i, c] of lines.slice(at + 1, at + 4).entries()) {
      const t = flat(c);
      if (isLabelledAny(c.text) || findDate(t) || findTime(t, true)) continue;
      if (looksLikePlace(t) || (i === 0 && looksLikeAddress(t))) return field(t, [c]);
    }
  }
  return null;
}

/** UK postcode at the end: "Worcester WR3 8SP", "London SW1A 2AA". */
const POSTCODE_AT_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\.?$/;

/** A one-line postal address: places and a postcode, not a contact line or a sentence. */
function looksLikeAddress(t: string): boolean {
  return (
    POSTCODE_AT_END.test(t) &&
    t.includes(',') &&
    wordCount(t) <= 16 &&
    !/@|\b(tel|telephone|phone|email|fax|contact|www)\b|\d{4,}/i.test(t) &&
    !/[!?:]/.test(t) &&
    // Names of places, capitalised: "Fire and Rescue Headquarters", not "Please write to us at ...".
    t
      .split(/[\s,]+/)
      .every((w) => w === '' || !/^\p{Ll}/u.test(w) || /^(and|of|the|on|upon|in|under|by|le|la|de)$/.test(w))
  );
}

/** A short second line of a wrapped venue ("2AB"), not the next heading or label. */
function continuesVenue(c: CleanLine): boolean {
  const t = flat(c);
  return (
    wordCount(t) <= 4 &&
    !t.includes(':') &&
    !/^(membership|members|agenda|councillors?|contact)\b/i.test(t) &&
    !findDate(t) &&
    !findTime(t, true)
  );
}
