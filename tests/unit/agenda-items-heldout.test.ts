/**
 * Item layouts from agendas the corpus does not hold (held-out checks of the parser's rules): an
 * item whose number opens its sub-items on the same line ("1. (a) Declarations"), and a
 * Scottish council's private-business heading, and a PDF row centred on its number whose title
 * wraps onto a second line.
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';
import { centredRowBlocks, type CellLine } from '../../electron/services/import/pdf-centred-rows';

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

describe('a column of paper numbers after the titles ("Medium Term Financial Strategy - 5")', () => {
  const numbered = (titles: string[]) =>
    parsed([...front, '1. Apologies', ...titles.map((t, i) => `${i + 2}. ${t}`)]).items.map((i) => i.title.value);

  it('is cut from every title when each item from the first that has one ends so, the numbers rising', () => {
    const titles = numbered([
      'Minutes of Meeting of 17 September 2020 - 3',
      'Performance Report, Quarter 2 2020/21 - 4',
      'Medium Term Financial Strategy - 5',
    ]);
    expect(titles).toEqual([
      'Apologies',
      'Minutes of Meeting of 17 September 2020',
      'Performance Report, Quarter 2 2020/21',
      'Medium Term Financial Strategy',
    ]);
    // Not known to be pages: never taken as them.
    expect(
      parsed([...front, '1. Apologies', '2. Budget - 3', '3. Audit - 4', '4. Risk - 5']).items[1]?.pages,
    ).toBeNull();
  });

  it('is kept where the titles do not all end so, or the numbers do not rise, or it is a year range', () => {
    expect(numbered(['Housing Strategy - 2', 'Budget Consultation', 'Annual Report - 4'])).toContain(
      'Housing Strategy - 2',
    );
    expect(numbered(['Budget - 5', 'Audit - 4', 'Risk - 3'])).toContain('Budget - 5');
    expect(numbered(['Budget 2021 - 22', 'Capital Programme 2022 - 23', 'Treasury Strategy 2023 - 24'])).toEqual([
      'Apologies',
      'Budget 2021 - 22',
      'Capital Programme 2022 - 23',
      'Treasury Strategy 2023 - 24',
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

describe('a PDF row whose title wraps onto a second line (LibreOffice)', () => {
  const SIZE = 12;
  /** A line of cells [x, text, width]. */
  const line = (y: number, ...cells: [number, string, number][]): CellLine => ({
    y,
    size: SIZE,
    cells: cells.map(([x, text, width]) => ({ x, end: x + width, text })),
  });
  const text = (l: CellLine) => (l.cells[0]!.x > 80 ? '\t' : '') + l.cells.map((c) => c.text).join('\t');
  const read = (lines: CellLine[]) => centredRowBlocks(lines, text).flatMap((b) => b.texts);

  it('joins the title line wrapped under the number back to its title (the word did not fit)', () => {
    const lines = [
      line(560, [58, '3.', 9], [87.5, 'Minutes of the meeting held on 12 November 2020', 260], [567.6, '3 - 10', 28]),
      line(500, [87.5, 'Covid-19 Vaccination Programme in Northtown: an update from the Clinical Commissioning', 449]),
      line(493, [58, '4.', 9], [567.6, '11 - 24', 30]),
      line(486, [87.5, 'Group', 30.6]),
      line(455, [58, '5.', 9], [87.5, 'Adult Social Care Winter Plan 2020/21', 200], [567.6, '25 - 40', 30]),
    ];
    expect(read(lines)).toContain(
      '4.\tCovid-19 Vaccination Programme in Northtown: an update from the Clinical Commissioning Group\t11 - 24',
    );
  });

  it('keeps a short title and the summary line under it apart (the summary’s first word would have fitted)', () => {
    const lines = [
      line(500, [87.5, 'Apologies for Absence', 110]),
      line(493, [58, '1.', 9], [567.6, '1 - 2', 24]),
      line(486, [87.5, 'Members are asked to note any apologies received', 250]),
    ];
    expect(read(lines)).toEqual([
      '1.\tApologies for Absence\t1 - 2',
      '\tMembers are asked to note any apologies received',
    ]);
  });

  it('joins a top-aligned row’s title wrapped onto the line under it, pages in the next column', () => {
    const lines = [
      line(
        478,
        [58, '4.', 9],
        [87.5, 'Covid-19 Vaccination Programme in Northtown: an update from the Clinical', 370],
        [528, '11-24', 28],
      ),
      line(464, [87.5, 'Commissioning Group', 110]),
      line(440, [58, '5.', 9], [87.5, 'Adult Social Care Winter Plan 2020/21', 200], [528, '25-40', 28]),
      line(426, [87.5, 'Members are asked to note the plan', 180]),
    ];
    expect(read(lines)).toEqual([
      '4.\tCovid-19 Vaccination Programme in Northtown: an update from the Clinical Commissioning Group\t11-24',
      '5.\tAdult Social Care Winter Plan 2020/21\t25-40',
      '\tMembers are asked to note the plan',
    ]);
  });
});
