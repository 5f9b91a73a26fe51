// Merged cells that break reading order. A screen reader reads a table row by row, cell by cell:
// a cell merged down (w:vMerge) belongs to rows it is not read with, and a cell spanning some but
// not all of a body row's columns shifts every cell after it out from under its column header.
// Kept: a header cell spanning the columns it names ("Item" over number and title), and a body
// cell spanning the whole row (a section heading such as "PART II").
import type { Finding, Rule } from '../types';

export const tableMergedCells: Rule = {
  id: 'table-merged-cells',
  title: 'No merged cells that break reading order',
  check(doc) {
    const out: Finding[] = [];
    for (const t of doc.tables) {
      t.rows.forEach((r, i) => {
        const where = `table ${t.number} row ${i + 1}`;
        if (r.cells.some((c) => c.verticalMerge)) {
          out.push({
            rule: 'table-merged-cells',
            where,
            message:
              'A cell in this row is merged with the row above or below, so it is read with one row only. Split it and repeat its text in each row.',
          });
          return;
        }
        const wholeRow = r.cells.length === 1;
        if (!r.header && !wholeRow && r.cells.some((c) => c.span > 1))
          out.push({
            rule: 'table-merged-cells',
            where,
            message:
              'A cell in this row spans some of the columns but not all, so the cells after it are read under the wrong column headers. Split the merged cell, or span the whole row.',
          });
      });
    }
    return out;
  },
};
