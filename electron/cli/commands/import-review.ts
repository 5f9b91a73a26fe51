// `import-review <meeting-id|meeting.json> <chair.docx> [--json]`: what the Chair's returned Word
// copy would add to the review (suggested edits, paragraphs added or deleted, comments and their
// replies, conflicts), read as the app reads it. Creates nothing: the app adds them, and the
// coordinator accepts each.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ReviewComment } from '$shared/domain';
import { MAX_IMPORT_BYTES } from '../../services/import/extract';
import { closeReviewWordWorker } from '../../services/review-word/in-worker';
import { readChairsCopy } from '../../services/review-word/review-copy';
import { StoreError } from '../../services/store/store';
import { flag, positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource } from '../meeting-source';

const clip = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
const inlineText = (c: ReviewComment['suggestion']) =>
  (c ?? []).map((r) => (r.t === 'text' ? r.text : '[person]')).join('');

/** One line saying what an item is, in words. */
export function describeItem(c: ReviewComment): string {
  const how = c.fromWord?.untracked ? ' (made with Track Changes off)' : '';
  const by = `${c.author}, ${c.at.slice(0, 16).replace('T', ' ')}`;
  const where = c.paragraphId ? `paragraph ${c.paragraphId.slice(0, 8)}` : (c.blockRef ?? '');
  if (c.conflict) return `CONFLICT on ${where}: you changed it since, and so did ${c.author}; neither is applied`;
  if (c.suggestion) return `Suggested edit${how} of ${where} by ${by}: "${clip(inlineText(c.suggestion))}"`;
  if (c.paragraphChange?.op === 'add')
    return `Suggests adding a paragraph${how} after ${where} (${by}): "${clip(c.quote ?? '')}"`;
  if (c.paragraphChange?.op === 'delete') return `Suggests deleting${how} ${where} (${by}): "${clip(c.quote ?? '')}"`;
  if (c.listSuggestion)
    return `Suggested ${c.listSuggestion.kind === 'action' ? 'ACTION owners' : 'resolution wording'}${how} (${by}): ${c.listSuggestion.lines.map((l) => `"${clip(l, 60)}"`).join(' / ')}`;
  if (c.detailSuggestion)
    return `Suggested closing times${how} (${by}): ${c.detailSuggestion.after.replace(/\n/g, '; ')}`;
  const reply = c.replyTo ? 'Reply' : 'Comment';
  return `${reply} on ${where} by ${by}: "${clip(c.text)}"${c.quote ? ` on "${clip(c.quote, 50)}"` : ''}`;
}

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
      plan.items.forEach((c, i) => ctx.out(`  ${i + 1}. ${describeItem(c)}`));
      return 0;
    } finally {
      await closeReviewWordWorker();
    }
  },
};
