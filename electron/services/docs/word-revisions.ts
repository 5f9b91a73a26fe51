// Word tracked changes (w:ins / w:del) from successive versions of a text, each version's changes
// attributed to its author and date. A text may hold several paragraphs: "\n" ends one (its
// paragraph mark is tracked like any word), "\v" is a line break inside one. Used by the reviewed
// draft; anything else that writes revisions (a Chair's copy taken back into Word) can use it too.
import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { lineTokens, wordDiff } from '$shared/review';
import { STYLE } from './styles';

/** Who made a change and when; `date` as Word writes it (review-docx-common wordDate). */
export interface Revision {
  author: string;
  date: string;
}

/** A stretch of text as tracked: inserted by one revision, deleted by another, or neither. */
export interface TrackedSpan {
  text: string;
  ins?: Revision;
  del?: Revision;
  bold?: boolean;
  marker?: boolean;
}

/** One version of the text; `by` absent: changed with no one to attribute it to, shown as plain text. */
export interface TextVersion {
  text: string;
  by?: Revision | undefined;
}

const sameMarks = (a: TrackedSpan, b: TrackedSpan) =>
  a.ins === b.ins && a.del === b.del && a.bold === b.bold && a.marker === b.marker;

function merged(spans: TrackedSpan[]): TrackedSpan[] {
  const out: TrackedSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (!s.text) continue;
    if (last && sameMarks(last, s)) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The spans after one more version: what it deleted marked deleted, what it inserted added. */
function applyVersion(spans: TrackedSpan[], version: TextVersion): TrackedSpan[] {
  const live = spans
    .filter((s) => !s.del)
    .map((s) => s.text)
    .join('');
  if (live === version.text) return spans;
  const by = version.by;
  const out: TrackedSpan[] = [];
  let i = 0;
  let offset = 0;
  // Consumes n characters of the live text, passing deleted spans through where they stand.
  const take = (n: number, mark: (s: TrackedSpan) => TrackedSpan | undefined) => {
    while (n > 0 && i < spans.length) {
      const s = spans[i]!;
      if (s.del) {
        out.push(s);
        i++;
        continue;
      }
      const k = Math.min(s.text.length - offset, n);
      const piece = mark({ ...s, text: s.text.slice(offset, offset + k) });
      if (piece) out.push(piece);
      n -= k;
      offset += k;
      if (offset === s.text.length) {
        i++;
        offset = 0;
      }
    }
  };
  for (const part of wordDiff(live, version.text, lineTokens)) {
    if (part.op === 'ins') out.push(by ? { text: part.text, ins: by } : { text: part.text });
    else if (part.op === 'same') take(part.text.length, (s) => s);
    // Deleting what an earlier revision inserted shows as this deletion (Word would nest them).
    else take(part.text.length, (s) => (by ? { ...s, del: by } : undefined));
  }
  out.push(...spans.slice(i));
  return merged(out);
}

/** The tracked history of a text: the first version plain, each later one's changes as revisions. */
export function trackedSpans(first: string, versions: readonly TextVersion[]): TrackedSpan[] {
  return versions.reduce(applyVersion, merged([{ text: first }]));
}

/** Whether any revision is left to show. */
export function hasRevisions(spans: readonly TrackedSpan[]): boolean {
  return spans.some((s) => s.ins || s.del);
}

/**
 * Bold and gap markers from the text's last version (its runs, which must read the same as the
 * live text), laid over the spans that are still there. Deleted text keeps no emphasis.
 */
export function withEmphasis(
  spans: readonly TrackedSpan[],
  runs: readonly { text: string; bold?: boolean; marker?: boolean }[],
): TrackedSpan[] {
  const out: TrackedSpan[] = [];
  let r = 0;
  let used = 0;
  for (const s of spans) {
    if (s.del) {
      out.push(s);
      continue;
    }
    let rest = s.text;
    while (rest) {
      while (r < runs.length && used >= runs[r]!.text.length) {
        r++;
        used = 0;
      }
      const run = runs[r];
      const k = run ? Math.min(run.text.length - used, rest.length) : rest.length;
      out.push({
        ...s,
        text: rest.slice(0, k),
        ...(run?.bold ? { bold: true } : {}),
        ...(run?.marker ? { marker: true } : {}),
      });
      used += k;
      rest = rest.slice(k);
    }
  }
  return merged(out);
}

/** Allocates the w:id of every revision and comment in one document: each unique. */
export class AnnotationIds {
  private last = 0;
  next(): number {
    return ++this.last;
  }
  /** How many ids were given. */
  get count(): number {
    return this.last;
  }
}

function runsOf(s: TrackedSpan, ids: AnnotationIds): ParagraphChild[] {
  const style = s.marker ? STYLE.marker : s.bold ? STYLE.strong : undefined;
  return s.text.split('\v').map((text, n) => {
    const options = { text, ...(style ? { style } : {}), ...(n > 0 ? { break: 1 } : {}) };
    const change = s.del ?? s.ins;
    if (!change) return new TextRun(options);
    const attribution = { id: ids.next(), author: change.author, date: change.date };
    return s.del
      ? new DeletedTextRun({ ...options, ...attribution })
      : new InsertedTextRun({ ...options, ...attribution });
  });
}

/**
 * The spans as Word paragraphs. Each "\n" ends a paragraph, and its revision (inserted, deleted)
 * is the paragraph mark's; `paragraph(n, count)` gives the options of the n-th of `count`.
 */
export function trackedParagraphs(
  spans: readonly TrackedSpan[],
  ids: AnnotationIds,
  paragraph: (n: number, count: number) => Omit<IParagraphOptions, 'children'>,
): Paragraph[] {
  const made: { children: ParagraphChild[]; mark?: { ins?: Revision; del?: Revision } }[] = [];
  let children: ParagraphChild[] = [];
  for (const s of spans) {
    const pieces = s.text.split('\n');
    pieces.forEach((text, n) => {
      if (text) children.push(...runsOf({ ...s, text }, ids));
      if (n < pieces.length - 1) {
        made.push({ children, mark: s });
        children = [];
      }
    });
  }
  if (children.length) made.push({ children });
  return made.map(({ children: c, mark }, n) => {
    const change = mark?.del ?? mark?.ins;
    const run = change
      ? { [mark?.del ? 'deletion' : 'insertion']: { id: ids.next(), author: change.author, date: change.date } }
      : undefined;
    return new Paragraph({ ...paragraph(n, made.length), ...(run ? { run } : {}), children: c });
  });
}
