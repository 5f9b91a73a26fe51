// `import-review <meeting-id|meeting.json> <chair.docx> [--json]`: what the Chair's returned Word
// copy would add to the review (suggested edits, paragraphs added or deleted, comments and their
// replies, conflicts), read as the app reads it. Creates nothing: the app adds them, and the
// coordinator accepts each.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { describeWordItem } from '$shared/review/word-words';
import { MAX_IMPORT_BYTES } from '../../services/import/extract';
import { closeReviewWordWorker } from '../../services/review-word/in-worker';
import { readChairsCopy } from '../../services/review-word/review-copy';
import { StoreError } from '../../services/store/store-error';
import { flag, positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource } from '../meeting-source';

export const importReviewCommand: CliCommand = {
  name: 'import-review',
  usage: 'import-review <meeting-id|meeting.json> <chair.docx> [--json] [--data-dir D]',
  summary: "shows what the Chair's returned Word copy would add to the review (suggestions, comments); creates nothing",
  async run(ctx) {
    const [source, file, extra] = positionals(ctx.args);
    if (!source || !file)
      throw new UsageError("import-review needs a meeting id (or a meeting file) and the Chair's copy (.docx)");
    if (extra) throw new UsageError(`import-review takes one meeting and one Word copy; "${extra}" is one too many`);
    const { meeting, committee } = await meetingFromSource(ctx, source);
    const path = resolve(file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new StoreError('NOT_FOUND', `There is no file ${path}`);
    if (info.size > MAX_IMPORT_BYTES) throw new StoreError('TOO_LARGE', `${path} is too large to be a copy of minutes`);
    try {
      const plan = await readChairsCopy(meeting, committee, new Uint8Array(await readFile(path)), basename(path));
      if (flag(ctx.args, '--json')) {
        ctx.out(JSON.stringify(plan, null, 2));
        return 0;
      }
      for (const note of plan.notes) ctx.out(`Note: ${note}`);
      ctx.out(
        plan.items.length === 0
          ? `${basename(path)} brings nothing new to the review.`
          : `${basename(path)} would add ${plan.items.length} item(s) to the review (nothing is created here):`,
      );
      plan.items.forEach((c, i) => ctx.out(`  ${i + 1}. ${describeWordItem(c)}`));
      return 0;
    } finally {
      await closeReviewWordWorker();
    }
  },
};
