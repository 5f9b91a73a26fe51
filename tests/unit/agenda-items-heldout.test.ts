/**
 * Item layouts from agendas the corpus does not hold (held-out checks of the parser's rules): an
 * item whose number opens its sub-items on the same line ("1. (a) Declarations"), and a
 * Scottish council's private-business heading.
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';

function parsed(lines: string[]) {
  const r = parseAgenda(lines);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const front = ['Aberdeenshire Council', 'Business Services Committee', 'Thursday 3 December 2020', 'BUSINESS'];

describe('an item number followed at once by its first sub-item', () => {
  const lines = [
    ...front,
    "1. (a) Declaration of Members' Interests",
    '   (b) Statement on Equalities',
    '   (c) Exempt Information – Resolution',
    '2. Minutes of Meeting of 17 September 2020',
    '3. Medium Term Financial Strategy',
  ];

  it('reads sub-items 1a, 1b, 1c, none lost, and the items after them', () => {
    expect(parsed(lines).items.map((i) => [i.number.value, i.title.value])).toEqual([
      ['1a', "Declaration of Members' Interests"],
      ['1b', 'Statement on Equalities'],
      ['1c', 'Exempt Information – Resolution'],
      ['2', 'Minutes of Meeting of 17 September 2020'],
      ['3', 'Medium Term Financial Strategy'],
    ]);
  });

  it('reads roman sub-items the same way ("3. (i)", "(ii)")', () => {
    const roman = [
      ...front,
      '1. Apologies',
      '2. Minutes',
      '3. (i) Revenue Budget',
      '   (ii) Capital Budget',
      '4. Urgent Business',
    ];
    expect(parsed(roman).items.map((i) => i.number.value)).toEqual(['1', '2', '3a', '3b', '4']);
  });

  it('keeps a number whose title merely starts with a bracket as one item', () => {
    const plain = [...front, '1. Apologies', '2. (Draft) Housing Strategy', '3. Urgent Business'];
    expect(parsed(plain).items.map((i) => [i.number.value, i.title.value])).toEqual([
      ['1', 'Apologies'],
      ['2', '(Draft) Housing Strategy'],
      ['3', 'Urgent Business'],
    ]);
  });
});

describe('a private-business heading in other words', () => {
  it('"Items which the Committee may wish to consider in private" makes the items after it exempt', () => {
    const lines = [
      ...front,
      '1. Apologies',
      '2. Minutes of Meeting of 17 September 2020',
      '',
      'ITEMS WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE',
      '',
      '3. Property Disposal: Former Primary School, Inverurie',
    ];
    const items = parsed(lines).items;
    expect(items.map((i) => i.exempt !== null)).toEqual([false, false, true]);
    expect(items[2]?.exempt?.source[0]?.text).toBe('ITEMS WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE');
  });
});
