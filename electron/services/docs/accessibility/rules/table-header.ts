// Word's checker: "Missing table header". A data table's first row is marked as its header
// (Table Properties > Row > "Repeat as header row at the top of each page", w:tblHeader), so a
// screen reader names each cell's column and the header prints again on every page. A table
// used only to place text side by side is marked as layout instead: no header row, and "Header
// Row" unticked in Table Design (w:tblLook firstRow="0").
import type { TableInfo } from '../model';
import type { Finding, Rule } from '../types';

export const isLayoutTable = (t: TableInfo): boolean => t.markedNoHeader && !t.rows.some((r) => r.header);

export const tableHeader: Rule = {
  id: 'table-header',
  title: 'Tables have a header row that repeats',
  check(doc) {
    const out: Finding[] = [];
    for (const t of doc.tables) {
      if (isLayoutTable(t) || t.rows.length === 0) continue;
      const where = `table ${t.number}`;
      if (!t.rows[0]!.header) {
        const later = t.rows.findIndex((r) => r.header);
        out.push({
          rule: 'table-header',
          where: later > 0 ? `${where} row ${later + 1}` : `${where} row 1`,
          message:
            later > 0
              ? `Row ${later + 1} is marked as a header row but row 1 is not: a header row repeats only from the top of the table. Mark the rows from row 1 down to the last header row.`
              : 'The table has no header row. Mark its first row "Repeat as header row at the top of each page"; if the table only places text side by side, untick "Header Row" in Table Design to mark it as layout.',
        });
        continue;
      }
      // Header rows run from row 1 without a gap; one marked further down is not repeated.
      let end = 0;
      while (end < t.rows.length && t.rows[end]!.header) end++;
      t.rows.forEach((r, i) => {
        if (i > end && r.header)
          out.push({
            rule: 'table-header',
            where: `${where} row ${i + 1}`,
            message: `Row ${i + 1} is marked as a header row below the table's body, where Word does not repeat it. Mark only the rows at the top.`,
          });
      });
    }
    return out;
  },
};
