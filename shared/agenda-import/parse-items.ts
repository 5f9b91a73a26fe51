/**
 * The agenda's items, from the item lines find-agenda found: number, title (kept as written),
 * summary, page range, exempt flag (Schedule 12A paragraph when stated) and a guessed kind.
 * An item owns the lines up to the next item; the last one stops at the first blank line,
 * unless what follows is still about it (its pages, its exemption), or at another document.
 */
import type { ItemKind } from '../domain';
import type { CleanLine } from './clean-lines';
import type { Field, ParsedExemption, ParsedItem, ParsedPages } from './types';
import {
  continuesCapsTitle,
  isDocumentBoundary,
  isPrivatePartMarker,
  isPublicPartMarker,
  isTableHeader,
  keyOf,
  type ItemStart,
} from './find-agenda';
import { field, joinWrapped, nonEmptyCells, norm, tidy } from './text';
import {
  DANGLING_RANGE,
  danglingInText,
  isPageOfPages,
  lonePage,
  PAGES_IN_TEXT,
  pagesInText,
  pagesOf,
  rangeCell,
  rangeEnd,
  TRAILING_RANGE,
} from './item-pages';
import { isContinuationHeading } from './page-furniture';
import { splitCapsTitle, titleOf, withoutPaperNumbers, wrapsOn } from './item-title';
import { isLabelledAny, looksLikeAuthority, looksLikeCommitteeHeading } from './front-sheet-patterns';

const SCHEDULE_12A = new Set(['1', '2', '3', '4', '5', '6', '7', '7A', '7B', '7C']);

/** A Schedule 12A paragraph stated in a text ("paragraph 3", "para. 7A"), if valid. */
export function scheduleParagraph(text: string): string | null {
  const m = /\bparas?(?:graphs?)?\.?\s+(\d{1,2}[a-c]?)\b/i.exec(text);
  const p = m?.[1]?.toUpperCase() ?? null;
  return p && SCHEDULE_12A.has(p) ? p : null;
}

/** "Exempt - paragraph 3 of Schedule 12A", "Not for publication": a note on an item, not its summary. */
function isExemptionNote(text: string): boolean {
  const t = norm(text);
  if (/^(exempt|not for publication|confidential|restricted|private and confidential)\b/.test(t) && t.length <= 300)
    return true;
  return scheduleParagraph(text) !== null && /schedule\s*12\s*a|\bexempt\b|not for publication|confidential/.test(t);
}

function isExclusionTitle(title: string): boolean {
  return /exclusion of (the )?(press|public)|exclude (the )?(press|public)|press and public|public and press/.test(
    norm(title),
  );
}

export function guessKind(title: string): ItemKind {
  const t = norm(title);
  if (
    isExclusionTitle(title) ||
    /urgent (business|items?|matters?)|any other (urgent )?business|\baob\b/.test(t) ||
    // Procedure: electing the chair, welcome, announcements, matters arising.
    /^(election|appointment) of (the )?(vice[- ]?)?chair|^welcome\b|^(chair(man)?'?s? )?announcements\b|^matters arising\b/.test(
      t,
    )
  )
    return 'other';
  if (/\bapolog/.test(t)) return 'apologies';
  if (/\bdeclarations?\b|\binterests?\b/.test(t)) return 'declarations';
  if (/next meeting|future meetings?|dates? of (future )?meetings/.test(t)) return 'next-meeting';
  if (/work ?programme|forward plan|work plan/.test(t)) return 'work-programme';
  if (
    /public (participation|questions?|speaking|forum|deputations?)|questions (from|by) (the |members of the )?public|deputations|petitions/.test(
      t,
    )
  )
    return 'public-participation';
  if (/\bminutes\b/.test(t)) return 'minutes';
  return 'report';
}

interface Draft {
  start: ItemStart;
  key: string;
  title: string[];
  titleLines: CleanLine[];
  summary: string[];
  summaryLines: CleanLine[];
  pages: ParsedPages | null;
  pagesLines: CleanLine[];
  dangling: { from: number; line: CleanLine } | null;
  note: { paragraph: string | null; lines: CleanLine[] } | null;
  /** The last line read was (part of) the exemption note: a line right under it continues it. */
  inNote: boolean;
  /** The title's line held nothing after it but pages: a wrapped title may go on on the next line. */
  titleOpen: boolean;
  /** The exclusion-of-the-public item: its resolution, paragraphs and all, is its summary. */
  exclusion: boolean;
  /** Indexes into `summary` where a new paragraph starts. */
  breaks: Set<number>;
  /**
   * A paragraph break before the next summary text: 'marked' by the line itself ("</p> <p>"),
   * or a 'blank' line, which is one only when the text before it ends a sentence (a PDF also
   * leaves blank lines where a page breaks a paragraph).
   */
  pendingBreak: 'marked' | 'blank' | null;
}

const ENDS_SENTENCE = /[.!?:;)"'\u201d\u2019]$/;

