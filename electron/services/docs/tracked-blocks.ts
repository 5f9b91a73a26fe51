// The minutes' blocks through their recorded history (shared/review revisionHistory): for each
// block of the minutes as they are now, and each block since removed, its text in every version,
// so the reviewed draft can write what changed as Word revisions with who and when.
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes, plainText, type Block, type MinutesOutline, type Run } from '$shared/minutes';
import { committeeAsApproved, revisionHistory } from '$shared/review';
import { trackedSpans, withEmphasis, type Revision, type TextVersion, type TrackedSpan } from './word-revisions';
import { wordDate } from './review-docx-common';

/**
 * A block's words as one text: "\n" ends each paragraph (a resolution's clauses are one each, and
 * the last one's mark is the block's own), "\v" is a line break inside one.
 */
export function blockRuns(b: Block): Run[] {
  const lines = (ls: Run[][]) => ls.flatMap((l, i) => (i > 0 ? [{ text: '\v' }, ...l] : l));
  switch (b.type) {
    case 'title':
      return [{ text: b.committee }, { text: '\v' }, { text: b.subtitle }];
    case 'present-group':
      return [{ text: `${b.label}:`, bold: true }, { text: ' ' }, ...b.runs];
    case 'closing-times':
    case 'signature':
    case 'contact':
      return lines(b.lines);
    case 'resolution-clauses':
      return b.clauses.flatMap((c, i) => (i > 0 ? [{ text: '\n' }, { text: c }] : [{ text: c }]));
    default:
      return b.runs;
  }
}

const textOf = (b: Block | undefined) => (b ? `${plainText(blockRuns(b))}\n` : '');

export interface TrackedBlock {
  block: Block;
  /** Undefined when the block reads the same in every version: written as the minutes write it. */
  spans?: TrackedSpan[];
  /** Blocks removed since the first version, written deleted right after this one. */
  removedAfter: TrackedBlock[];
}

export interface TrackedMinutes {
  outline: MinutesOutline;
  /** Blocks removed before the first block of the minutes as they are now. */
  removedFirst: TrackedBlock[];
  blocks: TrackedBlock[];
}

/** Each version's outline and each change's author, from the first version to the minutes as they are. */
function versions(
  meeting: Meeting,
  committee: Committee,
): { outlines: MinutesOutline[]; by: (Revision | undefined)[] } {
  const named = committeeAsApproved(meeting, committee);
  const { base, steps } = revisionHistory(meeting);
  return {
    outlines: [base, ...steps.map((s) => s.meeting)].map((m) => composeMinutes(m, named)),
    by: steps.map((s) => (s.by ? { author: s.by.author, date: wordDate(s.by.at) } : undefined)),
  };
}

export function trackedMinutes(meeting: Meeting, committee: Committee): TrackedMinutes {
  const { outlines, by } = versions(meeting, committee);
  const outline = outlines[outlines.length - 1]!;
  const byKey = outlines.map((o) => new Map(o.blocks.map((b) => [b.key, b])));
  const spansOf = (key: string): TrackedSpan[] | undefined => {
    const texts = byKey.map((m) => textOf(m.get(key)));
    if (texts.every((t) => t === texts[0])) return undefined;
    const later: TextVersion[] = texts.slice(1).map((text, k) => ({ text, by: by[k] }));
    return trackedSpans(texts[0]!, later);
  };
  const now = byKey[byKey.length - 1]!;
  const blocks: TrackedBlock[] = outline.blocks.map((block) => {
    const spans = spansOf(block.key);
    return { block, ...(spans ? { spans: withEmphasis(spans, blockRuns(block)) } : {}), removedAfter: [] };
  });
  const at = new Map(blocks.map((t) => [t.block.key, t]));
  const removedFirst: TrackedBlock[] = [];
  const placed = new Set<string>();
  // A removed block goes after the block before it in the last version that had it.
  for (const o of [...outlines].reverse()) {
    let before: TrackedBlock | undefined;
    for (const b of o.blocks) {
      if (now.has(b.key)) {
        before = at.get(b.key);
        continue;
      }
      if (placed.has(b.key)) continue;
      placed.add(b.key);
      const spans = spansOf(b.key);
      if (!spans) continue;
      (before ? before.removedAfter : removedFirst).push({ block: b, spans, removedAfter: [] });
    }
  }
  return { outline, removedFirst, blocks };
}
