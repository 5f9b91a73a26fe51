// Word's checker: "Blank table rows or columns". An empty row or column used for spacing is read
// out cell by cell as "blank" and shifts what a reader hears out of line with what is printed;
// space is set with paragraph spacing and cell margins. A column is a spacer when nothing names
// it: blank all the way down, header included (a "Pages" column not yet filled in is data to
// come, named by its header). A header cell says what its column holds, so it is never blank.
import type { CellInfo, RowInfo } from '../model';
import type { Finding, Rule } from '../types';

const blank = (text: string): boolean => text.trim() === '';

/** The cell covering grid column `col` (0-based) of a row. */
function cellAt(row: RowInfo, col: number): CellInfo | undefined {
  let at = 0;
  for (const c of row.cells) {
    if (col < at + c.span) return c;
    at += c.span;
  }
  return undefined;
}

export const tableBlankCells: Rule = {
  id: 'table-blank-cells',
  title: 'No blank rows or columns for layout',
  check(doc) {
    const out: Finding[] = [];
    for (const t of doc.tables) {
      const rowBlank = t.rows.map((r) => r.cells.every((c) => blank(c.text)));
      rowBlank.forEach((isBlank, i) => {
        if (isBlank)
          out.push({
            rule: 'table-blank-cells',
            where: `table ${t.number} row ${i + 1}`,
            message: 'The whole row is blank. Remove it and set the space with paragraph spacing instead.',
          });
      });
      t.rows.forEach((r, i) => {
        if (!r.header || rowBlank[i]) return;
        r.cells.forEach((c, j) => {
          if (blank(c.text))
            out.push({
              rule: 'table-blank-cells',
              where: `table ${t.number} row ${i + 1} cell ${j + 1}`,
              message: 'A header cell is blank: say what the column holds.',
            });
        });
      });
      // Columns, by grid position: a cell spanning columns covers each of them.
      const rows = t.rows.filter((_, i) => !rowBlank[i]);
      if (rows.length < 2 || t.columns < 2) continue;
      for (let col = 0; col < t.columns; col++) {
        if (rows.every((r) => blank(cellAt(r, col)?.text ?? '')))
          out.push({
            rule: 'table-blank-cells',
            where: `table ${t.number} column ${col + 1}`,
            message: `Column ${col + 1} is blank from top to bottom: a spacer. Remove it and set the space with cell margins.`,
          });
      }
    }
    return out;
  },
};
