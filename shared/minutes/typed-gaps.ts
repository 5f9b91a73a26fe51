// Gaps the coordinator typed: "[to be completed]" written into a paragraph, a resolution or an
// action is as much a gap as one the minutes generate. It is printed as a marker and listed with
// the others (the approve dialog, the export's list of gaps, the Chair's confirmation).
import type { Meeting } from '../domain';
import { itemLabel } from './context';
import type { Block, Missing, Run } from './outline';
import { TO_BE_COMPLETED } from './outline';

const TYPED = /\[\s*to be completed\s*\]/gi;

export const hasTypedGap = (s: string): boolean => new RegExp(TYPED.source, 'i').test(s);

/** The run split so that each typed "[to be completed]" is a marker of its own. */
function splitRun(run: Run): Run[] {
  if (run.marker || !hasTypedGap(run.text)) return [run];
  const out: Run[] = [];
  let last = 0;
  for (const m of run.text.matchAll(TYPED)) {
    if (m.index > last) out.push({ ...run, text: run.text.slice(last, m.index) });
    out.push({ text: m[0], marker: true, ...(run.bold ? { bold: true as const } : {}) });
    last = m.index + m[0].length;
  }
  if (last < run.text.length) out.push({ ...run, text: run.text.slice(last) });
  return out;
}

const markRuns = (runs: Run[]): { runs: Run[]; found: boolean } => {
  const found = runs.some((r) => !r.marker && hasTypedGap(r.text));
  return { runs: found ? runs.flatMap(splitRun) : runs, found };
};

const WHAT: Partial<Record<Block['type'], string>> = {
  paragraph: 'a paragraph',
  action: 'an action',
  'resolution-sentence': 'a resolution',
  'resolution-clauses': 'a resolution',
  vote: 'the record of a vote',
  'resolved-heading': 'a resolution',
  'item-heading': 'the item heading',
  'present-group': 'the list of those present',
  contact: 'the contact officer',
};

/**
 * Marks the typed gaps in composed blocks and lists them, one entry a block. `suffix` is added to
 * where each gap is (" (confidential minutes)" for the annex's gaps listed with the public minutes).
 */
export function markTypedGaps(
  meeting: Meeting,
  blocks: readonly Block[],
  suffix = '',
): { blocks: Block[]; missing: Missing[] } {
  const missing: Missing[] = [];
  const where = (itemId: string | undefined) => {
    const item = itemId ? meeting.agenda.find((i) => i.id === itemId) : undefined;
    return `${item ? itemLabel(item) : 'Minutes'}${suffix}`;
  };
  const out = blocks.map((b): Block => {
    let found = false;
    let next: Block = b;
    if ('runs' in b) {
      const r = markRuns(b.runs);
      found = r.found;
      if (found) next = { ...b, runs: r.runs } as Block;
    } else if ('lines' in b) {
      const lines = b.lines.map(markRuns);
      found = lines.some((l) => l.found);
      if (found) next = { ...b, lines: lines.map((l) => l.runs) } as Block;
    } else if (b.type === 'resolution-clauses') {
      found = b.clauses.some(hasTypedGap);
    }
    // An action's own words are not printed, but they go into the action log: a gap there is one too.
    if (b.type === 'action' && b.actionId)
      found ||= hasTypedGap(meeting.actions.find((a) => a.id === b.actionId)?.description ?? '');
    if (found) {
      const itemId = 'itemId' in b && b.itemId ? b.itemId : undefined;
      const action = b.type === 'action' ? meeting.actions.find((a) => a.id === b.actionId) : undefined;
      missing.push({
        where: where(itemId),
        what: `${WHAT[b.type] ?? 'the text'} marked “${TO_BE_COMPLETED}”`,
        ...(itemId ? { itemId } : {}),
        ...(b.type === 'paragraph' && b.paragraphId ? { paragraphId: b.paragraphId } : {}),
        ...(action ? { actionId: action.id, paragraphId: action.paragraphId } : {}),
      });
    }
    return next;
  });
  return { blocks: out, missing };
}
