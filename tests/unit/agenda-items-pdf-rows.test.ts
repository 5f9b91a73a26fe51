/**
 * A PDF item table whose cells are centred vertically and whose title cell has an odd number of
 * lines: the number and pages sit on the title's middle line. The row is read from its first line;
 * top-aligned rows (with or without padding between rows) are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { centredRowBlocks, type CellLine } from '../../electron/services/import/pdf-centred-rows';

const SIZE = 11;
const MARGIN = 57;
const NUMBER = 58;
const TITLE = 87;
const PAGES = 515;

/** A line of cells; each cell is [x, text] and ends at x + 5.5 per character. */
function line(y: number, ...cells: [number, string][]): CellLine {
  return { y, size: SIZE, cells: cells.map(([x, text]) => ({ x, end: x + text.length * 5.5, text })) };
}

const text = (l: CellLine) => (l.cells[0]!.x - MARGIN > 1.5 * SIZE ? '\t' : '') + l.cells.map((c) => c.text).join('\t');
const read = (lines: CellLine[]) => centredRowBlocks(lines, text).flatMap((b) => b.texts);

describe('a centred row of three lines', () => {
  const lines = [
    line(432.5, [NUMBER, '5'], [TITLE, 'Budget Monitoring'], [PAGES, '7 - 42']),
    line(417.0, [TITLE, 'Land at Quay Road']),
    line(404.4, [NUMBER, '6'], [TITLE, 'Not for publication by virtue of paragraph 3 of'], [PAGES, '43 - 48']),
    line(391.7, [TITLE, 'Schedule 12A']),
    line(377.7, [MARGIN, 'Agenda published by the Head of Democratic Services, Town Hall, Quayside.']),
  ];

  it('puts the number and pages on the title’s first line', () => {
    expect(read(lines)).toEqual([
      '5\tBudget Monitoring\t7 - 42',
      '6\tLand at Quay Road\t43 - 48',
      '\tNot for publication by virtue of paragraph 3 of',
      '\tSchedule 12A',
      'Agenda published by the Head of Democratic Services, Town Hall, Quayside.',
    ]);
  });

  it('reads a five-line row the same way', () => {
    const five = [
      line(500, [NUMBER, '5'], [TITLE, 'Budget Monitoring']),
      line(484.5, [TITLE, 'Land at Quay Road:']),
      line(471.9, [TITLE, 'disposal of the freehold']),
      line(459.3, [NUMBER, '6'], [TITLE, 'Not for publication by virtue of'], [PAGES, '43 - 48']),
      line(446.7, [TITLE, 'paragraph 3 of Part 1 of']),
      line(434.1, [TITLE, 'Schedule 12A']),
    ];
    expect(read(five).slice(1, 3)).toEqual(['6\tLand at Quay Road:\t43 - 48', '\tdisposal of the freehold']);
  });
});

describe('top-aligned rows', () => {
  it('are left alone when the rows have no padding (every line at one pitch)', () => {
    const lines = [
      line(500, [NUMBER, '5'], [TITLE, 'Budget Monitoring Report for the']),
      line(487.4, [TITLE, 'third quarter']),
      line(474.8, [NUMBER, '6'], [TITLE, 'Complaints against the'], [PAGES, '43 - 48']),
      line(462.2, [TITLE, 'Commissioner']),
      line(449.6, [NUMBER, '7'], [TITLE, 'Work Programme']),
    ];
    expect(read(lines)).toEqual(lines.map(text));
  });

  it('are left alone when padding separates the rows', () => {
    const lines = [
      line(500, [NUMBER, '5'], [TITLE, 'Budget Monitoring Report for the']),
      line(487.4, [TITLE, 'third quarter']),
      line(471.9, [NUMBER, '6'], [TITLE, 'Complaints against the'], [PAGES, '43 - 48']),
      line(459.3, [TITLE, 'Commissioner']),
      line(443.8, [NUMBER, '7'], [TITLE, 'Work Programme']),
    ];
    expect(read(lines)).toEqual(lines.map(text));
  });
});
