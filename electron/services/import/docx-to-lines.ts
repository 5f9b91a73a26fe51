/**
 * Word (.docx) to lines: check the zip really is a Word document (an .xlsx, .pptx or .odt is a
 * zip too), then convert with mammoth to HTML and walk it (tables keep their cells).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ExtractResult } from '../../../shared/agenda-import/types';
import { htmlToLines } from './html-to-lines';

/** What a zip that is not a Word document is, from its entries. */
function otherZipKind(zip: JSZip, mimetype: string): string {
  if (zip.file('xl/workbook.xml')) return 'an Excel spreadsheet';
  if (zip.file('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (mimetype.includes('opendocument.text')) return 'an OpenDocument text file (.odt)';
  if (mimetype.includes('opendocument.spreadsheet')) return 'an OpenDocument spreadsheet (.ods)';
  if (mimetype.includes('opendocument')) return 'an OpenDocument file';
  return 'a ZIP archive';
}

export async function docxToLines(bytes: Uint8Array, expected: string): Promise<ExtractResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return {
      ok: false,
      error: {
        code: 'DAMAGED_DOCX',
        message: 'This Word document is damaged (it may be incomplete or cut short) and cannot be read. Open it in Word and save it again, or export it as PDF.',
      },
    };
  }
  if (!zip.file('word/document.xml')) {
    const mimetype = (await zip.file('mimetype')?.async('string').catch(() => '')) ?? '';
    const actualType = otherZipKind(zip, mimetype);
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
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are never needed: skip reading and base64-encoding them.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    return {
      ok: false,
      error: {
        code: 'DAMAGED_DOCX',
        message: 'This Word document is damaged (its content cannot be read). Open it in Word and save it again, or export it as PDF.',
      },
    };
  }
  const lines = htmlToLines(html);
  if (!lines.some((l) => l.trim() !== '')) {
    return {
      ok: false,
      error: { code: 'EMPTY_FILE', message: 'This Word document has no text in it. Check that it is the agenda, not a blank template.' },
    };
  }
  return { ok: true, value: { lines, source: 'docx' } };
}
