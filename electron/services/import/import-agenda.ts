/** Import an agenda file: extract its lines (Node side), then parse them (pure, shared/). Never throws. */
import { parseAgenda } from '../../../shared/agenda-import';
import type { AgendaNotFound, ExtractError, ExtractSource, ExtractedText, ImportResult, ParsedAgenda } from '../../../shared/agenda-import';
import { extractAgendaFile, extractAgendaText, type ExtractOptions } from './extract';

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

function parsed(text: ExtractedText): ImportAgendaResult {
  const result = parseAgenda(text.lines);
  if (!result.ok) return result;
  const value: ImportedAgenda = { source: text.source, lines: text.lines, agenda: result.value };
  if (text.pages) value.pages = text.pages;
  return { ok: true, value };
}

export async function importAgendaFile(path: string, options: ExtractOptions = {}): Promise<ImportAgendaResult> {
  const extracted = await extractAgendaFile(path, { stopAtAgendaEnd: true, ...options });
  return extracted.ok ? parsed(extracted.value) : extracted;
}

export async function importAgendaBytes(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ImportAgendaResult> {
  const extracted = await extractAgendaText(bytes, fileName, { stopAtAgendaEnd: true, ...options });
  return extracted.ok ? parsed(extracted.value) : extracted;
}
