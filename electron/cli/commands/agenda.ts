// `agenda <meeting-id|meeting.json> --out agenda.docx [--data-dir D]`: the agenda front sheet as Word.
// A meeting id is read from the data folder (read-only, no lock); a file is an exported meeting
// (export-meeting), which carries its committee, or a meeting file from a data folder's meetings/.
import { basename, resolve } from 'node:path';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { formatLongDate } from '$shared/format/en-gb';
import { renderAgendaDocx } from '../../services/docs/agenda-docx';
import { option, positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource, writeOut } from '../meeting-source';

export const agendaCommand: CliCommand = {
  name: 'agenda',
  usage: 'agenda <meeting-id|meeting.json> --out agenda.docx [--data-dir D]',
  summary: 'writes the agenda front sheet (membership, contact, items) as a Word document',
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
    await writeOut(out, await renderAgendaDocx(outline));
    ctx.out(`Wrote the agenda of ${committee.name}, ${formatLongDate(meeting.date)}, to ${out}`);
    for (const gap of outline.missing) ctx.err(`to complete: ${gap.where}: ${gap.what}`);
    return 0;
  },
};
