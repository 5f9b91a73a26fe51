// The agenda front sheet's outline → a .docx file. The outline (shared/agenda) decides what is
// written; this file only decides how Word shows it, through the styles in agenda-styles.ts.
// The same outline always gives the same bytes (dates from the meeting, fixed zip entry dates).
import { Document, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { FrontSheetBlock, FrontSheetOutline } from '$shared/agenda/front-sheet-outline';
import { AGENDA_STYLE as S, agendaStyles } from './agenda-styles';
import { itemTable, membershipTable, para, textRuns } from './agenda-tables';
import { packDocxDeterministic } from './deterministic-zip';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

export interface AgendaRenderOptions {
  /** Written as the document's author and last editor; "Scrutineer" when not given. */
  author?: string;
}

function block(b: FrontSheetBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'authority':
      return [para(S.authority, [new TextRun(b.text)])];
    case 'title':
      return [para(S.title, [new TextRun(b.committee)]), para(S.subtitle, [new TextRun(b.subtitle)])];
    case 'detail':
      return [
        para(
          S.details,
          b.runs.flatMap((r) => textRuns(r)),
        ),
      ];
    case 'membership':
      return [para(S.heading1, [new TextRun(b.heading)]), membershipTable(b.columns, b.coOptees)];
    case 'contact':
      return [
        para(S.contact, [
          new TextRun({ text: b.label, style: S.strong }),
          new TextRun(' '),
          ...b.lines.flatMap((line, i) => line.flatMap((r, j) => textRuns(r, i > 0 && j === 0))),
        ]),
      ];
    case 'note':
      return [
        para(
          S.note,
          b.lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
        ),
      ];
    case 'date-issued':
      return [
        para(
          S.dateIssued,
          b.runs.flatMap((r) => textRuns(r)),
        ),
      ];
    case 'agenda-heading':
      // The item list starts a page of its own, as in the printed pack.
      return [
        new Paragraph({ style: S.agendaHeading, pageBreakBefore: true, children: [new TextRun(b.text)] }),
        para(S.agendaDate, [new TextRun(b.date)]),
      ];
    case 'item-table':
      return [itemTable(b.headings, b.rows), para(S.normal, [])];
  }
}

function buildDocument(outline: FrontSheetOutline, opts: AgendaRenderOptions): Document {
  const author = opts.author?.trim() || 'Scrutineer';
  return new Document({
    title: outline.meta.title,
    subject: outline.meta.committee,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: agendaStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        children: outline.blocks.flatMap(block),
      },
    ],
  });
}

/** Noon UTC on the day the agenda is issued (or the meeting's day): the same date in every zone. */
function entryDate(isoDate: string): Date {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

/** The agenda front sheet as .docx bytes. */
export async function renderAgendaDocx(
  given: FrontSheetOutline,
  givenOpts: AgendaRenderOptions = {},
): Promise<Uint8Array> {
  const [outline, opts] = removeXmlIllegalDeep([given, givenOpts] as const);
  return packDocxDeterministic(buildDocument(outline, opts), {
    created: outline.meta.created,
    modified: outline.meta.modified,
    entryDate: entryDate(outline.meta.dateIssued ?? outline.meta.meetingDate),
    language: 'en-GB',
  });
}
