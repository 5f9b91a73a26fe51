// A layout table is read row by row. Labels in a row of their own ("Administration:" |
// "Opposition:") above rows of what they label are read all together, apart from their lists:
// a reader hears both labels, then both lists. Each label belongs in the cell of what it labels.
import type { Finding, Rule } from '../types';
import { isLayoutTable } from './table-header';

/** A cell holding one short all-bold line: a label, formatted as one. */
function labelOnly(text: string, bold: boolean): boolean {
  const t = text.trim();
  return t !== '' && !t.includes('\n') && t.length <= 60 && bold;
}

export const layoutTableReadingOrder: Rule = {
  id: 'layout-table-reading-order',
  title: 'Layout tables read in order',
  check(doc) {
    const out: Finding[] = [];
    for (const t of doc.tables) {
      if (!isLayoutTable(t)) continue;
      t.rows.forEach((r, i) => {
        const next = t.rows[i + 1];
        if (!next || r.cells.length < 2) return;
        const labels = r.cells.every((c) =>
          labelOnly(
            c.text,
            c.paragraphs.every((p) => p.runs.filter((x) => x.text.trim()).every((x) => x.look.bold)),
          ),
        );
        if (labels && next.cells.some((c) => c.text.trim()))
          out.push({
            rule: 'layout-table-reading-order',
            where: `table ${t.number} row ${i + 1}`,
            message:
              'This row holds only labels for the row below, so a screen reader reads all the labels, then all the lists. Put each label at the top of the cell it labels.',
          });
      });
    }
    return out;
  },
};
