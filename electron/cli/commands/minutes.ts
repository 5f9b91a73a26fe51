// `minutes <meeting-id|meeting.json> --out minutes.docx [--template council.docx] [--confidential]`
// and `demo --out DIR`: the draft minutes as Word, from the command line.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatLongDate } from '$shared/format/en-gb';
import { documentFileName } from '$shared/format/file-name';
import { loadCommitteesFile, loadMeeting, type Committee, type Meeting } from '$shared/domain';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { exportMinutes } from '../../services/docs/export-minutes';
import { renderAgendaDocx } from '../../services/docs/agenda-docx';
import type { TemplateSource } from '../../services/docs/wear-template';
import { StoreError } from '../../services/store/store-error';
import { flag, option, positionals, UsageError, type CliCommand, type CliContext } from '../io';
import { folderExists } from '../paths';
import { meetingFromSource, writeOut } from '../meeting-source';
import { reportStyles, templateFor } from './template-option';

async function writeMinutes(
  ctx: CliContext,
  meeting: Meeting,
  committee: Committee,
  out: string,
  opts: { template?: TemplateSource; confidential?: boolean },
) {
  const doc = await exportMinutes(meeting, committee, opts);
  await writeOut(out, doc.bytes);
  ctx.out(
    `Wrote the ${opts.confidential ? 'confidential annex' : 'draft minutes'} of ${committee.name}, ${formatLongDate(meeting.date)}, to ${out}`,
  );
  reportStyles(ctx, doc);
  for (const gap of doc.missing) ctx.err(`to complete: ${gap.where}: ${gap.what}`);
}

export const minutesCommand: CliCommand = {
  name: 'minutes',
  usage:
    'minutes <meeting-id|meeting.json> --out minutes.docx [--template council.docx] [--confidential] [--data-dir D]',
  summary:
    "writes the draft minutes as a Word document, in the committee's template (or --template) over the house style; says which styles each gave, and lists the gaps still to complete",
  async run(ctx) {
    const [source, extra] = positionals(ctx.args);
    const outArg = option(ctx.args, '--out');
    if (!source || !outArg)
      throw new UsageError('minutes needs a meeting id (or an exported meeting file) and --out minutes.docx');
    if (extra) throw new UsageError(`minutes takes one meeting; "${extra}" is one too many`);
    const out = resolve(outArg);
    if (!/\.docx$/i.test(out)) throw new UsageError(`--out must name a .docx file (got ${basename(out)})`);
    const { meeting, committee } = await meetingFromSource(ctx, source);
    await writeMinutes(ctx, meeting, committee, out, {
      template: await templateFor(ctx, committee),
      confidential: flag(ctx.args, '--confidential'),
    });
    return 0;
  },
};

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo --out DIR',
  summary: 'writes the sample meeting (19 September 2016) as draft minutes and its agenda front sheet, into DIR',
  async run(ctx) {
    const outArg = option(ctx.args, '--out');
    if (!outArg) throw new UsageError('demo needs --out DIR');
    const dir = resolve(outArg);
    if (!(await folderExists(dir)))
      throw new StoreError('NO_OUTPUT_FOLDER', `The folder ${dir} does not exist; create it first`);
    const sample = join(ctx.appRoot, 'resources', 'sample');
    const committees = loadCommitteesFile(JSON.parse(await readFile(join(sample, 'committees.json'), 'utf8')));
    if (!committees.ok) throw new StoreError('INVALID_FILE', `The sample committee ${committees.problem.message}`);
    for (const name of (await readdir(join(sample, 'meetings'))).filter((n) => n.endsWith('.json'))) {
      const loaded = loadMeeting(JSON.parse(await readFile(join(sample, 'meetings', name), 'utf8')));
      if (!loaded.ok) throw new StoreError('INVALID_FILE', `The sample meeting ${name} ${loaded.problem.message}`);
      const committee = committees.value.committees.find((c) => c.id === loaded.value.committeeId)!;
      await writeMinutes(
        ctx,
        loaded.value,
        committee,
        join(dir, documentFileName(loaded.value, committee, 'draft minutes')),
        {},
      );
      const agenda = composeFrontSheet(loaded.value, committee);
      await writeOut(join(dir, agenda.meta.fileName), await renderAgendaDocx(agenda));
      ctx.out(`Wrote its agenda front sheet to ${join(dir, agenda.meta.fileName)}`);
    }
    return 0;
  },
};
