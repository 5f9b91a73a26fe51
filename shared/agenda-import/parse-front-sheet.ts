/**
 * The agenda's front sheet: committee, authority, meeting date and start time, venue, contact
 * officer and date issued. Each is looked for in the lines before the first item, the way
 * councils write them: on lines of their own, after labels ("Venue:"), or in a summons
 * ("... will be held on Tuesday 14th March 2017 at 7pm in the Council Chamber, ...").
 */
import type { CleanLine } from './clean-lines';
import type { Field, ParsedContact } from './types';
import { findDate, findTime, weekdayName, weekdayOf, type FoundDate } from './dates';
import {
  CONTACT_LABEL,
  DATE_ISSUED_LABEL,
  DATE_LABEL,
  TIME_LABEL,
  VENUE_LABEL,
  committeeFromHeading,
  isLabelledAny,
  isStandingNote,
  labelled,
  looksLikeAuthority,
  looksLikePlace,
} from './front-sheet-patterns';
import { field, matchForm, norm, tidy, wordCount } from './text';
import { looksLikeName } from './membership-rows';

/** The text of a line with its cells joined by spaces. */
function flat(c: CleanLine): string {
  return tidy(c.text);
}

function nonBlank(lines: CleanLine[]): CleanLine[] {
  return lines.filter((c) => c.text !== '');
}

const SUMMONS_BODY =
  /^(?:meeting of|members of) (?:the )?((?:[^\s]+ ){0,12}?(?:[^\s]+ )?\b(?:committee|sub-committee|board|panel|commission|forum|cabinet|(?:parish|town|community) council))\b/;

export function findCommittee(front: CleanLine[]): Field<string> | null {
  const lines = nonBlank(front).slice(0, 80);
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    // "Meeting:  Scrutiny Board" in a details table.
    const given = labelled(c.text, /meeting|committee|meeting\s+of/);
    const named = given ? committeeFromHeading(given) : null;
    if (named) return field(named, [c]);
    const name = committeeFromHeading(flat(c));
    if (name) return field(name, [c]);
    // A heading wrapped onto a second line by a PDF: "... and Accountability" / "Committee".
    // Only a long line wraps (or one ending mid-phrase); "Public Document Pack" is not half a name.
    const next = lines[k + 1];
    const wraps = flat(c).length >= 30 || /\b(and|of|for|the|on|&|-)$/i.test(flat(c));
    if (next && wraps && next.index === c.index + 1 && wordCount(flat(next)) <= 5 && !looksLikeAuthority(flat(c))) {
      const joined = committeeFromHeading(`${flat(c)} ${flat(next)}`);
      if (joined) return field(joined, [c, next]);
    }
  }
  // "Notice is hereby given that a meeting of the X Committee will be held ...": the name as a
  // run of capitalised words ("of", "and" between), so "Members of the Council You are ..." is not one.
  for (let k = 0; k < lines.length; k++) {
    const window = lines.slice(k, k + 2);
    const text = window.map(flat).join(' ');
    const form = matchForm(text);
    for (const lead of form.matchAll(/\b(?:meeting|members) of /g)) {
      const m = SUMMONS_BODY.exec(form.slice(lead.index));
      if (m?.[1] === undefined) continue;
      const at = lead.index + m[0].indexOf(m[1]);
      const name = text.slice(at, at + m[1].length);
      if (wordCount(name) < 2 || /\b(meeting|members) of\b/i.test(name)) continue;
      if (
        !/^\p{Lu}/u.test(name) ||
        !name.split(/\s+/).every((w) => /^(\p{Lu}|&|and\b|of\b|for\b|the\b|on\b|in\b|-)/u.test(w))
      )
        continue;
      return field(name, linesCovering(window, at, at + m[1].length));
    }
  }
  return null;
}

/** On the front sheet, or just after the item list (a pack's next document carries the authority's name). */
export function findAuthority(front: CleanLine[], after: CleanLine[]): Field<string> | null {
  for (const c of [...nonBlank(front).slice(0, 80), ...nonBlank(after).slice(0, 4)]) {
    if (looksLikeAuthority(flat(c))) return field(flat(c), [c]);
  }
  return null;
}

