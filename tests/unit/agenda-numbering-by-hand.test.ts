// Agenda numbers follow position unless set by hand (issue 15, defect 5): renumbering keeps a
// number the user typed and counts on from it; the builder renumbers in the same edit as an
// item is added, moved or removed, while the numbers follow the order.
import { describe, expect, it } from 'vitest';
import { renumber } from '$shared/agenda/numbering';
import type { AgendaItem, Meeting } from '$shared/domain';
import {
  beforeClosingIndex,
  freeMainNumber,
  moveTarget,
  numbersInOrder,
  numberTyped,
  withNumbersFollowing,
} from '../../renderer/src/views/agenda/positions';
import { testMeeting } from '../helpers/meetings';
import { run } from '../helpers/agenda-2016-11-21';

const item = (number: string, id = `id-${number}`, byHand = false): AgendaItem => ({
  id,
  number,
  title: `ITEM ${id}`,
  summary: '',
  reportAuthor: '',
  kind: 'report',
  ...(byHand ? { numberSetByHand: true } : {}),
});
const numbers = (agenda: readonly AgendaItem[]) => agenda.map((x) => x.number);

describe('renumbering keeps numbers set by hand', () => {
  it('counts on from a number set by hand', () => {
    const agenda = [item('45', 'a', true), item('2', 'b'), item('2a', 'c'), item('9', 'd')];
    expect(numbers(renumber(agenda))).toEqual(['45', '46', '46a', '47']);
  });

  it('keeps a number set by hand where it is; the items numbered by place never take it', () => {
    const agenda = [item('1', 'a'), item('2', 'b'), item('9', 'x'), item('3', 'c', true), item('4', 'd')];
    // x would be 3 by its place, but 3 is c's: it takes the next free number.
    expect(numbers(renumber(agenda))).toEqual(['1', '2', '4', '3', '5']);
    expect(new Set(numbers(renumber(agenda))).size).toBe(5);
  });

  it('numbers without any set by hand exactly as before: 1, 2, 3 and a, b under them', () => {
    expect(numbers(renumber([item('1'), item('3'), item('3a'), item('7')]))).toEqual(['1', '2', '2a', '3']);
  });

  it('a sub-item follows its place even if marked as set by hand', () => {
    expect(numbers(renumber([item('1', 'a'), item('1c', 'b', true)]))).toEqual(['1', '1a']);
  });

  it('says in words when the count after a number set by hand would pass 999', () => {
    expect(() => renumber([item('999', 'a', true), item('2', 'b')])).toThrow('Item numbers go up to 999');
  });
});

describe('the builder renumbers with each edit while the numbers follow the order', () => {
  const standard = (): Meeting => ({
    ...testMeeting('c1'),
    agenda: [
      item('1', 'm'),
      item('2', 'ap'),
      item('3', 'dec'),
      { ...item('4', 'wp'), kind: 'work-programme' },
      { ...item('5', 'next'), kind: 'next-meeting' },
    ],
  });
  const apply = (m: Meeting, steps: { name: string; input: Record<string, unknown> }[]): Meeting =>
    run(m, 'meeting:batch', { steps });

  it('after an item is removed, the items after it close up (no gap for the next ones to sit above)', () => {
    let m = standard();
    m = apply(m, withNumbersFollowing(m.agenda, [{ name: 'agenda:removeItem', input: { itemId: 'ap' } }]));
    expect(numbers(m.agenda)).toEqual(['1', '2', '3', '4']);
    // Then each new report goes before the work programme with the number of its place.
    for (const id of ['r1', 'r2', 'r3']) {
      const number = freeMainNumber(m.agenda)!;
      m = apply(
        m,
        withNumbersFollowing(m.agenda, [
          { name: 'agenda:addItem', input: { item: item(number, id), index: beforeClosingIndex(m.agenda) } },
        ]),
      );
    }
    expect(m.agenda.map((x) => `${x.number} ${x.id}`)).toEqual([
      '1 m',
      '2 dec',
      '3 r1',
      '4 r2',
      '5 r3',
      '6 wp',
      '7 next',
    ]);
  });

  it('after a move, the numbers follow the new order; a number set by hand stays', () => {
    let m = standard();
    m = apply(
      m,
      withNumbersFollowing(m.agenda, [
        { name: 'agenda:updateItem', input: { itemId: 'next', patch: { number: '20', numberSetByHand: true } } },
      ]),
    );
    expect(numbers(m.agenda)).toEqual(['1', '2', '3', '4', '20']);
    const target = moveTarget(m.agenda, 2, 'up')!;
    m = apply(m, withNumbersFollowing(m.agenda, [{ name: 'agenda:moveItem', input: { itemId: 'dec', ...target } }]));
    expect(m.agenda.map((x) => `${x.number} ${x.id}`)).toEqual(['1 m', '2 dec', '3 ap', '4 wp', '20 next']);
    expect(numbersInOrder(m.agenda)).toBe(true);
  });

  it('leaves numbers that did not follow the order (an imported agenda) for "Renumber items"', () => {
    const imported: AgendaItem[] = [item('45', 'a'), item('46', 'b'), item('47', 'c')];
    expect(withNumbersFollowing(imported, [{ name: 'agenda:removeItem', input: { itemId: 'b' } }])).toHaveLength(1);
  });
});

describe('a number typed into an item', () => {
  const agenda = [item('1', 'a'), item('2', 'b'), item('2a', 'b1'), item('3', 'c', true), item('4', 'd')];

  it('is set by hand, written without leading zeros', () => {
    expect(numberTyped(agenda, 'd', ' 07 ')).toEqual({ patch: { number: '7', numberSetByHand: true } });
  });

  it('an empty field gives the item back to its place', () => {
    expect(numberTyped(agenda, 'c', '')).toEqual({ patch: { numberSetByHand: false } });
  });

  it('is refused in words when it is not a whole number from 1 to 999', () => {
    for (const typed of ['0', '5a', 'five', '1000', '-2']) {
      expect(numberTyped(agenda, 'd', typed)).toEqual({
        error: expect.stringContaining(`“${typed}” is not an item number`),
      });
    }
  });

  it('is refused when another item has that number by hand; one numbered by place makes way', () => {
    expect(numberTyped(agenda, 'd', '3')).toEqual({ error: 'Item 3 (ITEM c) already has that number' });
    expect(numberTyped(agenda, 'd', '2')).toEqual({ patch: { number: '2', numberSetByHand: true } });
  });
});
