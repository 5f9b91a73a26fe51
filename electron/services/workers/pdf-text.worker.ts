/**
 * Worker thread: PDF to lines with pdfjs. It runs here, not on the app's own thread, because
 * on some damaged files pdfjs leaves rejected promises nobody awaits (its page cache), which
 * would be unhandled rejections in the app; because a pathological file can be stopped by
 * terminating the worker; and because reading 150 pages should not stall the app.
 */
import { parentPort } from 'node:worker_threads';
import { agendaComplete } from '../import/agenda-complete';
import { pdfToLines } from '../import/pdf-to-lines';

export interface PdfTextRequest {
  bytes: Uint8Array;
  /** Stop reading pages once the agenda is complete (the rest of a pack is reports). */
  stopAtAgendaEnd: boolean;
}

// pdfjs's orphaned promises: the same error reaches pdfToLines through the call it awaits,
// which reports the file as damaged. Nothing else runs on this thread.
process.on('unhandledRejection', () => undefined);

parentPort?.on('message', (message: { id: number; request: PdfTextRequest }) => {
  const { id, request } = message;
  void pdfToLines(request.bytes, request.stopAtAgendaEnd ? { stopWhen: agendaComplete } : {}).then(
    (value) => parentPort?.postMessage({ id, value }),
    () =>
      parentPort?.postMessage({
        id,
        value: { ok: false, error: { code: 'DAMAGED_PDF', message: 'This PDF is damaged and cannot be read. Download or export it again.' } },
      }),
  );
});
