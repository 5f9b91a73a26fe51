// Where the agenda builder's keyboard moves and new items go, in the terms of the agenda
// commands (agenda:moveItem's toIndex is counted without the moved block). Pure.
import type { AgendaItem } from '$shared/domain';
import { blockAt, isSubItem, MAX_MAIN_ITEMS, renumber } from '$shared/agenda/numbering';

export type Direction = 'up' | 'down';

/** A lettered item below a main item is a sub-item (one at the very top has nothing to belong to). */
export function isSub(agenda: readonly AgendaItem[], index: number): boolean {
  return index > 0 && isSubItem(agenda[index]?.number ?? '');
}

/**
 * The agenda:moveItem input that moves the item at `index` one place: a main item jumps over the
 * whole neighbouring item (its sub-items included) and takes its own sub-items along; a sub-item
 * moves among its siblings only. Null when it cannot move that way.
 */
export function moveTarget(
  agenda: readonly AgendaItem[],
  index: number,
  dir: Direction,
): { toIndex: number; withSubItems: boolean } | null {
  if (index < 0 || index >= agenda.length) return null;
  if (isSub(agenda, index)) {
    const to = dir === 'up' ? index - 1 : index + 1;
    return to >= 0 && to < agenda.length && isSub(agenda, to) ? { toIndex: to, withSubItems: false } : null;
  }
  const { start, end } = blockAt(agenda, index);
  if (dir === 'up') {
    if (start === 0) return null;
    let previous = start - 1;
    while (isSub(agenda, previous)) previous--;
    return { toIndex: previous, withSubItems: true };
  }
  if (end >= agenda.length) return null;
  const next = blockAt(agenda, end);
  return { toIndex: start + (next.end - next.start), withSubItems: true };
}

/** Whether the numbers follow the order (1, 2, 2a, 3 ...), so "Renumber" would change nothing. */
export function numbersInOrder(agenda: readonly AgendaItem[]): boolean {
  try {
    const renumbered = renumber(agenda);
    return renumbered.every((item, i) => item.number === agenda[i]!.number);
  } catch {
    return false;
  }
}

const CLOSING = new Set(['work-programme', 'next-meeting']);

/** Reports go before the work programme and the date of the next meeting, as in the reference pack. */
export function beforeClosingIndex(agenda: readonly AgendaItem[]): number {
  const i = agenda.findIndex((item, index) => !isSub(agenda, index) && CLOSING.has(item.kind));
  return i < 0 ? agenda.length : i;
}

/** A number no other item has, for a new main item until the agenda is renumbered; null past 999. */
export function freeMainNumber(agenda: readonly AgendaItem[]): string | null {
  const highest = Math.max(
    0,
    ...agenda.map((item) => Number.parseInt(item.number, 10)).filter((n) => Number.isFinite(n)),
  );
  return highest + 1 > MAX_MAIN_ITEMS ? null : String(highest + 1);
}

/** A step of one agenda edit, as meeting:batch takes it. */
export interface AgendaStep {
  name: string;
  input: Record<string, unknown>;
}

/**
 * The steps of one edit of the agenda (an item added, moved, removed, numbered by hand), with
 * the renumbering in the same edit when the numbers followed the order before, so that they
 * still do: numbering follows position, except numbers set by hand. Numbers that did not follow
 * the order (an old or imported agenda) are left for "Renumber items".
 */
export function withNumbersFollowing(agenda: readonly AgendaItem[], steps: AgendaStep[]): AgendaStep[] {
  return numbersInOrder(agenda) ? [...steps, { name: 'agenda:renumber', input: {} }] : steps;
}

/**
 * What a number typed into a main item's Number field does: a whole number from 1 to 999 is set
 * by hand (kept when items move); an empty field lets the item follow its place again.
 */
export function numberTyped(
  agenda: readonly AgendaItem[],
  itemId: string,
  typed: string,
): { patch: { number?: string; numberSetByHand: boolean } } | { error: string } {
  const text = typed.trim();
  if (!text) return { patch: { numberSetByHand: false } };
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1)
    return { error: `“${text}” is not an item number: write a whole number from 1 to ${MAX_MAIN_ITEMS}, such as 7` };
  const number = String(Number(text));
  // An item numbered by place makes way (renumbering moves it on); one set by hand does not.
  const following = numbersInOrder(agenda);
  const other = agenda.find(
    (x, i) => x.id !== itemId && !isSub(agenda, i) && x.number === number && (x.numberSetByHand || !following),
  );
  if (other) return { error: `Item ${number} (${other.title}) already has that number` };
  return { patch: { number, numberSetByHand: true } };
}
