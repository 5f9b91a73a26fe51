/**
 * The people in a run of membership text: councillors ("Councillors A (Chair), B and C",
 * "Councillor A Councillor B") and co-optees ("Name (Body)", "Name, Body Name, Body"), each with
 * the lines they came from.
 */
import type { MemberRole } from '../domain';
import type { CleanLine } from './clean-lines';
import type { Field, ParsedCoOptee, ParsedMember } from './types';
import { field, joinWrapped, norm, tidy, wordCount } from './text';
import { nameThenBody } from './membership-rows';

/** A piece of text and the line it came from, so each person keeps their source lines. */
export interface Piece {
  text: string;
  line: CleanLine;
}

const PREFIX = /\b(councillors?|cllrs?)\b\.?/gi;
/** Words of an office or a body, never in a councillor's name: "Clerk to Ashwell Parish Council". */
const NOT_A_NAME = /\b(clerk|council|officer|services|committee|manager|director|secretary|chief|executive)\b|\d|@/i;
/** A title before a name, as a word of its own. */
export const HONORIFIC =
  /^(dr|mr|mrs|ms|miss|mx|rev|revd|reverend|father|canon|prof|professor|sir|dame|lord|lady)\.?$/i;

function role(text: string): MemberRole {
  const t = norm(text);
  if (/\(\s*(vice|deputy)[\s-]*chair(man|person|woman)?\s*\)/.test(t)) return 'vice-chair';
  if (/\(\s*chair(man|person|woman)?\s*\)/.test(t)) return 'chair';
  return 'member';
}

/** Pieces joined as one text, remembering which characters came from which line. */
function joinPieces(pieces: Piece[]): { text: string; spans: { start: number; end: number; line: CleanLine }[] } {
  let text = '';
  const spans: { start: number; end: number; line: CleanLine }[] = [];
  for (const p of pieces) {
    const before = text;
    text = joinWrapped([text, p.text]);
    spans.push({ start: before.length, end: text.length, line: p.line });
  }
  return { text, spans };
}

function linesOf(spans: { start: number; end: number; line: CleanLine }[], start: number, end: number): CleanLine[] {
  return spans.filter((s) => s.start < end && s.end > start).map((s) => s.line);
}

/** "Councillor A (Chair) Councillor B", "Councillors A (Chair), B and C", "Cllrs J. Harper, L. Moss". */
export function splitCouncillors(pieces: Piece[]): Field<ParsedMember>[] {
  const joined = joinPieces(pieces);
  const { spans } = joined;
  // "Zafar Chaudhry (Chair) Eddie Moorhouse": a closing bracket before a capital ends a person
  // (the space becomes a comma, so every position stays where it was).
  const text = joined.text.replace(/\)(\s)(?=\p{Lu})/gu, '),');
  const bounds = [...text.matchAll(PREFIX)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const segments =
    bounds.length === 0
      ? [{ start: 0, end: text.length }]
      : bounds.map((b, i) => ({ start: b.after, end: bounds[i + 1]?.at ?? text.length }));
  const out: Field<ParsedMember>[] = [];
  for (const seg of segments) {
    const body = text.slice(seg.start, seg.end);
    for (const m of body.matchAll(/[^,;&]+?(?=\s*(?:,|;|&|\band\b|$))/g)) {
      const raw = m[0];
      const name = tidy(raw.replace(/\([^()]*\)?/g, ' '))
        .replace(/^(and|&)\s+/i, '')
        .replace(/[\s,;.]+$/, '');
      if (!/^\p{Lu}/u.test(name) || wordCount(name) > 6 || !/\p{L}{2}/u.test(name) || NOT_A_NAME.test(name)) continue;
      const start = seg.start + m.index;
      out.push(field({ name, role: role(raw) }, linesOf(spans, start, start + raw.length)));
    }
  }
  return out;
}

/** "Eleanor Allen, London Diocesan Board for Schools Matt Jenkins, Teacher Representative ...". */
export function splitCoOptees(pieces: Piece[]): Field<ParsedCoOptee>[] {
  const { text, spans } = joinPieces(pieces);
  const out: Field<ParsedCoOptee>[] = [];
  if (/\([^()]+\)/.test(text)) {
    // "Dr Susan Patel (Healthwatch Northfield) and Jo Bloggs (Parent Governor Representative)"
    for (const m of text.matchAll(/([^,()]+?)\s*\(([^()]+)\)/g)) {
      const name = tidy(m[1] ?? '').replace(/^(and|&)\s+/i, '');
      if (name !== '')
        out.push(field({ name, body: tidy(m[2] ?? '') }, linesOf(spans, m.index, m.index + m[0].length)));
    }
    return out;
  }
  const parts = [...text.matchAll(/[^,]+/g)].map((m) => ({ text: m[0], start: m.index }));
  let name = { text: tidy(parts[0]?.text ?? ''), start: parts[0]?.start ?? 0 };
  for (let i = 1; i <= parts.length; i++) {
    const part = parts[i];
    if (!part) {
      // A lone name may carry its body run on after it ("Mr Ian Rusholme Independent Person").
      const split = parts.length === 1 ? nameThenBody(name.text) : null;
      if (name.text !== '')
        out.push(field(split ?? { name: name.text, body: '' }, linesOf(spans, name.start, text.length)));
      break;
    }
    const words = tidy(part.text).split(' ');
    const last = i === parts.length - 1;
    // The next person's name is the last two words of the part (three with an honorific or initial).
    let nameLen = last ? 0 : 2;
    if (
      !last &&
      words.length > 3 &&
      (HONORIFIC.test(words[words.length - 3] ?? '') || /^\p{Lu}\.$/u.test(words[words.length - 2] ?? ''))
    )
      nameLen = 3;
    if (nameLen >= words.length) nameLen = 0; // just a name, or just a body: keep the text as a body
    const body = words.slice(0, words.length - nameLen).join(' ');
    const end = part.start + part.text.length;
    out.push(field({ name: name.text, body }, linesOf(spans, name.start, end)));
    name = {
      text: words.slice(words.length - nameLen).join(' '),
      start: end - words.slice(words.length - nameLen).join(' ').length,
    };
    if (nameLen === 0) name = { text: '', start: end };
  }
  return out.filter((f) => f.value.name !== '');
}