function isIssuedLine(c: CleanLine): boolean {
  return labelled(c.text, DATE_ISSUED_LABEL) !== null;
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
  const lines = nonBlank(front);
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    if (isIssuedLine(c)) continue;
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
  const lines = nonBlank(front);
  for (const c of lines) {
    const value = labelled(c.text, TIME_LABEL);
    const t = value !== null ? findTime(value, true) : null;
    if (t) return field(t.hhmm, [c]);
  }
  if (dateLine) {
    // "Thursday 2 February 2017 at 10.00 am", or a summons running on to the next line.
    const window = paragraphFrom(lines, dateLine, 2);
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
    // A PDF wraps the sentence: read it with the lines that run on from it.
    const window = [lines[k] as CleanLine];
    for (let j = k + 1; j < lines.length && window.length < 3; j++) {
      if ((lines[j] as CleanLine).index !== (window[window.length - 1] as CleanLine).index + 1) break;
      window.push(lines[j] as CleanLine);
    }
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
  const lines = nonBlank(front);
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
  // A line of its own near the date and time: "COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL".
  const anchors = [dateLine, timeLine].filter((c): c is CleanLine => c !== null).map((c) => lines.indexOf(c));
  for (const at of anchors) {
    for (const c of lines.slice(at + 1, at + 4)) {
      if (!isLabelledAny(c.text) && looksLikePlace(flat(c)) && !findDate(flat(c)) && !findTime(flat(c), true))
        return field(flat(c), [c]);
    }
  }
  return null;
}

/**
 * The anchor line and the lines that continue its paragraph: a PDF wraps a summons over
 * several lines with no blank between; a heading or a labelled line starts something else.
 */
function paragraphFrom(lines: CleanLine[], anchor: CleanLine, max = 3): CleanLine[] {
  const at = lines.indexOf(anchor);
  const out = [anchor];
  for (let k = at + 1; k < lines.length && out.length < max; k++) {
    const c = lines[k] as CleanLine;
    const prev = out[out.length - 1] as CleanLine;
    if (
      c.index !== prev.index + 1 ||
      isLabelledAny(c.text) ||
      /^(agenda|membership|members|councillors?)\b/i.test(flat(c)) ||
      committeeFromHeading(flat(c))
    )
      break;
    out.push(c);
  }
  return out;
}

/** The lines of `window` (joined with single spaces) that characters start..end came from. */
function linesCovering(window: CleanLine[], start: number, end: number): CleanLine[] {
  const out: CleanLine[] = [];
  let offset = 0;
  for (const c of window) {
    const len = flat(c).length;
    if (offset < end && offset + len > start) out.push(c);
    offset += len + 1;
  }
  return out;
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

/** Tested word by word, anchored: an unanchored e-mail pattern backtracks badly on text like "a@ba@ba@b...". */
const EMAIL_WORD = /^[^\s<>()[\],;:@]+@[^\s<>()[\],;:@]+\.[a-z]{2,}$/i;

/** "Tel 020 8753 2063", "Tel: 01632 960417", "0121 496 0123": the number as written, label dropped. */
function phoneOf(text: string): string | null {
  const value = text
    .trim()
    .replace(/^(?:tel(?:ephone)?|phone|t|direct\s+(?:line|dial)|dl|mobile|mob)\.?\s*:?\s*(?=[+(\d])/i, '');
  if (!/^[+(]?\d[\d\s()+.-]{5,}(\s*(ext\.?|extension|x)\s*\d+)?$/i.test(value)) return null;
  return (value.match(/\d/g) ?? []).length >= 6 ? value : null;
}

function emailOf(text: string): string | null {
  for (const word of text.split(/[\s<>()[\],;]+/)) {
    const candidate = word.replace(/^(?:e-?mail|email address):/i, '').replace(/[.:]+$/, '');
    if (candidate.includes('@') && EMAIL_WORD.test(candidate)) return candidate;
  }
  return null;
}

/** "Name · 01799 540227 · clerk@x", "Name Tel. 0161 770 5151 E-mail x@y", "01902 555046 or x@y": the parts. */
function contactParts(text: string): string[] {
  return text
    .split(/\s*[,\t·|;]\s*|\s+or\s+|\.?\s+(?=(?:tel(?:ephone)?|phone|e-?mail)\b\.?)/i)
    .map((p) => p.trim().replace(/^(?:tel(?:ephone)?|phone|e-?mail)\b\.?:?\s*(?=\S)/i, ''))
    .filter((p) => p !== '' && !/^(tel(?:ephone)?|phone|e-?mail)\.?:?$/i.test(p));
}

/** "For further information please contact Samantha Morris on 01905 844871 or sm@x.gov.uk." */
function contactInSentence(lines: CleanLine[]): ParsedContact | null {
  for (const c of lines) {
    const m = /\bcontact\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+(?:on|at|by|tel)\b/u.exec(c.text);
    if (!m) continue;
    const rest = c.text.slice(m.index + m[0].length);
    const phone = /(\+?\d[\d\s]{8,}\d)/.exec(rest)?.[1] ?? null;
    const email = emailOf(rest);
    if (!phone && !email) continue;
    return {
      name: field(tidy(m[1] ?? ''), [c]),
      title: null,
      team: null,
      phone: phone ? field(tidy(phone), [c]) : null,
      email: email ? field(email, [c]) : null,
    };
  }
  return null;
}

/** A letter's signature: a name, a title, then the phone and e-mail ("Yours sincerely, / Rachel Fordyce / ..."). */
function signedContact(lines: CleanLine[]): ParsedContact | null {
  const at = lines.findIndex((c) => emailOf(flat(c)) !== null);
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const c = lines[k] as CleanLine;
    if (!looksLikeName(flat(c))) continue;
    const block = lines.slice(k + 1, at + 1);
    const parts = block.flatMap((b) => contactParts(b.text).map((text) => ({ text, line: b })));
    const phone = parts.find((p) => phoneOf(p.text) !== null);
    const email = parts.find((p) => emailOf(p.text) !== null);
    return {
      name: field(flat(c), [c]),
      title: null,
      team: null,
      phone: phone ? field(phoneOf(phone.text) ?? '', [phone.line]) : null,
      email: email ? field(emailOf(email.text) ?? '', [email.line]) : null,
    };
  }
  return null;
}

/** The contact officer block: name, then title and team, phone and e-mail, in any order after the name. */
export function findContact(front: CleanLine[], after: CleanLine[] = []): ParsedContact | null {
  const lines = [...nonBlank(front), ...nonBlank(after)];
  const at = lines.findIndex((c) => labelled(c.text, CONTACT_LABEL) !== null);
  if (at < 0) return contactInSentence(lines) ?? signedContact(lines);
  const head = lines[at] as CleanLine;
  const tokens: { text: string; line: CleanLine }[] = [];
  const addLine = (c: CleanLine, text: string): void => {
    for (const part of contactParts(text)) tokens.push({ text: part, line: c });
  };
  addLine(head, labelled(head.text, CONTACT_LABEL) ?? '');
  for (const c of lines.slice(at + 1, at + 8)) {
    const t = flat(c);
    const known = phoneOf(t) !== null || emailOf(t) !== null;
    if (!known && (isLabelledAny(c.text) || isStandingNote(t) || t.length > 70 || /[.!?]$/.test(t) || wordCount(t) > 9))
      break;
    // A blank line ends the block unless what follows is the phone or e-mail.
    const gap = c.index - (tokens[tokens.length - 1]?.line.index ?? head.index) > 1;
    if (gap && !known) break;
    addLine(c, t);
    if (emailOf(t)) break;
  }
  const contact: ParsedContact = { name: field('', [head]), title: null, team: null, phone: null, email: null };
  const text: { text: string; line: CleanLine }[] = [];
  for (const tok of tokens) {
    const email = emailOf(tok.text);
    const phone = phoneOf(tok.text);
    if (email) contact.email ??= field(email, [tok.line]);
    else if (phone) contact.phone ??= field(phone, [tok.line]);
    else text.push(tok);
  }
  const [name, title, team] = text;
  if (!name) return null;
  contact.name = field(name.text, [name.line]);
  if (title) contact.title = field(title.text, [title.line]);
  if (team) contact.team = field(team.text, [team.line]);
  return contact;
}
