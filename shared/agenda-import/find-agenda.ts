/**
 * Finds the agenda's item list in a whole pack: the first run of numbered lines that counts
 * 1, 2, 3 ... (sub-items 5a, 5b allowed) and looks like an agenda (standard items, page
 * ranges or an "Agenda" heading before it). The minutes and reports that follow number their
 * own paragraphs from 1 again, which ends the run; "Agenda Item N" markers and page breaks
 * are not needed (a converted pack may have lost them).
 */
import type { CleanLine } from './clean-lines';
import { isAllCaps, nonEmptyCells, norm } from './text';

export interface ItemStart {
  /** Index of the line (same as its CleanLine.index). */
  line: number;
  /** null for a sub-item written on its own ("(a) Savings"), numbered from the item above. */
  main: number | null;
  sub: string | null;
  /** The other reading of a lone "i", "v" or "x": the roman numeral's letter ("(i)" is the first sub-item). */
  alt: string | null;
  /** Written with a full stop, bracket, tab or "Item": unmistakably a number, not prose. */
  strong: boolean;
  style: 'item' | 'dot' | 'bracket' | 'tab' | 'space' | 'letter';
  /** The line after the number: title, then maybe summary and pages in further cells. */
  rest: string;
  /** "1. (a) Declarations": the item's first sub-item written on its line (the item has no title of its own). */
  opensSubs?: boolean;
}

const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/;

