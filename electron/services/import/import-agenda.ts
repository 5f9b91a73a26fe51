/** Import an agenda file: extract its lines (Node side), then parse them (pure, shared/). Never throws. */
import { ITEM_REACH_LINES, parseAgenda } from '../../../shared/agenda-import';
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

/**
 * Enough of a PDF has been read when its agenda parses and no more of it can follow: the
 * next item would have to start within ITEM_REACH_LINES of the last one, and the foot of the
 * item list (contact, date issued) sits just after it. The rest of the pack is reports.
 */
function agendaComplete(lines: string[]): boolean {
  const r = parseAgenda(lines);
  if (!r.ok) return false;
  const lastItemLine = r.value.items[r.value.items.length - 1]?.number.source[0]?.index ?? 0;
  return lines.length > Math.max(lastItemLine + ITEM_REACH_LINES, r.value.span.to + 20);
}

function parsed(text: ExtractedText): ImportAgendaResult {
  const result = parseAgenda(text.lines);
  if (!result.ok) return result;
  const value: ImportedAgenda = { source: text.source, lines: text.lines, agenda: result.value };
  if (text.pages) value.pages = text.pages;
  return { ok: true, value };
}

export async function importAgendaFile(path: string, options: ExtractOptions = {}): Promise<ImportAgendaResult> {
  const extracted = await extractAgendaFile(path, { stopWhen: agendaComplete, ...options });
  return extracted.ok ? parsed(extracted.value) : extracted;
}

export async function importAgendaBytes(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ImportAgendaResult> {
  const extracted = await extractAgendaText(bytes, fileName, { stopWhen: agendaComplete, ...options });
  return extracted.ok ? parsed(extracted.value) : extracted;
}
