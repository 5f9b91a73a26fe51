// Agenda numbering: main items 1, 2, 3 ...; sub-items carry their main item's number and a
// letter (5a, 5b). A sub-item is an item whose number has a letter; it belongs to the main
// item before it. Pure: the commands and the builder screen both use these.
import type { AgendaItem } from '../domain';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** The schema allows three digits and one letter. */
export const MAX_MAIN_ITEMS = 999;
export const MAX_SUB_ITEMS = LETTERS.length;

/** A problem with the agenda's shape, in words for the user (the commands turn it into a CommandError). */
export class AgendaRuleError extends Error {
  constructor(
    readonly code: 'TOO_MANY_ITEMS' | 'TOO_MANY_SUB_ITEMS' | 'NOT_A_MAIN_ITEM' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'AgendaRuleError';
  }
}

export function isSubItem(number: string): boolean {
  return /^\d+[a-z]$/.test(number);
}

/** "5a" → "5"; "5" → "5". */
export function mainNumberOf(number: string): string {
  return number.replace(/[a-z]$/, '');
}

/**
 * Whether the item at `index` is treated as a sub-item: its number has a letter and a main
 * item comes before it. A lettered item at the very top has nothing to belong to, so it counts as main.
 */
function treatedAsSub(agenda: readonly AgendaItem[], index: number): boolean {
  return index > 0 && isSubItem(agenda[index]!.number);
}

/**
 * Numbers by place: main items 1, 2, 3 ..., sub-items a, b, c ... under the main item before them.
 * A main item whose number was set by hand keeps it, and the count goes on from it (45, 46 ...);
 * an item numbered by place never takes a number another item already has or is given by hand
 * (it takes the next free one). Ids and everything else are kept.
 */
export function renumber(agenda: readonly AgendaItem[]): AgendaItem[] {
  const byHand = (i: number) =>
    !treatedAsSub(agenda, i) && agenda[i]!.numberSetByHand === true && /^\d+$/.test(agenda[i]!.number);
  const taken = new Set(agenda.flatMap((item, i) => (byHand(i) ? [Number(item.number)] : [])));
  const used = new Set<number>();
  let next = 1;
  let main = 0;
  let sub = 0;
  return agenda.map((item, i) => {
    if (treatedAsSub(agenda, i)) {
      if (sub >= MAX_SUB_ITEMS) {
        throw new AgendaRuleError(
          'TOO_MANY_SUB_ITEMS',
          `Item ${main} has more than ${MAX_SUB_ITEMS} sub-items (a to z); make some of them items of their own`,
        );
      }
      const number = `${main}${LETTERS[sub++]}`;
      return number === item.number ? item : { ...item, number };
    }
    if (byHand(i)) {
      main = Number(item.number);
    } else {
      while (taken.has(next) || used.has(next)) next++;
      main = next;
    }
    next = main + 1;
    used.add(main);
    sub = 0;
    if (main > MAX_MAIN_ITEMS) {
      throw new AgendaRuleError(
        'TOO_MANY_ITEMS',
        taken.size
          ? `Item numbers go up to ${MAX_MAIN_ITEMS}, and the items after one numbered by hand would pass it; give that item a lower number`
          : `An agenda can have at most ${MAX_MAIN_ITEMS} items`,
      );
    }
    const number = String(main);
    return number === item.number ? item : { ...item, number };
  });
}

/** The index range [start, end) of the item at `index` and the sub-items that follow it (just itself for a sub-item). */
export function blockAt(agenda: readonly AgendaItem[], index: number): { start: number; end: number } {
  if (treatedAsSub(agenda, index)) return { start: index, end: index + 1 };
  let end = index + 1;
  while (end < agenda.length && isSubItem(agenda[end]!.number)) end++;
  return { start: index, end };
}

/** The sub-items of a main item, in order. */
export function subItemsOf(agenda: readonly AgendaItem[], itemId: string): AgendaItem[] {
  const index = agenda.findIndex((x) => x.id === itemId);
  if (index < 0) return [];
  const { start, end } = blockAt(agenda, index);
  return agenda.slice(start + 1, end);
}

/**
 * Where a new sub-item of `parentId` goes and what it is numbered: after the parent's last
 * sub-item, with the letter after the last one used ("5c" after "5a", "5b").
 */
export function placeSubItem(agenda: readonly AgendaItem[], parentId: string): { index: number; number: string } {
  const index = agenda.findIndex((x) => x.id === parentId);
  if (index < 0) throw new AgendaRuleError('NOT_FOUND', `No agenda item with id ${parentId} in this meeting`);
  const parent = agenda[index]!;
  if (treatedAsSub(agenda, index)) {
    throw new AgendaRuleError(
      'NOT_A_MAIN_ITEM',
      `Item ${parent.number} is itself a sub-item; add the new sub-item to item ${mainNumberOf(parent.number)}`,
    );
  }
  const { end } = blockAt(agenda, index);
  const highest = Math.max(-1, ...agenda.slice(index + 1, end).map((x) => LETTERS.indexOf(x.number.slice(-1))));
  const letter = LETTERS[highest + 1];
  if (!letter) {
    throw new AgendaRuleError(
      'TOO_MANY_SUB_ITEMS',
      `Item ${parent.number} already has ${MAX_SUB_ITEMS} sub-items (a to z)`,
    );
  }
  return { index: end, number: `${mainNumberOf(parent.number)}${letter}` };
}

/**
 * Moves the item at `from` together with its sub-items so that the block starts at `toIndex`
 * of the agenda as it is without the block (the same meaning as agenda:moveItem's index).
 */
export function moveBlock(agenda: readonly AgendaItem[], from: number, toIndex: number): AgendaItem[] {
  const { start, end } = blockAt(agenda, from);
  const block = agenda.slice(start, end);
  const rest = [...agenda.slice(0, start), ...agenda.slice(end)];
  const at = Math.max(0, Math.min(toIndex, rest.length));
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}