function pushSummary(d: Draft, text: string, line: CleanLine): void {
  const previous = d.summary[d.summary.length - 1];
  if (
    previous !== undefined &&
    (d.pendingBreak === 'marked' || (d.pendingBreak === 'blank' && ENDS_SENTENCE.test(previous.trim())))
  ) {
    d.breaks.add(d.summary.length);
  }
  d.pendingBreak = null;
  d.summary.push(text);
  d.summaryLines.push(line);
}

/** The summary as kept: wrapped pieces joined, paragraphs separated by a blank line. */
function summaryText(d: Draft): string {
  const paragraphs: string[][] = [];
  d.summary.forEach((piece, i) => {
    if (i === 0 || d.breaks.has(i)) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(piece);
  });
  return paragraphs
    .map((p) => tidy(joinWrapped(p)))
    .filter((p) => p !== '')
    .join('\n\n');
}

function takePages(d: Draft, pages: ParsedPages | null, line: CleanLine): boolean {
  if (!pages) return false;
  if (!d.pages) {
    d.pages = pages;
    d.pagesLines.push(line);
  }
  return true;
}

/** One cell of text under or beside the title: pages, an exemption note, or summary. */
function takeCell(d: Draft, cell: string, line: CleanLine): void {
  if (cell.includes('\n')) {
    cell.split('\n').forEach((piece, i) => {
      if (i > 0 && d.summary.length > 0) d.pendingBreak = 'marked';
      takeCell(d, piece.trim(), line);
    });
    return;
  }
  if (takePages(d, rangeCell(cell), line)) return;
  const dangling = DANGLING_RANGE.exec(cell);
  if (dangling) {
    d.dangling = { from: Number(dangling[1]), line };
    return;
  }
  const { pages, rest } = pagesInText(cell);
  takePages(d, pages, line);
  if (rest === '') return;
  const continuesNote =
    d.inNote && d.note !== null && line.index === (d.note.lines[d.note.lines.length - 1]?.index ?? -2) + 1;
  if (!d.exclusion && (isExemptionNote(rest) || continuesNote)) {
    d.note ??= { paragraph: null, lines: [] };
    d.note.paragraph ??= scheduleParagraph(rest);
    d.note.lines.push(line);
    d.inNote = true;
    return;
  }
  d.inNote = false;
  pushSummary(d, rest, line);
}

function startDraft(start: ItemStart, key: string, line: CleanLine): Draft {
  const d: Draft = {
    start,
    key,
    title: [],
    titleLines: [line],
    summary: [],
    summaryLines: [],
    pages: null,
    pagesLines: [],
    dangling: null,
    note: null,
    inNote: false,
    titleOpen: false,
    exclusion: false,
    breaks: new Set(),
    pendingBreak: null,
  };
  const parts = nonEmptyCells(start.rest);
  let title = parts.shift() ?? '';
  if (parts.length === 0) {
    const trailing = TRAILING_RANGE.exec(title);
    if (trailing && takePages(d, pagesOf(Number(trailing[1]), Number(trailing[2])), line))
      title = title.slice(0, trailing.index);
    const split = splitCapsTitle(title);
    if (split) {
      title = split[0];
      parts.push(split[1]);
    }
  }
  // "Written Statement of Action Update (Pages 37 -": the range ends on the next line.
  const cut = danglingInText(title);
  if (cut) {
    d.dangling = { from: cut.from, line };
    title = cut.rest;
  }
  const inTitle = pagesInText(title);
  if (takePages(d, inTitle.pages, line)) title = inTitle.rest;
  // "LAND AT MILL LANE (EXEMPT - PARAGRAPH 3)": the note is the exemption, not part of the title.
  const note = /\s*[([]([^()[\]]*\b(?:exempt|not for publication|confidential)\b[^()[\]]*)[)\]]\s*$/i.exec(title);
  if (note && note.index > 0) {
    d.note = { paragraph: scheduleParagraph(note[1] ?? ''), lines: [line] };
    title = title.slice(0, note.index);
  }
  // "Budget Scrutiny [To consider the draft budget proposals.]": CMIS's bracketed purpose is summary.
  const purpose = /\s*\[([^[\]]{3,})\]?\s*$/.exec(title);
  if (purpose && purpose.index > 0) {
    parts.unshift(purpose[1] ?? '');
    title = title.slice(0, purpose.index);
  }
  d.title.push(title);
  d.titleOpen = note === null && parts.every((p) => rangeCell(p) !== null || DANGLING_RANGE.test(p));
  d.exclusion = isExclusionTitle(title);
  for (const p of parts) takeCell(d, p, line);
  return d;
}

/** For the last item only: lines that cannot be its summary (the pack's next document). */
function endsLastItem(text: string): boolean {
  const t = norm(text);
  return (
    looksLikeAuthority(text) ||
    looksLikeCommitteeHeading(text) ||
    isLabelledAny(text) ||
    /^present\b/.test(t) ||
    /^(apologies|signed|chair(man)?)\b.*:/.test(t)
  );
}

const LAST_ITEM_MAX_LINES = 12;

/**
 * Lines of one item after its first line; returns the index of the last line it used. `floor`:
 * the highest page of the items before it.
 */
