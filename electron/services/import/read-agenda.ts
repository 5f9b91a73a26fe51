/**
 * The work an import worker thread does for one file: extract its lines, check them against
 * the text limits, and (for an import) parse them into an agenda. The parse runs on the worker
 * too: parseAgenda takes about 60 ms on the 149-page reference pack and seconds on a hostile
 * file of tiny lines, which would stall the app's own thread. Used by workers/*.worker.ts only.
 */
import { parseAgenda } from '$shared/agenda-import';
import type { ExtractResult, ParseAgendaResult } from '$shared/agenda-import/types';
import { checkExtractedText, limitError } from './limits';

/** What the app's thread asks an import worker for (the file's type is already known from its bytes). */
export interface ReadRequest {
  bytes: Uint8Array;
  /** The file's name, to word refusals. */
  fileName: string;
  type:
    { kind: 'pdf' } | { kind: 'zip'; expected: string } | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' };
  /** PDF: stop reading pages once the agenda is complete (the rest of a pack is reports). */
  stopAtAgendaEnd: boolean;
  /** Parse the lines into an agenda as well. */
  parse: boolean;
}

export interface ReadReply {
  extracted: ExtractResult;
  /** When parsing was asked for and the lines were extracted. */
  parsed?: ParseAgendaResult;
}

export async function readAgenda(
  request: ReadRequest,
  extract: (request: ReadRequest) => Promise<ExtractResult>,
): Promise<ReadReply> {
  const extracted = await extract(request);
  if (!extracted.ok) return { extracted };
  const over = checkExtractedText(extracted.value.lines);
  if (over) return { extracted: { ok: false, error: limitError(request.fileName, over) } };
  return request.parse ? { extracted, parsed: parseAgenda(extracted.value.lines) } : { extracted };
}
