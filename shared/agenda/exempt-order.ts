// Where exempt ("Part II") items sit on the agenda. Councils take them at the end, after every
// open item, under one "PART II - NOT FOR PUBLICATION" heading: the press and public leave
// once and do not come back. These answer where an agenda departs from that and how to put it
// right, for the builder's warning and the front sheet. Pure.
import type { AgendaItem } from '../domain';
import { blockAt, moveBlock } from './numbering';

/** Index ranges [start, end) of the main items, each with its sub-items. */
function blocks(agenda: readonly AgendaItem[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < agenda.length;) {
    const b = blockAt(agenda, i);
    out.push(b);
    i = b.end;
  }
  return out;
}

/**
 * The index from which every item is exempt: where the Part II heading goes. agenda.length
 * when the last item is open (no item can go under the heading).
 */
export function partTwoFrom(agenda: readonly AgendaItem[]): number {
  let from = agenda.length;
  while (from > 0 && agenda[from - 1]!.exempt) from--;
  return from;
}

/**
 * Exempt main items with open main items after them, each with those open items (in order):
 * what the builder warns about. Empty when the exempt items are all at the end.
 */
export function exemptBeforeOpen(agenda: readonly AgendaItem[]): Map<string, AgendaItem[]> {
  const mains = blocks(agenda).map((b) => agenda[b.start]!);
  const out = new Map<string, AgendaItem[]>();
  mains.forEach((item, i) => {
    if (!item.exempt) return;
    const openAfter = mains.slice(i + 1).filter((x) => !x.exempt);
    if (openAfter.length) out.set(item.id, openAfter);
  });
  return out;
}

export interface MoveStep {
  name: 'agenda:moveItem';
  input: { itemId: string; toIndex: number; withSubItems: true };
}

/**
 * The agenda:moveItem steps that take every exempt main item (with its sub-items) to the end,
 * keeping the exempt items' order among themselves and the open items' among theirs.
 * Empty when there is nothing to move.
 */
export function exemptToEndSteps(agenda: readonly AgendaItem[]): MoveStep[] {
  if (exemptBeforeOpen(agenda).size === 0) return [];
  const steps: MoveStep[] = [];
  let current = agenda.slice();
  const exemptIds = blocks(agenda)
    .map((b) => agenda[b.start]!)
    .filter((item) => item.exempt)
    .map((item) => item.id);
  for (const itemId of exemptIds) {
    const from = current.findIndex((x) => x.id === itemId);
    const { start, end } = blockAt(current, from);
    const toIndex = current.length - (end - start);
    steps.push({ name: 'agenda:moveItem', input: { itemId, toIndex, withSubItems: true } });
    current = moveBlock(current, from, toIndex);
  }
  return steps;
}
