import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Store, StoreError } from '../../services/store/store';
import { exportMeeting, importMeeting } from '../../api/handlers/meetings';
import { dataDirOf, flag, option, positionals, UsageError, type CliCommand } from '../io';

export const exportMeetingCommand: CliCommand = {
  name: 'export-meeting',
  usage: 'export-meeting <meeting-id> --out file.json [--data-dir D]',
  summary: 'writes one meeting, with a snapshot of its committee, as a file to open on another machine',
  async run(ctx) {
    const [id] = positionals(ctx.args);
    const out = option(ctx.args, '--out');
    if (!id || !out) throw new UsageError('export-meeting needs a meeting id and --out file.json');
    const store = await Store.open({ dataDir: dataDirOf(ctx), readOnly: true });
    const file = exportMeeting(store, id, new Date());
    await writeFile(resolve(out), `${JSON.stringify(file, null, 1)}\n`);
    ctx.out(`Wrote ${resolve(out)}`);
    return 0;
  },
};

export const importMeetingCommand: CliCommand = {
  name: 'import-meeting',
  usage: 'import-meeting <file.json> [--replace] [--data-dir D]',
  summary: 'adds a meeting file (and its committee if new); refuses to overwrite a different version unless --replace',
  async run(ctx) {
    const [path] = positionals(ctx.args);
    if (!path) throw new UsageError('import-meeting needs a file');
    let json: unknown;
    try {
      json = JSON.parse(await readFile(resolve(path), 'utf8'));
    } catch (err) {
      throw new StoreError('INVALID_FILE', `${path} is not a readable JSON file: ${(err as Error).message}`);
    }
    const store = await Store.open({ dataDir: dataDirOf(ctx), sampleDir: resolve(ctx.appRoot, 'resources', 'sample') });
    try {
      const r = await importMeeting(store, json, flag(ctx.args, '--replace'));
      ctx.out(`Imported meeting ${r.meetingId}${r.addedCommittee ? ' and added its committee' : ''}.`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
