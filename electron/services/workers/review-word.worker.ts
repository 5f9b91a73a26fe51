/**
 * Worker thread: a Word copy the Chair returned, read for its tracked changes, comments and
 * identities (services/review-word/read-returned.ts). Off the app's thread and within the same
 * limits as an agenda import: a hostile file is refused here or stopped by the worker's heap and
 * time limits, never taking the app with it.
 */
import { parentPort } from 'node:worker_threads';
import { readReturnedWord, type ReturnedRead } from '../review-word/read-returned';

const DAMAGED: ReturnedRead = {
  ok: false,
  code: 'DAMAGED_DOCX',
  message: 'This Word document is damaged and cannot be read.',
};

parentPort?.on('message', (message: { id: number; request: { bytes: Uint8Array; fileName: string } }) => {
  const { id, request } = message;
  void readReturnedWord(request.bytes, request.fileName).then(
    (value) => parentPort?.postMessage({ id, value }),
    () => parentPort?.postMessage({ id, value: DAMAGED }),
  );
});
