/**
 * Import an agenda file: extract its lines, then parse them (the pure parser of shared/), both
 * on a worker thread (extract.ts, in-worker.ts), so the app's own thread only waits. Never throws.
 */
import type { AgendaNotFound, ExtractError, ExtractSource, ImportResult, ParsedAgenda } from '$shared/agenda-import';
import { readAgendaBytes, readAgendaFile, type ExtractOptions } from './extract';
import type { ReadReply } from './read-agenda';

export interface ImportedAgenda {
  source: ExtractSource;
  /** PDF: pages read of the total (reading stops once the agenda is complete). */
  pages?: { read: number; total: number };
  /** The extracted lines: every parsed field's source indexes into these, for showing context. */
  lines: string[];
  agenda: ParsedAgenda;
}

export type ImportAgendaError = ExtractError | AgendaNotFound;
export type ImportAgendaResult = ImportResult<ImportedAgenda, ImportAgendaError>;

function imported({ extracted, parsed }: ReadReply): ImportAgendaResult {
  if (!extracted.ok) return extracted;
  if (!parsed) return { ok: false, error: { code: 'UNREADABLE_FILE', message: 'This file was read but not parsed.' } };
  if (!parsed.ok) return parsed;
  const text = extracted.value;
  const value: ImportedAgenda = { source: text.source, lines: text.lines, agenda: parsed.value };
  if (text.pages) value.pages = text.pages;
  return { ok: true, value };
}

export async function importAgendaFile(path: string, options: ExtractOptions = {}): Promise<ImportAgendaResult> {
  return imported(await readAgendaFile(path, { stopAtAgendaEnd: true, ...options, parse: true }));
}

export async function importAgendaBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ImportAgendaResult> {
  return imported(await readAgendaBytes(bytes, fileName, { stopAtAgendaEnd: true, ...options, parse: true }));
}
