// A council's own Word file is checked on the Word worker thread, as an agenda is read: the same
// worker, heap and time limits (import/in-worker.ts), so a hostile or huge file fails only itself.
import { basename } from 'node:path';
import { sniffType } from '../../import/detect-type';
import { IMPORT_LIMITS } from '../../import/limits';
import { WorkerClient } from '../../workers/worker-client';
import { workerScript } from '../../workers/worker-script';
import type { AccessibilityRequest, CheckReply } from './check';

const worker = new WorkerClient<AccessibilityRequest, CheckReply>(workerScript('docx-text.worker'), {
  timeoutMs: IMPORT_LIMITS.docxTimeMs,
  maxHeapMb: IMPORT_LIMITS.workerHeapMb,
});

/** Checks a file's bytes on the worker; never throws. */
export async function checkDocxInWorker(given: Uint8Array, fileName: string): Promise<CheckReply> {
  const file = basename(fileName) || 'This file';
  const type = sniffType(given);
  if (type.kind !== 'zip') {
    const what = type.kind === 'pdf' ? 'a PDF' : type.kind === 'text' ? 'a text file' : type.description;
    return { ok: false, message: `${file} is ${what}, not a Word document (.docx). Only .docx files can be checked.` };
  }
  const bytes = new Uint8Array(given);
  const outcome = await worker.run({ job: 'accessibility-check', bytes, fileName: file }, [bytes.buffer]);
  if (outcome.ok) {
    // The worker's catch-all answer (for a job that threw) is an agenda read's, not a check's.
    if (typeof outcome.value?.ok === 'boolean') return outcome.value;
    return { ok: false, message: `${file} is damaged and cannot be checked. Open it in Word and save it again.` };
  }
  if (outcome.reason === 'unavailable')
    return {
      ok: false,
      message: `The check could not be started (${outcome.detail}). Reinstalling Scrutineer should restore it.`,
    };
  const seconds = IMPORT_LIMITS.docxTimeMs / 1000;
  return {
    ok: false,
    message:
      outcome.reason === 'timeout'
        ? `${file} is too large to check: it could not be read within ${seconds} seconds.`
        : `${file} is too large to check: reading it needed more than ${IMPORT_LIMITS.workerHeapMb} MB of memory.`,
  };
}

/** Stops the worker (the next check starts a fresh one). */
export function closeAccessibilityWorker(): Promise<void> {
  return worker.close();
}
