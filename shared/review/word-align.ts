// The returned copy's paragraphs put back on the blocks they came from: by their hidden
// identities, or, when every identity was stripped (pasted into a new document), by text and
// order against what was exported. Paragraphs that belong to no block are the Chair's additions,
// placed after the block paragraph before them; exported paragraphs not found were deleted.
import type { WordExport } from '../domain';
import { paragraphIdentity, type WordParagraph } from './word-returned';

/** One exported paragraph (a block's part) and what came back for it. */
export interface AlignedPart {
  key: string;
  part: number;
  exported: string;
  /** What came back; undefined when the paragraph was deleted (or could not be found). */
  returned?: WordParagraph;
  /** Paragraphs the Chair added right after this one. */
  added: WordParagraph[];
}

export interface Alignment {
  parts: AlignedPart[];
  /** Paragraphs added before the first block paragraph (rare: above the heading). */
  addedAtStart: WordParagraph[];
  /** The file's returned paragraph index → the part it belongs to (for comments). */
  partOf: Map<number, AlignedPart>;
  byText: boolean;
}

const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How alike two paragraphs are, 0..1, by their words (a Dice coefficient). */
export function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Paragraphs the reader treats as nothing: empty and not a tracked deletion. */
const blank = (p: WordParagraph) => p.before.trim() === '' && p.after.trim() === '';

export function alignParagraphs(sent: WordExport, paragraphs: readonly WordParagraph[]): Alignment {
  const parts: AlignedPart[] = sent.blocks.flatMap((b) =>
    b.text.map((exported, part) => ({ key: b.key, part, exported, added: [] as WordParagraph[] })),
  );
  const byId = new Map(parts.map((p) => [paragraphIdentity(p.key, p.part), p]));
  const anyId = paragraphs.some((p) => p.ids.some((id) => byId.has(id)));
  const partOf = new Map<number, AlignedPart>();
  const addedAtStart: WordParagraph[] = [];
  let last: AlignedPart | undefined;
  const addAfter = (p: WordParagraph, i: number) => {
    if (blank(p)) return;
    if (last) {
      last.added.push(p);
      partOf.set(i, last);
    } else addedAtStart.push(p);
  };

  if (anyId) {
    paragraphs.forEach((p, i) => {
      const part = p.ids.map((id) => byId.get(id)).find((x) => x && !x.returned);
      if (part) {
        part.returned = p;
        partOf.set(i, part);
        last = part;
      } else addAfter(p, i);
    });
    return { parts, addedAtStart, partOf, byText: false };
  }

  // No identities: walk both lists in order; a returned paragraph is a part's when its text as it
  // was before the tracked changes is that part's, or close to it, within the next few parts.
  const LOOKAHEAD = 6;
  let next = 0;
  paragraphs.forEach((p, i) => {
    if (blank(p)) return;
    let best = -1;
    let score = 0;
    for (let j = next; j < Math.min(parts.length, next + LOOKAHEAD); j++) {
      const s = Math.max(likeness(parts[j]!.exported, p.before), likeness(parts[j]!.exported, p.after));
      const exact = parts[j]!.exported === p.before || parts[j]!.exported === p.after;
      if (exact) {
        best = j;
        score = 1;
        break;
      }
      if (s > score) {
        score = s;
        best = j;
      }
    }
    if (best >= 0 && score >= 0.6) {
      parts[best]!.returned = p;
      partOf.set(i, parts[best]!);
      last = parts[best]!;
      next = best + 1;
    } else addAfter(p, i);
  });
  return { parts, addedAtStart, partOf, byText: true };
}
