// Where a gap ("[to be completed]") sits in the minutes' outline, so the list of gaps can take
// the reader to it in the preview.
import { TO_BE_COMPLETED, type Block, type MinutesOutline, type Missing } from '$shared/minutes';

/** Whether the block shows a gap: a marker, or (in numbered clauses, which are plain strings) a typed "[to be completed]". */
const hasMarker = (b: Block): boolean => {
  if ('runs' in b) return b.runs.some((r) => r.marker);
  if ('lines' in b) return b.lines.some((line) => line.some((r) => r.marker));
  if ('clauses' in b) return b.clauses.some((c) => c.toLowerCase().includes(TO_BE_COMPLETED));
  return false;
};

/** The key of the preview block that shows this gap, or undefined when none does (e.g. the confidential annex). */
export function gapBlockKey(
  outline: MinutesOutline,
  gap: Pick<Missing, 'where' | 'itemId' | 'paragraphId' | 'actionId'>,
): string | undefined {
  const blocks = outline.blocks;
  const find = (test: (b: Block) => boolean) => blocks.find(test)?.key;
  if (gap.where.endsWith('(confidential minutes)')) return undefined;
  if (gap.actionId) {
    const key = find((b) => b.type === 'action' && b.actionId === gap.actionId);
    if (key) return key;
  }
  if (gap.paragraphId) {
    const key = find((b) => b.type === 'paragraph' && b.paragraphId === gap.paragraphId);
    if (key) return key;
  }
  if (gap.itemId) {
    return (
      find((b) => 'itemId' in b && b.itemId === gap.itemId && hasMarker(b)) ??
      find((b) => b.type === 'item-heading' && b.itemId === gap.itemId)
    );
  }
  if (gap.where === 'PRESENT')
    return find((b) => b.type === 'present-group' && hasMarker(b)) ?? find((b) => b.type === 'present-heading');
  if (gap.where === 'Closing') return find((b) => b.type === 'closing-times');
  if (gap.where === 'Contact officer') return find((b) => b.type === 'contact');
  return find(hasMarker);
}

/** A safe element id for a block key ("para:abc" → "minutes-block-para-abc"). */
export function blockElementId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
