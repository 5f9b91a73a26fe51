// The Word styles of the minutes, declared once. Everything the document looks like lives here,
// so a council's template (template-styles.ts) can replace it wholesale: paragraphs only name a style.
import { AlignmentType, HighlightColor, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';

/** Style ids as written in word/styles.xml; Word shows the names (see STYLE_NAMES). */
export const STYLE = {
  normal: 'Normal',
  authority: 'Authority',
  title: 'Title',
  subtitle: 'Subtitle',
  notice: 'Notice',
  heading1: 'Heading1',
  heading2: 'Heading2',
  resolved: 'Resolved',
  action: 'Action',
  listNumber: 'ListNumber',
  closing: 'Closing',
  signature: 'Signature',
  contact: 'ContactOfficer',
  footer: 'Footer',
  strong: 'Strong',
  marker: 'Marker',
} as const;

/**
 * The names stored in styles.xml. Word stores its built-in heading and footer styles in lower
 * case ("heading 1", "footer") and shows them capitalised; using its spelling is what makes Word,
 * LibreOffice and python-docx treat them as the built-in styles (outline, navigation pane).
 */
export const STYLE_NAMES: Record<(typeof STYLE)[keyof typeof STYLE], string> = {
  Normal: 'Normal',
  Authority: 'Authority',
  Title: 'Title',
  Subtitle: 'Subtitle',
  Notice: 'Notice',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Resolved: 'Resolved',
  Action: 'Action',
  ListNumber: 'List Number',
  Closing: 'Closing',
  Signature: 'Signature',
  ContactOfficer: 'Contact Officer',
  Footer: 'footer',
  Strong: 'Strong',
  Marker: 'Marker',
};

export const CLAUSE_NUMBERING = 'resolution-clauses';

const FONT = 'Arial';
const pt = (n: number) => n * 2; // docx sizes are half-points
const twip = (n: number) => n * 20; // spacing is in twentieths of a point

export function minutesStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(12), language: { value: 'en-GB' } },
        // lineRule spelled out: LibreOffice reads a bare w:line as exact, and the title's lines overlapped.
        paragraph: { spacing: { after: twip(8), line: 264, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: STYLE.normal, name: STYLE_NAMES.Normal, quickFormat: true },
      {
        id: STYLE.authority,
        name: STYLE_NAMES.Authority,
        basedOn: STYLE.normal,
        next: STYLE.title,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.title,
        name: STYLE_NAMES.Title,
        basedOn: STYLE.normal,
        next: STYLE.subtitle,
        quickFormat: true,
        run: { bold: true, size: pt(18) },
        paragraph: { keepNext: true, spacing: { before: twip(6), after: twip(6) } },
      },
      {
        id: STYLE.subtitle,
        name: STYLE_NAMES.Subtitle,
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { size: pt(13) },
        paragraph: { spacing: { after: twip(18) } },
      },
      {
        id: STYLE.notice,
        name: STYLE_NAMES.Notice,
        basedOn: STYLE.normal,
        run: { bold: true },
        paragraph: { spacing: { after: twip(18) } },
      },
      {
        id: STYLE.heading1,
        name: STYLE_NAMES.Heading1,
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { bold: true, size: pt(12) },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: twip(12), after: twip(6) } },
      },
      {
        id: STYLE.heading2,
        name: STYLE_NAMES.Heading2,
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { bold: true, size: pt(12) },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: twip(8), after: twip(4) } },
      },
      {
        id: STYLE.resolved,
        name: STYLE_NAMES.Resolved,
        basedOn: STYLE.heading2,
        next: STYLE.normal,
        quickFormat: true,
      },
      {
        id: STYLE.action,
        name: STYLE_NAMES.Action,
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepLines: true },
      },
      { id: STYLE.listNumber, name: STYLE_NAMES.ListNumber, basedOn: STYLE.normal, quickFormat: true },
      {
        id: STYLE.closing,
        name: STYLE_NAMES.Closing,
        basedOn: STYLE.normal,
        paragraph: { keepNext: true, keepLines: true, spacing: { before: twip(18) } },
      },
      {
        id: STYLE.signature,
        name: STYLE_NAMES.Signature,
        basedOn: STYLE.normal,
        paragraph: { keepNext: true, spacing: { before: twip(36), after: twip(18) } },
      },
      {
        id: STYLE.contact,
        name: STYLE_NAMES.ContactOfficer,
        basedOn: STYLE.normal,
        paragraph: { keepLines: true, spacing: { before: twip(12) } },
      },
      {
        id: STYLE.footer,
        name: STYLE_NAMES.Footer,
        basedOn: STYLE.normal,
        run: { size: pt(9) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      { id: STYLE.strong, name: STYLE_NAMES.Strong, quickFormat: true, run: { bold: true } },
      // Gaps stand out on screen and on paper: highlighted and bold.
      { id: STYLE.marker, name: STYLE_NAMES.Marker, run: { bold: true, highlight: HighlightColor.YELLOW } },
    ],
  };
}

/** One numbering definition for resolution clauses; each resolution is an instance, so it starts at 1. */
export function minutesNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: CLAUSE_NUMBERING,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720, hanging: 360 } } },
          },
        ],
      },
    ],
  };
}
