/**
 * Word (.docx) to lines: check the zip really is a Word document (an .xlsx, .pptx or .odt is a
 * zip too), then convert with mammoth to HTML and walk it (tables keep their cells). Runs on
 * the Word worker thread (workers/docx-text.worker.ts), never on the app's own: mammoth keeps
 * the whole document in memory and takes seconds on a big one. Every part mammoth reads comes
 * through DocxParts, which unpacks and checks it within IMPORT_LIMITS (limits.ts).
 */
import mammoth from 'mammoth';
import type { ExtractError, ExtractResult } from '$shared/agenda-import/types';
import { DamagedZip, DocxParts } from './docx-parts';
import { htmlToLines } from './html-to-lines';
import { limitError, LimitCrossed } from './limits';

/** What a zip that is not a Word document is, from its entries. */
async function otherZipKind(parts: DocxParts): Promise<string> {
  if (parts.has('xl/workbook.xml')) return 'an Excel spreadsheet';
  if (parts.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  let mimetype = '';
  if (parts.has('mimetype')) {
    // A few bytes in any real file; read as XML would be, within the same limits.
    mimetype = await parts.xml('mimetype').catch(() => '');
  }
  if (mimetype.includes('opendocument.text')) return 'an OpenDocument text file (.odt)';
  if (mimetype.includes('opendocument.spreadsheet')) return 'an OpenDocument spreadsheet (.ods)';
  if (mimetype.includes('opendocument')) return 'an OpenDocument file';
  return 'a ZIP archive';
}

const DAMAGED_ZIP: ExtractError = {
  code: 'DAMAGED_DOCX',
  message:
    'This Word document is damaged (it may be incomplete or cut short) and cannot be read. Open it in Word and save it again, or export it as PDF.',
};

const DAMAGED_CONTENT: ExtractError = {
  code: 'DAMAGED_DOCX',
  message:
    'This Word document is damaged (its content cannot be read). Open it in Word and save it again, or export it as PDF.',
};

/** `fileName` words the refusals; `expected` is what the user thought the file was ("a Word document"). */
export async function docxToLines(bytes: Uint8Array, expected: string, fileName = ''): Promise<ExtractResult> {
  let parts: DocxParts;
  try {
    parts = await DocxParts.open(bytes);
  } catch (err) {
    if (err instanceof LimitCrossed) return { ok: false, error: limitError(fileName, err.limit) };
    return { ok: false, error: DAMAGED_ZIP };
  }
  if (!parts.has('word/document.xml')) {
    const actualType = await otherZipKind(parts);
    return {
      ok: false,
      error: {
        code: 'NOT_A_DOCUMENT',
        actualType,
        message: `This is ${actualType}, not ${expected}. Save the agenda as a Word document (.docx), a PDF or a text file and import that.`,
      },
    };
  }
  let html: string;
  try {
    const input = { file: parts.asMammothFile() } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      // Images are never needed: skip reading and base64-encoding them.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      // Never follow a link to a file outside the document.
      externalFileAccess: false,
    });
    html = result.value;
  } catch (err) {
    if (parts.crossed) return { ok: false, error: limitError(fileName, parts.crossed.limit) };
    return { ok: false, error: err instanceof DamagedZip ? DAMAGED_ZIP : DAMAGED_CONTENT };
  }
  if (parts.crossed) return { ok: false, error: limitError(fileName, parts.crossed.limit) };
  const lines = htmlToLines(html);
  if (!lines.some((l) => l.trim() !== '')) {
    return {
      ok: false,
      error: {
        code: 'EMPTY_FILE',
        message: 'This Word document has no text in it. Check that it is the agenda, not a blank template.',
      },
    };
  }
  return { ok: true, value: { lines, source: 'docx' } };
}
