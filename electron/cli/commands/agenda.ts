// `agenda <meeting-id|meeting.json> --out agenda.docx [--template council.docx] [--data-dir D]`: the agenda
// front sheet as Word, in the committee's template (or the one given) over the house style.
// A meeting id is read from the data folder (read-only, no lock); a file is an exported meeting
// (export-meeting), which carries its committee, or a meeting file from a data folder's meetings/.
import { basename, resolve } from 'node:path';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { formatLongDate } from '$shared/format/en-gb';
import { renderAgendaDocx } from '../../services/docs/agenda-docx';
import { wearTemplate } from '../../services/docs/wear-template';
import { option, positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource, writeOut } from '../meeting-source';
import { reportStyles, templateFor } from './template-option';

export const agendaCommand: CliCommand = {
  name: 'agenda',
  usage: 'agenda <meeting-id|meeting.json> --out agenda.docx [--template council.docx] [--data-dir D]',
  summary:
    "writes the agenda front sheet (membership, contact, items) as a Word document, in the committee's template (or --template); says which styles it took",
  async run(ctx) {
    const [source, extra] = positionals(ctx.args);
    const outArg = option(ctx.args, '--out');
    if (!source || !outArg)
      throw new UsageError('agenda needs a meeting id (or an exported meeting file) and --out agenda.docx');
    if (extra) throw new UsageError(`agenda takes one meeting; "${extra}" is one too many`);
    const out = resolve(outArg);
    if (!/\.docx$/i.test(out)) throw new UsageError(`--out must name a .docx file (got ${basename(out)})`);
    const { meeting, committee } = await meetingFromSource(ctx, source);
    const outline = composeFrontSheet(meeting, committee);
    const styled = await wearTemplate(await renderAgendaDocx(outline), await templateFor(ctx, committee));
    await writeOut(out, styled.bytes);
    ctx.out(`Wrote the agenda of ${committee.name}, ${formatLongDate(meeting.date)}, to ${out}`);
    reportStyles(ctx, styled);
    for (const gap of outline.missing) ctx.err(`to complete: ${gap.where}: ${gap.what}`);
    return 0;
  },
};
