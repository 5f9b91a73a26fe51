// Approved minutes for the next meeting's agenda pack: the minutes as approved (frozen names),
// headed with the pack's item ("Agenda Item 1") on the first page, and every page numbered,
// starting where the item starts in the pack when that is known. After the page number, the record
// number of the approval (or latest amendment) record seal, which `verify` checks a meeting file
// against; this copy only, never the draft.
import { AlignmentType, Document, Footer, Header, NumberFormat, PageNumber, Paragraph, TextRun } from 'docx';
import type { MinutesOutline } from '$shared/minutes';
import { BlockWriter } from './blocks-docx';
import { A4, MARGIN, packDeterministic, reviewNumbering } from './review-docx-common';
import { minutesStyles, STYLE } from './styles';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';
import { recordLine } from '$shared/review/record-seal';

/** Between the page number and the record number: "Page 3 · Record 3f9a-1c07-b2e4". */
const PAGE_RECORD_GAP = ' \u00b7 ';

export interface PackMinutesOptions {
  /** The item of the next agenda pack they go under: "1". */
  itemNumber: string;
  /** The pack page the item starts on; 1 when not known. */
  firstPage?: number | undefined;
  author?: string | undefined;
  /**
   * The record number (shared/review recordNumber: "3f9a-1c07-b2e4"), printed after the page
   * number so the published copy anchors the meeting file's record seal; `verify` compares them.
   */
  record?: string | undefined;
}

export function packItemHeading(itemNumber: string): string {
  return `Agenda Item ${itemNumber}`;
}

export async function renderPackMinutesDocx(given: MinutesOutline, givenOpts: PackMinutesOptions): Promise<Uint8Array> {
  const [outline, opts] = removeXmlIllegalDeep([given, givenOpts] as const);
  if (outline.meta.kind !== 'minutes') throw new Error('renderPackMinutesDocx takes the public minutes');
  const writer = new BlockWriter();
  const author = opts.author?.trim() || 'Scrutineer';
  const itemHeading = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: packItemHeading(opts.itemNumber), bold: true })],
      }),
    ],
  });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({ style: STYLE.footer, children: [new TextRun(outline.footer)] }),
        new Paragraph({
          style: STYLE.footer,
          children: [
            new TextRun({
              children: [
                'Page ',
                PageNumber.CURRENT,
                ...(opts.record ? [`${PAGE_RECORD_GAP}${recordLine(opts.record)}`] : []),
              ],
            }),
          ],
        }),
      ],
    });
  const doc = new Document({
    title: `${packItemHeading(opts.itemNumber)}: ${outline.meta.title}`,
    subject: outline.meta.committee,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: minutesStyles(),
    numbering: reviewNumbering(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            pageNumbers: { start: opts.firstPage ?? 1, formatType: NumberFormat.DECIMAL },
          },
        },
        // The item heading on the item's first page, as the pack prints "Agenda Item N".
        headers: { first: itemHeading, default: new Header({ children: [new Paragraph({ children: [] })] }) },
        footers: { first: footer(), default: footer() },
        // Each block knows the next: a paragraph keeps with its ACTION line, a RESOLVED block holds together.
        children: writer.writeAll(outline.blocks),
      },
    ],
  });
  return packDeterministic(doc, { created: outline.meta.created, modified: outline.meta.modified });
}
