// What the review-side documents (reviewed draft, agenda-pack minutes, action log, work
// programme) share: the minutes' styles, deterministic packing, simple tables and bullets.
import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Document, INumberingOptions, IStylesOptions } from 'docx';
import { packDocxDeterministic } from './deterministic-zip';
import { minutesNumbering, minutesStyles, STYLE } from './styles';

export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1440;
export const PORTRAIT_WIDTH = A4.width - 2 * MARGIN;
export const LANDSCAPE_WIDTH = A4.height - 2 * MARGIN;

export const BULLETS = 'review-bullets';
export const TABLE_TEXT = 'TableText';

/** The minutes' styles plus a compact one for table cells. */
export function reviewStyles(): IStylesOptions {
  const base = minutesStyles();
  return {
    ...base,
    paragraphStyles: [
      ...(base.paragraphStyles ?? []),
      {
        id: TABLE_TEXT,
        name: 'Table Text',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { size: 19 },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** The minutes' numbering plus a bullet list for the work programme. */
export function reviewNumbering(): INumberingOptions {
  const base = minutesNumbering();
  return {
    config: [
      ...base.config,
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720, hanging: 360 } } },
          },
        ],
      },
    ],
  };
}

/** Noon UTC on a date: a zip entry date every tool shows as that day, whatever the zone. */
function entryDate(isoDate: string): Date {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

/** Packs a document with fixed dates, so the same content always gives the same bytes. */
export async function packDeterministic(
  doc: Document,
  dates: { created: string; modified: string },
): Promise<Uint8Array> {
  return packDocxDeterministic(doc, {
    created: dates.created,
    modified: dates.modified,
    entryDate: entryDate(dates.modified),
    language: 'en-GB',
  });
}

export function plain(text: string, style: string = STYLE.normal): Paragraph {
  return new Paragraph({ style, children: [new TextRun(text)] });
}

/** Multi-line text in a cell: one paragraph per line. */
export function lines(text: string, style: string = TABLE_TEXT): Paragraph[] {
  const ls = text.split('\n');
  return ls.map((l) => plain(l, style));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** `cantSplit`: a row is never split across pages (the header row never is). */
export function gridTable(
  header: string[],
  rows: Paragraph[][][],
  widths: number[],
  total: number,
  opts: { cantSplit?: boolean } = {},
): Table {
  const cell = (children: Paragraph[], width: number, head = false) =>
    new TableCell({
      children: children.length ? children : [plain('', TABLE_TEXT)],
      width: { size: width, type: WidthType.DXA },
      ...(head ? { shading: { fill: 'E7E6E6' } } : {}),
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) =>
          cell(
            [new Paragraph({ style: TABLE_TEXT, children: [new TextRun({ text: h, style: STYLE.strong })] })],
            widths[i]!,
            true,
          ),
        ),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            ...(opts.cantSplit ? { cantSplit: true } : {}),
            children: r.map((c, i) => cell(c, widths[i]!)),
          }),
      ),
    ],
  });
}

/** Column widths in proportion, adding up to `total` exactly. */
export function proportions(total: number, parts: number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const widths = parts.map((p) => Math.floor((total * p) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** "2016-09-20T10:00:00.000Z" → "2016-09-20T10:00:00Z": what Word writes in w:date. */
export function wordDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '2000-01-01T00:00:00Z' : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
