/**
 * What an agenda file may take to read, and the words for each refusal. Every limit is far
 * above a real agenda pack: the 149-page reference pack (tests/fixtures/agendas) is 146 KB as
 * Word, about 800 KB unpacked, with about 21,000 XML elements in the parts read and 350,000
 * characters of text in 3,100 lines; read as a PDF it unpacks to under 10 MB in all. A file
 * past a limit is refused in words, on the worker thread that reads it, before it can take the
 * memory or time that would stall or kill the app.
 */
import { basename } from 'node:path';
import type { ExtractError } from '$shared/agenda-import/types';

const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** Word: what the zip's parts would take unpacked, as declared and as really inflated. */
  docxUnpackedBytes: 200 * MB,
  /** Word: entries in the zip (a Word document has 10 to a few hundred). */
  docxEntries: 10_000,
  /** Word: XML elements in all the parts read (document, styles, numbering, notes...). */
  docxXmlElements: 250_000,
  /** Word: characters of XML in all the parts read (the reference pack's are 0.8 million). */
  docxXmlChars: 64_000_000,
  /** Any format: the text extracted, in characters and in lines. */
  textChars: 5_000_000,
  lines: 50_000,
  /** PDF: one buffer (a stream unpacked), and all of them in one file. */
  pdfBufferBytes: 128 * MB,
  pdfUnpackedBytes: 512 * MB,
  /** The worker threads: heap (old generation) and time for one file. */
  workerHeapMb: 1024,
  docxTimeMs: 30_000,
  pdfTimeMs: 60_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-GB');
const mb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

/** The file's name as the user knows it, for the start of a sentence. */
export function fileLabel(fileName: string): string {
  return basename(fileName) || 'This file';
}

export type LimitKind =
  | { kind: 'docx-unpacked' }
  | { kind: 'docx-entries' }
  | { kind: 'docx-elements'; part: string }
  | { kind: 'docx-xml-size'; part: string }
  | { kind: 'docx-doctype'; part: string }
  | { kind: 'docx-lying-size'; part: string }
  | { kind: 'text-chars' }
  | { kind: 'lines' }
  | { kind: 'pdf-buffer' }
  | { kind: 'pdf-unpacked' };

const SMALLER =
  'Import the agenda pages only (the front sheet and the item list), saved as a new Word document or PDF.';

/** The refusal, in words, for a file that crossed a limit. */
export function limitError(fileName: string, limit: LimitKind): ExtractError {
  const file = fileLabel(fileName);
  const L = IMPORT_LIMITS;
  const tooLarge = (why: string): ExtractError => ({
    code: 'TOO_LARGE',
    message: `${file} is too large to read: ${why}. ${SMALLER}`,
  });
  switch (limit.kind) {
    case 'docx-unpacked':
      return tooLarge(
        `its parts would take more than ${mb(L.docxUnpackedBytes)} unpacked (a 150-page agenda pack takes about 1 MB)`,
      );
    case 'docx-entries':
      return tooLarge(`it holds more than ${count(L.docxEntries)} parts (a Word document has a few dozen)`);
    case 'docx-elements':
      return tooLarge(
        `with ${limit.part} its Word XML holds more than ${count(L.docxXmlElements)} elements (a 150-page agenda pack has about 21,000)`,
      );
    case 'docx-xml-size':
      return tooLarge(
        `with ${limit.part} its Word XML runs to more than ${count(L.docxXmlChars)} characters (a 150-page agenda pack has about 800,000)`,
      );
    case 'docx-doctype':
      return {
        code: 'DAMAGED_DOCX',
        message: `${file} cannot be read: its part ${limit.part} carries a document type declaration (DOCTYPE), which Word never writes and which can be used to attack the program reading it. Open the original in Word and save it again, or export it as PDF.`,
      };
    case 'docx-lying-size':
      return {
        code: 'DAMAGED_DOCX',
        message: `${file} is damaged: its part ${limit.part} unpacks to more than the size the file declares for it. Open it in Word and save it again, or export it as PDF.`,
      };
    case 'text-chars':
      return tooLarge(
        `its text runs to more than ${count(L.textChars)} characters (a 150-page agenda pack has about 350,000)`,
      );
    case 'lines':
      return tooLarge(`its text runs to more than ${count(L.lines)} lines (a 150-page agenda pack has about 3,100)`);
    case 'pdf-buffer':
      return tooLarge(
        `one of its parts would take more than ${mb(L.pdfBufferBytes)} unpacked (a page of a 150-page agenda pack takes under 1 MB)`,
      );
    case 'pdf-unpacked':
      return tooLarge(
        `its contents would take more than ${mb(L.pdfUnpackedBytes)} unpacked (a 150-page agenda pack takes under 10 MB)`,
      );
  }
}

/** Thrown inside a reader when a file crosses a limit; the reader's caller turns it into the refusal. */
export class LimitCrossed extends Error {
  constructor(readonly limit: LimitKind) {
    super(`import limit crossed: ${limit.kind}`);
  }
}

/** The extracted text's own limits, for every format: what reaches the parser and the app. */
export function checkExtractedText(lines: readonly string[]): LimitKind | null {
  if (lines.length > IMPORT_LIMITS.lines) return { kind: 'lines' };
  let chars = 0;
  for (const l of lines) {
    chars += l.length;
    if (chars > IMPORT_LIMITS.textChars) return { kind: 'text-chars' };
  }
  return null;
}
