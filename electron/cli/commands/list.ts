import { formatLongDate, formatTime } from '$shared/format/en-gb';
import { Store } from '../../services/store/store';
import { dataDirOf, type CliCommand } from '../io';
import { folderExists } from '../paths';

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--data-dir D]',
  summary: 'committees and their meetings, with ids',
  async run(ctx) {
    const dataDir = dataDirOf(ctx);
    if (!(await folderExists(dataDir))) {
      ctx.out(
        `There is no data folder at ${dataDir} yet; Scrutineer creates it, with the sample committee, when it first starts.`,
      );
      return 0;
    }
    const store = await Store.open({ dataDir, readOnly: true });
    const meetings = store.meetingIds().map((id) => store.meeting(id));
    for (const c of store.committees) {
      ctx.out(`${c.name} (${c.authority})  id ${c.id}`);
      const mine = meetings.filter((m) => m.committeeId === c.id).sort((a, b) => a.date.localeCompare(b.date));
      if (!mine.length) ctx.out('  no meetings');
      for (const m of mine) ctx.out(`  ${formatLongDate(m.date)}, ${formatTime(m.startTime)}  ${m.status}  id ${m.id}`);
    }
    const orphans = meetings.filter((m) => !store.committees.some((c) => c.id === m.committeeId));
    for (const m of orphans) ctx.out(`(no committee) ${formatLongDate(m.date)}  id ${m.id}`);
    if (!store.committees.length && !orphans.length) ctx.out('No committees yet.');
    for (const p of store.problems) ctx.err(`problem: ${p.message}`);
    return store.problems.length ? 1 : 0;
  },
};