/** Does the text after a number read as an item title? */
function titleLike(rest: string, weak: boolean): boolean {
  const title = nonEmptyCells(rest)[0] ?? '';
  if (!/^["'‘“(]?\p{L}/u.test(title)) return false;
  if ((title.match(/\p{L}/gu) ?? []).length < 3) return false;
  if (MONTH_START.test(norm(title))) return false; // "21 November 2016" is a date, not item 21
  if (weak && !/^["'‘“(]?\p{Lu}/u.test(title)) return false;
  return true;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "iv" → 4; null for anything that is not a small roman numeral. */
function romanValue(s: string): number | null {
  if (!/^(x{0,1})(ix|iv|v?i{0,3})$/.test(s) || s === '') return null;
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k] as string] ?? 0;
    const next = ROMAN[s[k + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const letterOf = (n: number) => (n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : null);

/**
 * A sub-item mark as the domain's letter: "b" is b, "ii" is b (roman), "2" is b (6.2). A single
 * "i", "v" or "x" may be a letter or a roman numeral: the other reading is `alt`.
 */
function subOf(mark: string): { sub: string; alt: string | null } | null {
  if (/^\d{1,2}$/.test(mark)) {
    const l = letterOf(Number(mark));
    return l ? { sub: l, alt: null } : null;
  }
  if (mark.length === 1) {
    const r = romanValue(mark);
    return { sub: mark, alt: r ? letterOf(r) : null };
  }
  const r = romanValue(mark);
  const l = r ? letterOf(r) : null;
  return l ? { sub: l, alt: null } : null;
}

const NUMBERED =
  /^(\d{1,3})(?:([a-z])|\s?\(([a-z]|[ivx]{2,5})\)|\.(\d{1,2})(?=[.)]?(?:\s|$)))?([.):])?(?=\s|$)([ \t]*)([\s\S]*)$/;
const LETTERED = /^(?:\(([a-z]|[ivx]{2,5})\)|([a-z]|[ivx]{2,5})\))[ \t]+([\s\S]*)$/;

/** The item number at the start of a line, if it has one: "5.", "5", "5a", "5(a)", "5(ii)", "6.1", "Item 5", "(a)". */
export function parseItemStart(c: CleanLine): ItemStart | null {
  const text = c.text.replace(/^\t+/, '');
  if (text === '' || text.length > 2000) return null;
  const item = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(?=\d)/i.exec(text);
  const body = item ? text.slice(item[0].length) : text;
  const m = NUMBERED.exec(body);
  if (m) {
    const main = Number(m[1]);
    const mark = m[2] ?? m[3] ?? m[4] ?? null;
    const sub = mark === null ? null : subOf(mark);
    if (mark !== null && !sub) return null;
    const punct = m[5];
    const gap = m[6] ?? '';
    const rest = (m[7] ?? '').replace(/^[-–—:]\s+/, '');
    const first = mark === null && punct !== undefined ? firstSubOf(rest) : null;
    if (first) {
      if (main < 1) return null;
      return { line: c.index, main, sub: 'a', alt: null, strong: true, style: 'dot', rest: first, opensSubs: true };
    }
    let style: ItemStart['style'];
    if (item) style = 'item';
    else if (punct === '.' || punct === ':' || m[4]) style = 'dot';
    else if (punct === ')') style = 'bracket';
    else if (gap.includes('\t')) style = 'tab';
    else if (sub) style = 'letter';
    else style = 'space';
    const strong = style !== 'space';
    if (main < 1 || !titleLike(rest, !strong)) return null;
    return { line: c.index, main, sub: sub?.sub ?? null, alt: sub?.alt ?? null, strong, style, rest };
  }
  if (item) return null;
  const s = LETTERED.exec(text);
  const sub = s ? subOf(s[1] ?? s[2] ?? '') : null;
  // "(a) 24/00123/HH - Brook House": a lettered sub-item may start with a reference number.
  // The site after the dash may start with its house number ("24/00155/TPO - 2 Mill Road").
  const titled =
    titleLike(s?.[3] ?? '', false) ||
    (/^\d[\w/.-]*\s+[-–—]\s+(?:\d{1,4}[a-z]?,?\s+)?\p{L}/u.test(s?.[3] ?? '') &&
      titleLike((s?.[3] ?? '').replace(/^\S+\s+[-–—]\s+(?:\d{1,4}[a-z]?,?\s+)?/, ''), false));
  if (s && sub && titled)
    return { line: c.index, main: null, sub: sub.sub, alt: sub.alt, strong: true, style: 'letter', rest: s[3] ?? '' };
  return null;
}

/**
 * "(a) Declaration of Members' Interests" after an item's number: its first sub-item, whose title
 * follows; null when the text does not start so.
 */
function firstSubOf(rest: string): string | null {
  const s = LETTERED.exec(rest);
  const sub = s ? subOf(s[1] ?? s[2] ?? '') : null;
  if (!s || !sub || (sub.sub !== 'a' && sub.alt !== 'a')) return null;
  return titleLike(s[3] ?? '', false) ? (s[3] ?? '') : null;
}

/** "Item  Title  Pages", "No. Subject Page": the head of an item table, repeated on every page. */
export function isTableHeader(text: string): boolean {
  const words = nonEmptyCells(text).flatMap((c) => norm(c).split(/\s+/));
  if (words.length < 2 || words.length > 8) return false;
  const vocabulary =
    /^(agenda|item|items|no\.?|number|title|subject|business|pages?|page\s*no|report|description|ward|wards|lead|officer|contact|time|recommendations?|decision)$/;
  return (
    words.every((w) => vocabulary.test(w)) && words.some((w) => /^(item|items|no\.?|number|title|subject)$/.test(w))
  );
}

/**
 * Lines that begin another document in a pack: "Agenda Item 5" markers, the heading of the
 * minutes. The agenda cannot run on past them. Kept narrow: a summary line that merely
 * mentions minutes must not cut an agenda short.
 */
export function isDocumentBoundary(text: string): boolean {
  const t = norm(text);
  if (t.length > 160) return false;
  return (
    /^(agenda\s+)?item\s+(no\.?\s*)?\d{1,3}[a-z]?\.?$/.test(t) ||
    /^public document pack$/.test(t) ||
    /\b(committee|sub-committee|board|panel|council|cabinet|forum|commission|executive)\s*[-:]?\s*minutes$/.test(t) ||
    /^minutes of (the |a )?(meeting|proceedings) of (the |a )?\S/.test(t)
  );
}

/** "Part II", "Items to be considered in private": everything after is exempt. */
export function isPrivatePartMarker(text: string): boolean {
  const t = norm(text);
  if (t.length > 120) return false;
  return (
    /^part\s*(ii|2|two|b)\s*($|[-:(]|items?\b|exempt\b|private\b|confidential\b|not for publication\b)/.test(t) ||
    /^(exempt|confidential|restricted|private) (items?|business|session|section)\b/.test(t) ||
    /^items? (to be )?(considered|taken|heard)? ?in private\b/.test(t) ||
    // "Items which the Committee may wish to consider in private" (a Scottish council's heading).
    /^items? (which|that) .{0,60}\b(consider|take|hear)\b.{0,20}\bin private$/.test(t)
  );
}

/** "Part I - items to be considered in public": a heading, not an item or a summary. */
export function isPublicPartMarker(text: string): boolean {
  const t = norm(text);
  return (
    t.length <= 120 &&
    (/^part\s*(i|1|one|a)\s*($|[-:(]|items?\b|open\b|public\b)/.test(t) ||
      /^(open|public) (items?|business|session|section)\b/.test(t))
  );
}

export function keyOf(s: ItemStart, parentMain: number): string {
  return `${s.main ?? parentMain}${s.sub ?? ''}`;
}

function nextLetter(sub: string | null): string {
  return sub === null ? 'a' : String.fromCharCode(Math.min(sub.charCodeAt(0) + 1, 122));
}

/** Lines the next item may be away from the one before: item 3 of the pack runs to ~30 lines as PDF. */
export const ITEM_REACH_LINES = 150;
const WINDOW = ITEM_REACH_LINES;

/** The start as the item after (main, sub), with its sub-item read the way that fits; null when it does not follow. */
function asSuccessor(next: ItemStart, main: number, sub: string | null): ItemStart | null {
  for (const reading of [next.sub, next.alt]) {
    if (reading === null && next.sub !== null) continue;
    const s = reading === next.sub ? next : { ...next, sub: reading, alt: null };
    if (
      s.main === null
        ? s.sub === nextLetter(sub)
        : s.main === main + 1
          ? s.sub === null || s.opensSubs === true
          : s.main === main && s.sub === nextLetter(sub)
    )
      return s;
  }
  return null;
}

/** The run of items from `first`: each next number within reach, stopping where numbering starts again. */
function chainFrom(first: ItemStart, starts: ItemStart[], startAt: number, lines: CleanLine[]): ItemStart[] {
  const chain = [first];
  let main = first.main ?? 1;
  let sub = first.sub;
  let i = startAt + 1;
  for (;;) {
    const last = chain[chain.length - 1] as ItemStart;
    let pick: { s: ItemStart; at: number } | null = null;
    let weakPick: { s: ItemStart; at: number } | null = null;
    for (let j = i; j < starts.length; j++) {
      const s = starts[j] as ItemStart;
      if (s.line - last.line > WINDOW) break;
      const follows = asSuccessor(s, main, sub);
      if (follows) {
        if (s.strong) {
          pick = { s: follows, at: j };
          break;
        }
        weakPick ??= { s: follows, at: j };
      } else if (s.strong && s.main === 1 && s.sub === null) break; // numbering starts again: another document
    }
    pick ??= weakPick;
    if (!pick || crossesBoundary(lines, last.line, pick.s.line)) break;
    chain.push(pick.s);
    main = pick.s.main ?? main;
    sub = pick.s.sub;
    i = pick.at + 1;
  }
  return chain;
}

function crossesBoundary(lines: CleanLine[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isDocumentBoundary(lines[k]?.text ?? '')) return true;
  return false;
}

const STANDARD_TITLE =
  /\b(apolog|declarations?|interests?|minutes|public (participation|questions?)|questions from|work ?programme|next meeting|exclusion|urgent business)/;

/** An agenda rather than numbered paragraphs: standard items, page ranges, or under an "Agenda" heading. */
function agendaLike(chain: ItemStart[], lines: CleanLine[]): boolean {
  if (chain.length < 2) return false;
  if (chain.some((s) => STANDARD_TITLE.test(norm(s.rest)))) return true;
  if (chain.some((s) => /\d\s*[-–]\s*\d+\s*\)?$/.test(s.rest) || /\bpages?\s+\d/i.test(s.rest))) return true;
  const first = (chain[0] as ItemStart).line;
  for (let k = Math.max(0, first - 15); k < first; k++) {
    const t = lines[k]?.text ?? '';
    if (/\bagenda\b/i.test(t) || isTableHeader(t)) return true;
  }
  return false;
}

export interface FoundAgenda {
  /** The items' first lines, in order. */
  starts: ItemStart[];
}

/** The agenda's item list, or null when there is none. */
export function findAgenda(lines: CleanLine[]): FoundAgenda | null {
  const starts: ItemStart[] = [];
  for (const c of lines) {
    const s = parseItemStart(c);
    if (s) starts.push(s);
  }
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as ItemStart;
    if (s.main !== 1 || (s.sub !== null && !s.opensSubs)) continue;
    const chain = chainFrom(s, starts, i, lines);
    if (agendaLike(chain, lines)) return { starts: chain };
  }
  return supplementary(starts, lines);
}

const SUPPLEMENT =
  /\bsupplementary agenda\b|\bsupplement to the agenda\b|\bsupplementary (papers|reports|information)\b/i;

/**
 * A supplementary agenda carries a few late items numbered as on the main agenda (8, 11): under
 * its "Supplementary Agenda" heading, the numbered items in rising order, to the next document.
 */
function supplementary(starts: ItemStart[], lines: CleanLine[]): FoundAgenda | null {
  const first = starts.find((s) => s.strong && s.main !== null && s.sub === null);
  if (!first) return null;
  const heading = lines.slice(Math.max(0, first.line - 40), first.line).some((c) => SUPPLEMENT.test(c.text));
  if (!heading) return null;
  const chain = [first];
  for (const s of starts) {
    const last = chain[chain.length - 1] as ItemStart;
    if (s.line <= last.line || !s.strong || s.main === null || s.sub !== null) continue;
    if (s.main <= (last.main ?? 0) || s.line - last.line > WINDOW || s.style !== first.style) break;
    if (crossesBoundary(lines, last.line, s.line)) break;
    chain.push(s);
  }
  return { starts: chain };
}

/** Used by the item parser to decide if a wrapped line continues an all-capitals title. */
export function continuesCapsTitle(title: string, text: string): boolean {
  const first = nonEmptyCells(text)[0] ?? '';
  return (
    isAllCaps(title) &&
    isAllCaps(first) &&
    first.length <= 80 &&
    !isPrivatePartMarker(first) &&
    !isPublicPartMarker(first)
  );
}
