/**
 * Worker thread: PDF to lines with pdfjs, and (for an import) lines to an agenda. It runs here,
 * not on the app's own thread, because on some damaged files pdfjs leaves rejected promises
 * nobody awaits (its page cache), which would be unhandled rejections in the app; because a
 * pathological file can be stopped by terminating the worker; and because reading 150 pages
 * should not stall the app.
 *
 * pdfjs unpacks streams into typed arrays and native DecompressionStream chunks, which the
 * worker's heap limit does not cover (a 1 MB flate bomb reached 3.5 GB): they are capped here
 * (allocation-cap.ts) at IMPORT_LIMITS.pdfBufferBytes for one buffer and pdfUnpackedBytes in all.
 */
import { parentPort } from 'node:worker_threads';
// pdfjs's own "worker" runs on this thread: loaded here, before the cap is installed, so its
// polyfills patch the real typed arrays; pdf.mjs finds it on globalThis.pdfjsWorker.
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { agendaComplete } from '../import/agenda-complete';
import { IMPORT_LIMITS, limitError } from '../import/limits';
import { pdfToLines } from '../import/pdf-to-lines';
import { readAgenda, type ReadReply, type ReadRequest } from '../import/read-agenda';
import { installAllocationCap, withAllocationCap } from './allocation-cap';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
installAllocationCap();

// pdfjs's orphaned promises: the same error reaches pdfToLines through the call it awaits,
// which reports the file as damaged. Nothing else runs on this thread.
process.on('unhandledRejection', () => undefined);

const DAMAGED: ReadReply = {
  extracted: {
    ok: false,
    error: { code: 'DAMAGED_PDF', message: 'This PDF is damaged and cannot be read. Download or export it again.' },
  },
};

/** The answer, and whether this thread should be replaced: once every allocation of a job was refused, pdfjs may not have cleaned up after it. */
async function read(request: ReadRequest): Promise<{ value: ReadReply; retire: boolean }> {
  const limits = { perAllocation: IMPORT_LIMITS.pdfBufferBytes, total: IMPORT_LIMITS.pdfUnpackedBytes };
  const { value, overrun } = await withAllocationCap(limits, () =>
    readAgenda(request, (r) => pdfToLines(r.bytes, r.stopAtAgendaEnd ? { stopWhen: agendaComplete } : {})),
  );
  if (overrun) {
    const kind = overrun.kind === 'one' ? 'pdf-buffer' : 'pdf-unpacked';
    return { value: { extracted: { ok: false, error: limitError(request.fileName, { kind }) } }, retire: true };
  }
  return { value: value ?? DAMAGED, retire: false };
}

parentPort?.on('message', (message: { id: number; request: ReadRequest }) => {
  const { id, request } = message;
  void read(request).then(
    ({ value, retire }) => parentPort?.postMessage({ id, value, retire }),
    () => parentPort?.postMessage({ id, value: DAMAGED, retire: true }),
  );
});
