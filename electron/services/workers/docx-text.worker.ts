/**
 * Worker thread: Word documents (and text files) to lines, and (for an import) lines to an
 * agenda. Off the app's own thread because mammoth builds the whole document in memory and
 * takes seconds on a large one: a hostile file (millions of tiny paragraphs or styles from a
 * small zip) is refused here within IMPORT_LIMITS, and anything that still runs away is
 * stopped by the worker's heap and time limits, never taking the app with it. Text files come
 * here too: decoding, splitting and parsing 50 MB of text is no job for the app's thread either.
 */
import { parentPort } from 'node:worker_threads';
import { checkDocxBytes, type AccessibilityRequest, type CheckReply } from '../docs/accessibility/check';
import { docxToLines } from '../import/docx-to-lines';
import { readAgenda, type ReadReply, type ReadRequest } from '../import/read-agenda';
import { textToLines } from '../import/text-to-lines';

const DAMAGED: ReadReply = {
  extracted: {
    ok: false,
    error: { code: 'DAMAGED_DOCX', message: 'This Word document is damaged and cannot be read.' },
  },
};

function read(request: ReadRequest): Promise<ReadReply> {
  return readAgenda(request, async (r) => {
    if (r.type.kind === 'zip') return docxToLines(r.bytes, r.type.expected, r.fileName);
    if (r.type.kind === 'text') return textToLines(r.bytes, r.type.encoding, r.fileName);
    return { ok: false, error: { code: 'UNREADABLE_FILE', message: 'This file could not be read.' } };
  });
}

parentPort?.on('message', (message: { id: number; request: ReadRequest | AccessibilityRequest }) => {
  const { id, request } = message;
  // A second job kind: the accessibility check of a Word file (docs/accessibility), read the same way.
  const job: Promise<ReadReply | CheckReply> =
    'job' in request ? checkDocxBytes(request.bytes, request.fileName) : read(request);
  void job.then(
    (value) => parentPort?.postMessage({ id, value }),
    () => parentPort?.postMessage({ id, value: DAMAGED }),
  );
});
