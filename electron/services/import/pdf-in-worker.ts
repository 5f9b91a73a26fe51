/** PDF extraction on its worker thread (see workers/pdf-text.worker.ts for why), with a time limit. */
import type { ExtractResult } from '../../../shared/agenda-import/types';
import type { PdfTextRequest } from '../workers/pdf-text.worker';
import { WorkerClient } from '../workers/worker-client';
import { workerScript } from '../workers/worker-script';

/** The 149-page reference pack, every page read, takes a few seconds; a minute means something is wrong. */
export const PDF_TIME_LIMIT_MS = 60_000;

const client = new WorkerClient<PdfTextRequest, ExtractResult>(workerScript('pdf-text.worker'), { timeoutMs: PDF_TIME_LIMIT_MS, maxHeapMb: 1024 });

export async function pdfToLinesInWorker(bytes: Uint8Array, stopAtAgendaEnd: boolean): Promise<ExtractResult> {
  // A copy to hand over (transfer) to the worker: the caller keeps its own bytes.
  const copy = new Uint8Array(bytes);
  const outcome = await client.run({ bytes: copy, stopAtAgendaEnd }, [copy.buffer]);
  if (outcome.ok) return outcome.value;
  if (outcome.reason === 'unavailable') {
    return { ok: false, error: { code: 'UNREADABLE_FILE', message: `PDF reading could not be started (${outcome.detail}). Import the Word original; reinstalling Scrutineer should restore PDF import.` } };
  }
  const message =
    outcome.reason === 'timeout'
      ? `This PDF could not be read within ${PDF_TIME_LIMIT_MS / 1000} seconds: it may be damaged or unusually complex. Import the Word original, or save just the agenda pages as a new PDF.`
      : 'Reading this PDF failed part-way (it may be damaged, or too large to read). Import the Word original, or save just the agenda pages as a new PDF.';
  return { ok: false, error: { code: 'DAMAGED_PDF', message } };
}
