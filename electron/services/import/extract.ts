/**
 * Extraction: an agenda file (Word, PDF, text or Markdown) to lines of text, for the pure
 * parser in shared/agenda-import. The file's real type comes from its bytes, not its name.
 * Never throws: every failure is a specific, explained error.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtractError, ExtractResult } from '../../../shared/agenda-import/types';
import { expectedFromName, sniffType } from './detect-type';
import { docxToLines } from './docx-to-lines';
import { pdfToLinesInWorker } from './pdf-in-worker';
import { textToLines } from './text-to-lines';

/** A 149-page agenda pack is about 1 MB as Word and 5 MB as PDF; 50 MB leaves room for scans and images. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ExtractOptions {
  maxBytes?: number;
  /** PDF: stop reading pages once the agenda is complete (the rest of a pack is reports). */
  stopAtAgendaEnd?: boolean;
}

function fail(error: ExtractError): ExtractResult {
  return { ok: false, error };
}

function tooLarge(size: number, max: number): ExtractResult {
  const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  return fail({
    code: 'TOO_LARGE',
    message: `This file is ${mb(size)}; the largest agenda that can be imported is ${mb(max)}. Import the agenda pages only (the front sheet and item list).`,
  });
}

/** Extract from bytes already in memory; `fileName` is only used to word the messages. */
export async function extractAgendaText(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const max = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength === 0) return fail({ code: 'EMPTY_FILE', message: `${basename(fileName) || 'This file'} is empty (0 bytes).` });
  if (bytes.byteLength > max) return tooLarge(bytes.byteLength, max);
  const expected = expectedFromName(fileName);
  const type = sniffType(bytes);
  try {
    switch (type.kind) {
      case 'pdf':
        return await pdfToLinesInWorker(bytes, options.stopAtAgendaEnd ?? false);
      case 'zip':
        return await docxToLines(bytes, expected);
      case 'text':
        return textToLines(bytes, type.encoding);
      case 'other':
        return fail({
          code: 'NOT_A_DOCUMENT',
          actualType: type.description,
          message: `This is ${type.description}, not ${expected}. Import the agenda as a Word document (.docx), a PDF or a text file.`,
        });
    }
  } catch {
    // The converters report what they know; anything else escaping them is still the file's fault.
    if (type.kind === 'pdf') return fail({ code: 'DAMAGED_PDF', message: 'This PDF is damaged and cannot be read.' });
    if (type.kind === 'zip') return fail({ code: 'DAMAGED_DOCX', message: 'This Word document is damaged and cannot be read.' });
    return fail({ code: 'UNREADABLE_FILE', message: 'This file could not be read.' });
  }
}

/** Extract from a file on disk; its size is checked before it is read. */
export async function extractAgendaFile(path: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const max = options.maxBytes ?? MAX_IMPORT_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail({ code: 'UNREADABLE_FILE', message: `${path} is not a file.` });
    if (info.size > max) return tooLarge(info.size, max);
    bytes = await readFile(path);
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission was refused' : 'it could not be read';
    return fail({ code: 'UNREADABLE_FILE', message: `Cannot open ${path}: ${why}.` });
  }
  return extractAgendaText(bytes, path, options);
}
