/**
 * Agenda files are read on worker threads, never on the app's own thread (in Electron, the
 * main process: a stall there freezes every window, a crash closes the app). PDFs go to the
 * PDF worker (pdfjs), Word and text files to the Word worker (mammoth). Each worker has a heap
 * limit and a time limit; the file-specific limits (limits.ts) are checked on the worker and
 * refused in words. A worker that overruns its time is terminated; one that dies (its memory
 * exhausted) fails only that file; the next file starts a fresh worker.
 */
import type { ExtractError } from '$shared/agenda-import/types';
import { WorkerClient, type WorkerOutcome } from '../workers/worker-client';
import { workerScript } from '../workers/worker-script';
import { fileLabel, IMPORT_LIMITS } from './limits';
import type { ReadReply, ReadRequest } from './read-agenda';

const pdf = new WorkerClient<ReadRequest, ReadReply>(workerScript('pdf-text.worker'), {
  timeoutMs: IMPORT_LIMITS.pdfTimeMs,
  maxHeapMb: IMPORT_LIMITS.workerHeapMb,
});
const docx = new WorkerClient<ReadRequest, ReadReply>(workerScript('docx-text.worker'), {
  timeoutMs: IMPORT_LIMITS.docxTimeMs,
  maxHeapMb: IMPORT_LIMITS.workerHeapMb,
});

function failed(request: ReadRequest, outcome: Exclude<WorkerOutcome<ReadReply>, { ok: true }>): ExtractError {
  const file = fileLabel(request.fileName);
  const isPdf = request.type.kind === 'pdf';
  const what = isPdf ? 'PDF' : request.type.kind === 'zip' ? 'Word' : 'text';
  if (outcome.reason === 'unavailable') {
    return {
      code: 'UNREADABLE_FILE',
      message: `${what} reading could not be started (${outcome.detail}). ${isPdf ? 'Import the Word original; reinstalling' : 'Reinstalling'} Scrutineer should restore it.`,
    };
  }
  const seconds = (isPdf ? IMPORT_LIMITS.pdfTimeMs : IMPORT_LIMITS.docxTimeMs) / 1000;
  if (isPdf) {
    const message =
      outcome.reason === 'timeout'
        ? `${file} could not be read within ${seconds} seconds: it may be damaged or unusually complex. Import the Word original, or save just the agenda pages as a new PDF.`
        : `Reading ${file} failed part-way (it may be damaged, or too large to read: it needed more than ${IMPORT_LIMITS.workerHeapMb} MB of memory). Import the Word original, or save just the agenda pages as a new PDF.`;
    return { code: 'DAMAGED_PDF', message };
  }
  const message =
    outcome.reason === 'timeout'
      ? `${file} is too large to read: it could not be read within ${seconds} seconds. Import the agenda pages only (the front sheet and the item list), saved as a new Word document or PDF.`
      : `${file} is too large to read: reading it needed more than ${IMPORT_LIMITS.workerHeapMb} MB of memory. Import the agenda pages only (the front sheet and the item list), saved as a new Word document or PDF.`;
  return { code: 'TOO_LARGE', message };
}

/** Reads a file (its type known from its bytes) on its worker. Never throws. */
export async function readInWorker(request: ReadRequest): Promise<ReadReply> {
  // A copy to hand over (transfer) to the worker: the caller keeps its own bytes.
  const bytes = new Uint8Array(request.bytes);
  const client = request.type.kind === 'pdf' ? pdf : docx;
  const outcome = await client.run({ ...request, bytes }, [bytes.buffer]);
  return outcome.ok ? outcome.value : { extracted: { ok: false, error: failed(request, outcome) } };
}

/** Stops the import workers (they are started again by the next file). For tests and shutdown. */
export async function closeImportWorkers(): Promise<void> {
  await Promise.all([pdf.close(), docx.close()]);
}
