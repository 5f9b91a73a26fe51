// The Word styles of the agenda front sheet, declared once (as styles.ts does for the minutes):
// paragraphs and runs only name a style, so a council can restyle the front sheet in Word.
// The ids the two documents share (Normal, Title, Subtitle, Heading 1, Contact Officer, Strong,
// Marker) mean the same in both.
import { AlignmentType, HighlightColor, LineRuleType, UnderlineType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';

export const AGENDA_STYLE = {
  normal: 'Normal',
  authority: 'Authority',
  title: 'Title',
  subtitle: 'Subtitle',
  details: 'MeetingDetails',
  heading1: 'Heading1',
  groupLabel: 'GroupLabel',
  member: 'Member',
  contact: 'ContactOfficer',
  note: 'StandingNote',
  dateIssued: 'DateIssued',
  agendaHeading: 'AgendaHeading',
  agendaDate: 'AgendaDate',
  tableHeading: 'TableHeading',
  itemNumber: 'ItemNumber',
  itemTitle: 'ItemTitle',
  itemSummary: 'ItemSummary',
  itemPages: 'ItemPages',
  exempt: 'ExemptNote',
  partHeading: 'PartHeading',
  partNote: 'PartNote',
  strong: 'Strong',
  marker: 'Marker',
} as const;

type StyleId = (typeof AGENDA_STYLE)[keyof typeof AGENDA_STYLE];

/** The names Word, LibreOffice and python-docx show for the ids above. */
export const AGENDA_STYLE_NAMES: Record<StyleId, string> = {
  Normal: 'Normal',
  Authority: 'Authority',
  Title: 'Title',
  Subtitle: 'Subtitle',
  MeetingDetails: 'Meeting Details',
  Heading1: 'Heading 1',
  GroupLabel: 'Group Label',
  Member: 'Member',
  ContactOfficer: 'Contact Officer',
  StandingNote: 'Standing Note',
  DateIssued: 'Date Issued',
  AgendaHeading: 'Agenda Heading',
  AgendaDate: 'Agenda Date',
  TableHeading: 'Table Heading',
  ItemNumber: 'Item Number',
  ItemTitle: 'Item Title',
  ItemSummary: 'Item Summary',
  ItemPages: 'Item Pages',
  ExemptNote: 'Exempt Note',
  PartHeading: 'Part Heading',
  PartNote: 'Part Note',
  Strong: 'Strong',
  Marker: 'Marker',
};

const FONT = 'Arial';
const pt = (n: number) => n * 2; // docx sizes are half-points
const twip = (n: number) => n * 20; // spacing is in twentieths of a point

function style(id: StyleId, rest: Omit<IParagraphStyleOptions, 'id' | 'name'> = {}): IParagraphStyleOptions {
  return { id, name: AGENDA_STYLE_NAMES[id], basedOn: AGENDA_STYLE.normal, ...rest };
}

export function agendaStyles(): IStylesOptions {
  const S = AGENDA_STYLE;
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(11), language: { value: 'en-GB' } },
        // lineRule spelled out: LibreOffice reads a bare w:line as exact, and tall titles overlap.
        paragraph: { spacing: { after: twip(6), line: 264, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: S.normal, name: AGENDA_STYLE_NAMES.Normal, quickFormat: true },
      style(S.authority, {
        next: S.title,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { after: twip(12) } },
      }),
      style(S.title, {
        next: S.subtitle,
        quickFormat: true,
        run: { bold: true, size: pt(20) },
        paragraph: { keepNext: true, spacing: { after: twip(12) } },
      }),
      style(S.subtitle, {
        next: S.details,
        quickFormat: true,
        run: { bold: true, size: pt(16) },
        paragraph: { keepNext: true, spacing: { after: twip(18) } },
      }),
      style(S.details, {
        run: { bold: true, size: pt(13) },
        paragraph: { keepNext: true, spacing: { after: twip(10) } },
      }),
      style(S.heading1, {
        next: S.normal,
        quickFormat: true,
        run: { bold: true, size: pt(12) },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: twip(18), after: twip(6) } },
      }),
      style(S.groupLabel, {
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: twip(4), after: twip(2) } },
      }),
      style(S.member, { paragraph: { spacing: { after: 0 } } }),
      style(S.contact, { paragraph: { keepLines: true, spacing: { before: twip(18), after: twip(12) } } }),
      style(S.note, { paragraph: { spacing: { after: twip(10) } } }),
      style(S.dateIssued, { run: { bold: true }, paragraph: { spacing: { before: twip(12) } } }),
      style(S.agendaHeading, {
        basedOn: S.heading1,
        next: S.agendaDate,
        quickFormat: true,
        run: { bold: true, size: pt(14) },
        paragraph: { keepNext: true, outlineLevel: 0, spacing: { before: 0, after: twip(6) } },
      }),
      style(S.agendaDate, {
        next: S.normal,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { after: twip(18) } },
      }),
      style(S.tableHeading, {
        run: { bold: true, underline: { type: UnderlineType.SINGLE } },
        paragraph: { keepNext: true, spacing: { after: twip(6) } },
      }),
      style(S.itemNumber, { run: { bold: true }, paragraph: { spacing: { after: 0 } } }),
      style(S.itemTitle, {
        next: S.itemSummary,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { after: twip(4) } },
      }),
      style(S.itemSummary, { paragraph: { spacing: { after: twip(6) } } }),
      style(S.itemPages, { paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0 } } }),
      style(S.exempt, { run: { italics: true }, paragraph: { spacing: { after: twip(6) } } }),
      style(S.partHeading, {
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: twip(12), after: twip(4) } },
      }),
      style(S.partNote, { run: { italics: true }, paragraph: { keepNext: true, spacing: { after: twip(10) } } }),
    ],
    characterStyles: [
      { id: S.strong, name: AGENDA_STYLE_NAMES.Strong, quickFormat: true, run: { bold: true } },
      // Gaps stand out on screen and on paper, as in the minutes.
      { id: S.marker, name: AGENDA_STYLE_NAMES.Marker, run: { bold: true, highlight: HighlightColor.YELLOW } },
    ],
  };
}
