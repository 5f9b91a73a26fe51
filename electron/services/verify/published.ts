/**
 * A meeting file checked against a published copy of its approved minutes (Word or PDF): the
 * record number in the copy's footer against the file's record seal, and the copy's text against
 * the minutes the file holds (shared/review/verify.ts words the verdict).
 *
 * The copy is read as an imported agenda is, within the same limits: its type from its bytes,
 * the Word body through DocxParts on the Word worker, a PDF on the PDF worker (extract.ts). The
 * Word footers, which the body reader leaves out, are read through DocxParts and its XML guard.
 * The minutes the file holds are written as the pack copy would be and read back the same way,
 * so both sides of the comparison come through the same reader.
 */
import { basename } from 'node:path';
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import { committeeAsApproved, recordNumber } from '$shared/review';
import { compareText, verifyAgainstPublished, type TextComparison, type VerifyReport } from '$shared/review/verify';
import { renderPackMinutesDocx } from '../docs/pack-minutes-docx';
import { sniffType } from '../import/detect-type';
import { DocxParts } from '../import/docx-parts';
import { readAgendaBytes } from '../import/extract';
import { StoreError } from '../store/store';

/** Footer parts looked for: the pack copy has one or two; Word keeps them few. */
const MAX_FOOTERS = 12;

/** The text of a Word XML part's paragraphs, one line each. */
function paragraphsOf(xml: string): string[] {
  const lines: string[] = [];
  for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
    const runs = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    lines.push(
      runs
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  }
  return lines;
}

/** The footers of a Word file, read within the import limits. */
async function docxFooters(bytes: Uint8Array): Promise<string[]> {
  const parts = await DocxParts.open(bytes);
  const lines: string[] = [];
  for (let n = 1; n <= MAX_FOOTERS; n++) {
    const name = `word/footer${n}.xml`;
    if (parts.has(name)) lines.push(...paragraphsOf(await parts.xml(name)));
  }
  return lines;
}

/** The lines of a published copy (Word or PDF) and, for Word, its footers. */
async function readPublished(bytes: Uint8Array, fileName: string): Promise<{ lines: string[]; footers: string[] }> {
  const type = sniffType(bytes);
  if (type.kind !== 'zip' && type.kind !== 'pdf') {
    throw new StoreError(
      'NOT_A_DOCUMENT',
      `${basename(fileName) || 'This file'} is not a Word document or a PDF; give the published copy of the minutes as .docx or .pdf`,
    );
  }
  const reply = await readAgendaBytes(bytes, fileName);
  if (!reply.extracted.ok)
    throw new StoreError('UNREADABLE_FILE', `The published copy could not be read: ${reply.extracted.error.message}`);
  const lines = reply.extracted.value.lines;
  if (type.kind === 'pdf') return { lines, footers: [] };
  try {
    return { lines, footers: await docxFooters(bytes) };
  } catch {
    throw new StoreError(
      'UNREADABLE_FILE',
      `The footers of ${basename(fileName) || 'this Word document'} could not be read within the limits of an import`,
    );
  }
}

/** The paragraphs of the minutes the file holds now, as the pack copy prints them. */
async function expectedParagraphs(
  meeting: Meeting,
  committee: Committee,
): Promise<{ lines: string[]; footer: string }> {
  const outline = composeMinutes(meeting, committeeAsApproved(meeting, committee));
  const bytes = await renderPackMinutesDocx(outline, { itemNumber: '1', record: recordNumber(meeting) });
  const reply = await readAgendaBytes(bytes, 'expected.docx');
  if (!reply.extracted.ok)
    throw new StoreError(
      'UNREADABLE_FILE',
      `The minutes in the meeting file could not be read back for the comparison: ${reply.extracted.error.message}`,
    );
  return { lines: reply.extracted.value.lines, footer: outline.footer };
}

/** Checks approved minutes against a published copy; refuses a draft (it has no record to check). */
export async function verifyPublished(
  meeting: Meeting,
  committee: Committee,
  bytes: Uint8Array,
  fileName: string,
): Promise<VerifyReport> {
  if (!meeting.approval) {
    throw new StoreError(
      'NOT_APPROVED',
      `These minutes are ${meeting.status.replace('_', ' ')}, not approved: only approved minutes are published with a record number to check against`,
    );
  }
  const published = await readPublished(bytes, fileName);
  const expected = await expectedParagraphs(meeting, committee);
  let text: TextComparison;
  try {
    text = compareText(expected.lines, published.lines, expected.footer);
  } catch (err) {
    text = { compared: false, why: (err as Error).message };
  }
  return verifyAgainstPublished(meeting, [...published.lines, ...published.footers].join('\n'), text);
}
