import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Store, StoreError } from '../../services/store/store';
import { exportMeeting, importMeeting, inspectMeetingFile } from '../../api/handlers/meetings';
import { UNVERIFIED_NOTICE } from '$shared/review/meeting-file';
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

/** What the CLI adds to a refusal that a flag answers. */
const FLAG_FOR: Record<string, string> = {
  PEOPLE_TO_ADD: 'To add them, run the command again with --add-people.',
  CONFLICT: 'To replace it, run the command again with --replace.',
};

export const importMeetingCommand: CliCommand = {
  name: 'import-meeting',
  usage: 'import-meeting <file.json> [--replace] [--add-people] [--data-dir D]',
  summary:
    'adds a meeting file (and its committee if new); checks every person, item and paragraph it names against the committee it will live in; ' +
    'adds people the committee here lacks only with --add-people; refuses to overwrite a different version unless --replace',
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
      // What opening it does, said before anything is written (a refusal below writes nothing).
      const preview = inspectMeetingFile(store, json);
      if (!preview.verified) ctx.out(`Note: ${UNVERIFIED_NOTICE}`);
      let r: Awaited<ReturnType<typeof importMeeting>>;
      try {
        r = await importMeeting(store, json, flag(ctx.args, '--replace'), flag(ctx.args, '--add-people'));
      } catch (err) {
        const hint = err instanceof StoreError ? FLAG_FOR[err.code] : undefined;
        if (err instanceof StoreError && hint) throw new StoreError(err.code, `${err.message} ${hint}`);
        throw err;
      }
      const added = [
        r.addedCommittee ? 'added its committee' : '',
        r.addedPeople
          ? `added ${r.addedPeople === 1 ? '1 person' : `${r.addedPeople} people`} to its committee (${preview.peopleToAdd.map((p) => p.name).join(', ')})`
          : '',
      ]
        .filter(Boolean)
        .join(' and ');
      ctx.out(`Imported meeting ${r.meetingId}${added ? ` and ${added}` : ''}.`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