function readBody(
  d: Draft,
  lines: CleanLine[],
  from: number,
  limit: number,
  last: boolean,
  floor: number,
): { end: number; privateAfter: CleanLine | null } {
  let end = d.start.line;
  let blankSeen = false;
  let content = 0;
  for (let k = from; k < limit; k++) {
    const c = lines[k] as CleanLine;
    const t = c.text;
    if (t === '') {
      blankSeen = true;
      d.inNote = false;
      if (d.summary.length > 0) d.pendingBreak ??= 'blank';
      if (last && content > 0 && !nextIsAboutItem(lines, k + 1, limit)) break;
      continue;
    }
    if (isTableHeader(t) || isPublicPartMarker(t) || isPageOfPages(t) || isContinuationHeading(t)) continue;
    const stamp = lonePage(t);
    if (stamp !== null) {
      // "Page 7" right under the item's lines is its page. After a gap, or lower than the pages of
      // the items before it, it is the pack's stamp on the page of another document.
      // (A title cell joined to its number left its own line empty: that is no gap.)
      const above = lines[k - 1];
      const gap = !above || (above.text === '' && above.raw.trim() === '');
      if (!gap && stamp >= floor && takePages(d, pagesOf(stamp, stamp), c)) {
        content++;
        end = k;
      }
      continue;
    }
    if (isPrivatePartMarker(t)) return { end, privateAfter: c };
    if (isDocumentBoundary(t)) break;
    if (last && (endsLastItem(t) || content >= LAST_ITEM_MAX_LINES)) break;
    const parts = nonEmptyCells(t);
    if (d.dangling) {
      const to = rangeEnd(parts[parts.length - 1]);
      if (to !== null) parts.pop();
      if (to !== null && !d.pages && takePages(d, pagesOf(d.dangling.from, to), c))
        d.pagesLines.unshift(d.dangling.line);
      d.dangling = null;
    }
    const first = parts[0];
    const titleSoFar = d.title.join(' ');
    if (
      first !== undefined &&
      d.summary.length === 0 &&
      !blankSeen &&
      !isExemptionNote(first) &&
      (continuesCapsTitle(titleSoFar, first) ||
        (d.titleOpen && k === (d.titleLines[d.titleLines.length - 1]?.index ?? -2) + 1 && wrapsOn(titleSoFar, first)))
    ) {
      d.title.push(first);
      d.titleLines.push(c);
      parts.shift();
    } else d.titleOpen = false;
    for (const p of parts) takeCell(d, p, c);
    content++;
    end = k;
  }
  return { end, privateAfter: null };
}

/** After a blank line under the last item: is the next paragraph still about it? */
function nextIsAboutItem(lines: CleanLine[], from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + 3; k++) {
    const t = lines[k]?.text ?? '';
    if (t === '') continue;
    return isExemptionNote(t) || PAGES_IN_TEXT.test(t) || /^report (of|by|from)\b/i.test(t.trim());
  }
  return false;
}

export interface ParsedItems {
  items: ParsedItem[];
  /** Index of the last line the items used. */
  end: number;
}

export function parseItems(lines: CleanLine[], starts: ItemStart[]): ParsedItems {
  const items: ParsedItem[] = [];
  let parentMain = 1;
  let end = 0;
  let floor = 0;
  // After a "Part II" heading or an exclusion-of-the-public item, every item is exempt.
  let privateFrom: { paragraph: string | null; lines: CleanLine[] } | null = null;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as ItemStart;
    const key = keyOf(start, parentMain);
    parentMain = start.main ?? parentMain;
    const line = lines[start.line] as CleanLine;
    const d = startDraft(start, key, line);
    const last = i === starts.length - 1;
    const limit = last ? lines.length : (starts[i + 1] as ItemStart).line;
    const body = readBody(d, lines, start.line + 1, limit, last, floor);
    end = Math.max(end, body.end);
    floor = Math.max(floor, d.pages?.to ?? 0);
    const title = titleOf(d.title);
    const kind = guessKind(title);
    let exempt: Field<ParsedExemption> | null = null;
    if (!isExclusionTitle(title)) {
      if (d.note) exempt = field({ paragraph: d.note.paragraph ?? privateFrom?.paragraph ?? null }, d.note.lines);
      else if (privateFrom) exempt = field({ paragraph: privateFrom.paragraph }, privateFrom.lines);
    }
    items.push({
      number: field(key, [line]),
      title: field(title === '' ? `Item ${key}` : title, d.titleLines),
      summary: field(summaryText(d), d.summaryLines),
      pages: d.pages ? field(d.pages, d.pagesLines) : null,
      exempt,
      kind: field(kind, d.titleLines),
    });
    if (isExclusionTitle(title))
      privateFrom = { paragraph: scheduleParagraph(d.summary.join(' ')), lines: [line, ...d.summaryLines] };
    if (body.privateAfter) privateFrom = { paragraph: privateFrom?.paragraph ?? null, lines: [body.privateAfter] };
  }
  return { items: withoutPaperNumbers(items), end };
}
