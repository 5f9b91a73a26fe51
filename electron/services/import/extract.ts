/**
 * Extraction: an agenda file (Word, PDF, text or Markdown) to lines of text, for the pure
 * parser in shared/agenda-import. The file's real type comes from its bytes, not its name.
 * Only the size and the type are checked here, on the app's thread; the reading itself (and
 * the parsing, for an import) runs on a worker thread (in-worker.ts), within limits.ts.
 * Never throws: every failure is a specific, explained error.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtractError, ExtractResult } from '$shared/agenda-import/types';
import { expectedFromName, sniffType } from './detect-type';
import { readInWorker } from './in-worker';
import type { ReadReply } from './read-agenda';

/** A 149-page agenda pack is about 1 MB as Word and 5 MB as PDF; 50 MB leaves room for scans and images. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ExtractOptions {
  maxBytes?: number;
  /** PDF: stop reading pages once the agenda is complete (the rest of a pack is reports). */
  stopAtAgendaEnd?: boolean;
}

/** Extraction and, with `parse`, parsing too, both on the worker. */
export interface ReadOptions extends ExtractOptions {
  parse?: boolean;
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
export async function extractAgendaText(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  return (await readAgendaBytes(bytes, fileName, options)).extracted;
}

/** Extract (and with `parse`, parse) bytes already in memory. */
export async function readAgendaBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadReply> {
  const max = options.maxBytes ?? MAX_IMPORT_BYTES;
  const answer = (error: ExtractError): ReadReply => ({ extracted: fail(error) });
  if (bytes.byteLength === 0)
    return answer({ code: 'EMPTY_FILE', message: `${basename(fileName) || 'This file'} is empty (0 bytes).` });
  if (bytes.byteLength > max) return { extracted: tooLarge(bytes.byteLength, max) };
  const expected = expectedFromName(fileName);
  const type = sniffType(bytes);
  const read = { bytes, fileName, stopAtAgendaEnd: options.stopAtAgendaEnd ?? false, parse: options.parse ?? false };
  try {
    switch (type.kind) {
      case 'pdf':
        return await readInWorker({ ...read, type: { kind: 'pdf' } });
      case 'zip':
        return await readInWorker({ ...read, type: { kind: 'zip', expected } });
      case 'text':
        return await readInWorker({ ...read, type: { kind: 'text', encoding: type.encoding } });
      case 'other':
        return answer({
          code: 'NOT_A_DOCUMENT',
          actualType: type.description,
          message: `This is ${type.description}, not ${expected}. Import the agenda as a Word document (.docx), a PDF or a text file.`,
        });
    }
  } catch {
    // The workers report what they know; anything else escaping them is still the file's fault.
    if (type.kind === 'pdf') return answer({ code: 'DAMAGED_PDF', message: 'This PDF is damaged and cannot be read.' });
    if (type.kind === 'zip')
      return answer({ code: 'DAMAGED_DOCX', message: 'This Word document is damaged and cannot be read.' });
    return answer({ code: 'UNREADABLE_FILE', message: 'This file could not be read.' });
  }
}

/** Read a file from disk: its size is checked before it is read. */
async function readFileChecked(path: string, max: number): Promise<Uint8Array | ExtractResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail({ code: 'UNREADABLE_FILE', message: `${path} is not a file.` });
    if (info.size > max) return tooLarge(info.size, max);
    return await readFile(path);
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission was refused'
          : 'it could not be read';
    return fail({ code: 'UNREADABLE_FILE', message: `Cannot open ${path}: ${why}.` });
  }
}

/** Extract (and with `parse`, parse) a file on disk. */
export async function readAgendaFile(path: string, options: ReadOptions = {}): Promise<ReadReply> {
  const bytes = await readFileChecked(path, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (!(bytes instanceof Uint8Array)) return { extracted: bytes };
  return readAgendaBytes(bytes, path, options);
}

/** Extract from a file on disk; its size is checked before it is read. */
export async function extractAgendaFile(path: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  return (await readAgendaFile(path, options)).extracted;
}
