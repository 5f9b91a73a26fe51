// `verify <meeting-id|meeting.json> <published.docx|published.pdf>`: does a meeting file hold the
// minutes that were published? The record number printed in the published copy's footer against
// the file's record seal, and the published text against the minutes in the file. The seal in the
// file alone detects accidental and casual changes; someone who recomputes its fingerprints is
// caught only by a copy kept elsewhere, such as the published minutes.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../services/import/extract';
import { closeImportWorkers } from '../../services/import/in-worker';
import { StoreError } from '../../services/store/store-error';
import { verifyPublished } from '../../services/verify/published';
import { positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource } from '../meeting-source';

async function readPublished(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new StoreError('NOT_FOUND', `${path} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError('NOT_FOUND', `There is no file ${path}`);
  }
  if (size > MAX_IMPORT_BYTES)
    throw new StoreError(
      'TOO_LARGE',
      `${path} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB a published copy can be`,
    );
  return readFile(path);
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify <meeting-id|meeting.json> <published.docx|published.pdf> [--data-dir D]',
  summary:
    'checks a meeting file against a published copy of its approved minutes (record number and text); exit 0 if they match, 1 if not',
  async run(ctx) {
    const [source, published, extra] = positionals(ctx.args);
    if (!source || !published)
      throw new UsageError(
        'verify needs a meeting id (or a meeting file) and the published copy of its minutes (.docx or .pdf)',
      );
    if (extra) throw new UsageError(`verify takes one meeting and one published copy; "${extra}" is one too many`);
    const { meeting, committee } = await meetingFromSource(ctx, source);
    const path = resolve(published);
    try {
      const report = await verifyPublished(meeting, committee, await readPublished(path), path);
      (report.verdict === 'match' ? ctx.out : ctx.err)(report.summary);
      for (const line of report.details) ctx.out(`  ${line}`);
      return report.verdict === 'match' ? 0 : 1;
    } finally {
      await closeImportWorkers();
    }
  },
};
