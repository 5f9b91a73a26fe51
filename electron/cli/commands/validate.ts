import { join } from 'node:path';
import { checkMeetingIntegrity } from '$shared/domain';
import { Store, MEETINGS_DIR } from '../../services/store/store';
import { dataDirOf, type CliCommand } from '../io';
import { folderExists } from '../paths';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate [--data-dir D]',
  summary: 'checks every file of the data folder; prints each problem naming the file; exit 1 if any',
  async run(ctx) {
    const dataDir = dataDirOf(ctx);
    if (!(await folderExists(dataDir))) {
      ctx.out(
        `There is no data folder at ${dataDir} yet; Scrutineer creates it when it first starts. Nothing to check.`,
      );
      return 0;
    }
    const store = await Store.open({ dataDir, readOnly: true });
    const problems = store.problems.map((p) => `${p.message}${p.backup ? ` (newest good backup: ${p.backup})` : ''}`);
    for (const id of store.meetingIds()) {
      const m = store.meeting(id);
      const file = join(dataDir, MEETINGS_DIR, `${id}.json`);
      for (const why of checkMeetingIntegrity(
        m,
        store.committees.find((c) => c.id === m.committeeId),
      ))
        problems.push(`${file}: ${why}`);
    }
    for (const p of problems) ctx.err(p);
    const files = store.meetingIds().length + 1;
    if (problems.length) {
      ctx.err(`${problems.length} problem(s) found in ${dataDir}. Damaged files were left untouched.`);
      return 1;
    }
    ctx.out(
      `All ${files} file(s) in ${dataDir} are valid (${store.committees.length} committee(s), ${store.meetingIds().length} meeting(s)).`,
    );
    const sealed = store.meetingIds().filter((id) => store.meeting(id).approval).length;
    if (sealed) {
      ctx.out(
        `${sealed} approved meeting(s) are sealed: their minutes and records match their seals, so nothing was changed by accident or by a casual edit since approval. ` +
          'A seal kept in the file cannot show that no one rewrote the file on purpose; `verify <meeting-id> <published.docx|.pdf>` checks one against its published copy.',
      );
    }
    return 0;
  },
};
