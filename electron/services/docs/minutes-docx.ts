// The minutes' outline → a .docx file. The outline decides what is written (shared/minutes);
// this file only decides how Word shows it, through the styles in styles.ts.
import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { MinutesOutline } from '$shared/minutes/outline';
import { BlockWriter } from './blocks-docx';
import { packDocxDeterministic } from './deterministic-zip';
import { minutesNumbering, minutesStyles, STYLE } from './styles';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

export interface RenderOptions {
  /** Written as the document's author and last editor (the user name from settings); "Scrutineer" when not given. */
  author?: string;
}

function footer(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({ style: STYLE.footer, children: [new TextRun(text)] }),
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

function buildDocument(outline: MinutesOutline, opts: RenderOptions): Document {
  const writer = new BlockWriter();
  const author = opts.author?.trim() || 'Scrutineer';
  return new Document({
    title: outline.meta.title,
    subject: outline.meta.committee,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: minutesStyles(),
    numbering: minutesNumbering(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        footers: { default: footer(outline.footer) },
        children: writer.writeAll(outline.blocks),
      },
    ],
  });
}

/** Noon UTC on the meeting's day: a date every zip tool shows as the meeting's, whatever the zone. */
function entryDate(isoDate: string): Date {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

async function render(given: MinutesOutline, givenOpts: RenderOptions): Promise<Uint8Array> {
  const [outline, opts] = removeXmlIllegalDeep([given, givenOpts] as const);
  return packDocxDeterministic(buildDocument(outline, opts), {
    created: outline.meta.created,
    modified: outline.meta.modified,
    entryDate: entryDate(outline.meta.meetingDate),
    language: 'en-GB',
  });
}

/** The draft minutes as .docx bytes; the same outline always gives the same bytes. */
export async function renderMinutesDocx(outline: MinutesOutline, opts: RenderOptions = {}): Promise<Uint8Array> {
  if (outline.meta.kind !== 'minutes')
    throw new Error('renderMinutesDocx was given a confidential annex outline; use renderConfidentialAnnexDocx');
  return render(outline, opts);
}

/** The confidential annex (exempt items' content) as .docx bytes, in the same styles. */
export async function renderConfidentialAnnexDocx(
  outline: MinutesOutline,
  opts: RenderOptions = {},
): Promise<Uint8Array> {
  if (outline.meta.kind !== 'confidential-annex')
    throw new Error('renderConfidentialAnnexDocx was given the public minutes; use renderMinutesDocx');
  return render(outline, opts);
}
