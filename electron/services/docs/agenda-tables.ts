// The front sheet's two tables: MEMBERSHIP (a column per political group, co-optees below across
// them) and the item table (number | TITLE with its summary | pages). Borderless, as printed;
// every paragraph in them names a style from agenda-styles.ts.
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type {
  ItemRow,
  MembershipColumn,
  PartHeadingRow,
  Run,
  TableRow as OutlineRow,
} from '$shared/agenda/front-sheet-outline';
import type { ParagraphChild } from 'docx';
import { AGENDA_STYLE as S } from './agenda-styles';
import { runChildren } from './blocks-docx';

/** A4 less 2.54 cm margins each side, in twips. */
export const CONTENT_WIDTH = 11906 - 2 * 1440;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

/** A run as the front sheet writes it: its style, a line break before it, a link (the contact's e-mail). */
export function textRuns(r: Run, lineBreak = false): ParagraphChild[] {
  return runChildren(r, lineBreak, { marker: S.marker, strong: S.strong });
}

/** Plain text with "\n" written as line breaks inside one paragraph. */
export function textWithBreaks(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

export function para(style: string, children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style, children });
}

function cell(children: Paragraph[], width: number, columnSpan = 1): TableCell {
  return new TableCell({
    children: children.length ? children : [para(S.normal, [])],
    width: { size: width, type: WidthType.DXA },
    ...(columnSpan > 1 ? { columnSpan } : {}),
  });
}

function table(rows: TableRow[], columnWidths: number[], layout = false): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // A table that only places text side by side says it has no header row (Word's "Header Row"
    // unticked), so Word's accessibility checker and the PDF it saves treat it as layout.
    ...(layout ? { tableLook: { firstRow: false } } : {}),
  });
}

/** Column widths that add up to the content width exactly. */
function split(total: number, n: number): number[] {
  const each = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - each * (n - 1) : each));
}

/**
 * A layout table: a column per group, co-optees below across them. Each label heads its own
 * cell, so a screen reader, reading row by row, reads each group's label with its members
 * (labels in a row of their own were read together, apart from their lists).
 */
export function membershipTable(
  columns: readonly MembershipColumn[],
  coOptees: { label: string; entries: Run[][] } | null,
): Table {
  const widths = split(CONTENT_WIDTH, Math.max(1, columns.length));
  const group = (label: string, entries: readonly Run[][]) => [
    para(S.groupLabel, [new TextRun(label)]),
    ...entries.map((runs) =>
      para(
        S.member,
        runs.flatMap((r) => textRuns(r)),
      ),
    ),
  ];
  const rows = columns.length
    ? [
        new TableRow({
          children: columns.map((c, i) => cell(group(c.label, c.members), widths[i]!)),
          cantSplit: true,
        }),
      ]
    : [];
  if (coOptees) {
    rows.push(
      new TableRow({
        children: [cell(group(coOptees.label, coOptees.entries), CONTENT_WIDTH, widths.length)],
        cantSplit: true,
      }),
    );
  }
  return table(rows, widths, true);
}

const NUMBER_WIDTH = 850;
const PAGES_WIDTH = 1250;
const ITEM_WIDTHS = [NUMBER_WIDTH, CONTENT_WIDTH - NUMBER_WIDTH - PAGES_WIDTH, PAGES_WIDTH];

function itemRow(row: ItemRow): TableRow {
  const body = [
    para(S.itemTitle, [new TextRun(row.title)]),
    ...row.summary.map((p) => para(S.itemSummary, textWithBreaks(p))),
    ...(row.exempt ? [para(S.exempt, [new TextRun(row.exempt)])] : []),
  ];
  return new TableRow({
    // An item stays on one page (Word still splits a row taller than a page).
    cantSplit: true,
    children: [
      cell([para(S.itemNumber, [new TextRun(row.number)])], ITEM_WIDTHS[0]!),
      cell(body, ITEM_WIDTHS[1]!),
      cell(row.pages ? [para(S.itemPages, [new TextRun(row.pages)])] : [], ITEM_WIDTHS[2]!),
    ],
  });
}

function partHeadingRow(row: PartHeadingRow): TableRow {
  return new TableRow({
    cantSplit: true,
    keepNext: true,
    children: [
      cell(
        [para(S.partHeading, [new TextRun(row.title)]), para(S.partNote, [new TextRun(row.note)])],
        CONTENT_WIDTH,
        3,
      ),
    ],
  });
}

export function itemTable(headings: { item: string; pages: string }, rows: readonly OutlineRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([para(S.tableHeading, [new TextRun(headings.item)])], ITEM_WIDTHS[0]! + ITEM_WIDTHS[1]!, 2),
      cell([para(S.tableHeading, [new TextRun(headings.pages)])], ITEM_WIDTHS[2]!),
    ],
  });
  return table([header, ...rows.map((r) => (r.type === 'item' ? itemRow(r) : partHeadingRow(r)))], ITEM_WIDTHS);
}
