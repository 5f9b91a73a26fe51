// Reads a returned Word copy on its worker thread, with the Word import's heap and time limits
// (services/import/limits.ts). A worker that runs out of time or memory fails only that file.
import { basename } from 'node:path';
import { IMPORT_LIMITS } from '../import/limits';
import { WorkerClient } from '../workers/worker-client';
import { workerScript } from '../workers/worker-script';
import type { ReturnedRead } from './read-returned';

interface Request {
  bytes: Uint8Array;
  fileName: string;
}

let client: WorkerClient<Request, ReturnedRead> | null = null;

export async function readReturnedInWorker(bytes: Uint8Array, fileName: string): Promise<ReturnedRead> {
  client ??= new WorkerClient<Request, ReturnedRead>(workerScript('review-word.worker'), {
    timeoutMs: IMPORT_LIMITS.docxTimeMs,
    maxHeapMb: IMPORT_LIMITS.workerHeapMb,
  });
  const copy = new Uint8Array(bytes);
  const outcome = await client.run({ bytes: copy, fileName }, [copy.buffer]);
  if (outcome.ok) return outcome.value;
  const file = basename(fileName) || 'This file';
  if (outcome.reason === 'unavailable')
    return { ok: false, code: 'UNREADABLE_FILE', message: `Word reading could not be started (${outcome.detail}).` };
  return {
    ok: false,
    code: 'TOO_LARGE',
    message:
      outcome.reason === 'timeout'
        ? `${file} could not be read within ${IMPORT_LIMITS.docxTimeMs / 1000} seconds; it is too large or damaged.`
        : `Reading ${file} needed more than ${IMPORT_LIMITS.workerHeapMb} MB of memory; it is too large or damaged.`,
  };
}

/** Stops the worker (the next file starts it again). For the CLI, tests and shutdown. */
export async function closeReviewWordWorker(): Promise<void> {
  await client?.close();
  client = null;
}
