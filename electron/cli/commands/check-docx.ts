// `check-docx <file.docx> [--json]`: a Word file against the rules of Word's Accessibility
// Checker that apply to minutes and agendas (services/docs/accessibility). For a council's own
// files as much as ours; the file is read on the Word worker, within the agenda import's limits.
// Exit 0: no findings; 1: findings; 2: the file cannot be checked (damaged, too large, not .docx).
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../services/import/extract';
import { checkDocxInWorker, closeAccessibilityWorker } from '../../services/docs/accessibility/in-worker';
import { RULES } from '../../services/docs/accessibility/rules';
import { flag, positionals, UsageError, type CliCommand } from '../io';

async function readChecked(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return `${path} is not a file.`;
    if (info.size > MAX_IMPORT_BYTES)
      return `${path} is too large to check: it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
  } catch {
    return `There is no file ${path}.`;
  }
  return readFile(path);
}

export const checkDocxCommand: CliCommand = {
  name: 'check-docx',
  usage: 'check-docx <file.docx> [--json]',
  summary:
    "checks a Word file against Word's Accessibility Checker rules for minutes and agendas; exit 1 if it finds anything, 2 if the file cannot be read",
  async run(ctx) {
    const [file, extra] = positionals(ctx.args);
    if (!file) throw new UsageError('check-docx needs the Word file (.docx) to check');
    if (extra) throw new UsageError(`check-docx checks one file; "${extra}" is one too many`);
    const json = flag(ctx.args, '--json');
    const path = resolve(file);
    const bytes = await readChecked(path);
    if (typeof bytes === 'string') {
      ctx.err(bytes);
      return 2;
    }
    let reply;
    try {
      reply = await checkDocxInWorker(bytes, path);
    } finally {
      await closeAccessibilityWorker();
    }
    if (!reply.ok) {
      ctx.err(reply.message);
      return 2;
    }
    const { findings } = reply;
    if (json) {
      ctx.out(JSON.stringify({ file: path, findings }, null, 2));
    } else if (!findings.length) {
      ctx.out(`${file}: no accessibility findings (${RULES.length} rules checked).`);
    } else {
      ctx.out(`${file}: ${findings.length} accessibility finding${findings.length === 1 ? '' : 's'}.`);
      for (const rule of RULES) {
        const mine = findings.filter((f) => f.rule === rule.id);
        if (!mine.length) continue;
        ctx.out('');
        ctx.out(`${rule.title} [${rule.id}]`);
        for (const f of mine) ctx.out(`  ${f.where}: ${f.message}`);
      }
    }
    return findings.length ? 1 : 0;
  },
};
