// `check <meeting-id|meeting.json> [--json]`: the checks before sign-off from a terminal, each
// finding with its kind, place and words (or as JSON); exit 1 when any is open.
import { runChecks, type CheckedFinding } from '$shared/checks';
import { formatLongDate } from '$shared/format/en-gb';
import { flag, positionals, UsageError, type CliCommand } from '../io';
import { meetingFromSource } from '../meeting-source';

function line(f: CheckedFinding): string {
  const dismissed = f.dismissed ? ` [dismissed by ${f.dismissed.by}: ${f.dismissed.reason}]` : '';
  return `${f.kind}  ${f.place.where}: ${f.words}${dismissed}`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check <meeting-id|meeting.json> [--json] [--data-dir D]',
  summary:
    'runs the checks before sign-off (names spelled two ways, owners, resolutions, interests, exempt items, attendance, gaps); exit 1 if any finding is open',
  async run(ctx) {
    const [source, extra] = positionals(ctx.args);
    if (!source) throw new UsageError('check needs a meeting id (or an exported meeting file)');
    if (extra) throw new UsageError(`check takes one meeting; "${extra}" is one too many`);
    const { meeting, committee } = await meetingFromSource(ctx, source);
    const findings = runChecks(meeting, committee);
    const open = findings.filter((f) => !f.dismissed);
    if (flag(ctx.args, '--json')) {
      ctx.out(JSON.stringify({ meetingId: meeting.id, open: open.length, findings }, null, 2));
      return open.length ? 1 : 0;
    }
    const title = `${committee.name}, ${formatLongDate(meeting.date)}`;
    if (!findings.length) {
      ctx.out(`No findings: the checks before sign-off found nothing in the minutes of ${title}.`);
      return 0;
    }
    for (const f of open) ctx.out(line(f));
    for (const f of findings.filter((x) => x.dismissed)) ctx.out(line(f));
    const dismissed = findings.length - open.length;
    ctx.out(
      `${open.length} open finding${open.length === 1 ? '' : 's'}${dismissed ? `, ${dismissed} dismissed` : ''} in the minutes of ${title}.`,
    );
    return open.length ? 1 : 0;
  },
};
