// Two steps of opening a data folder, apart from the store's own state: reading committees.json
// (with the day's backup of it), and finding meeting files older than their newest backup.
import { join } from 'node:path';
import { emptyCommitteesFile, loadCommitteesFile, type CommitteesFile, type Meeting } from '$shared/domain';
import type { FileProblem, MeetingSummary } from '$shared/api';
import type { Log } from '../log/log';
import type { Backups } from './backups';
import { lacksInWords } from './compare';
import type { FileLayer } from './file-layer';
import { DamagedFileError, openJsonDocument, readJsonVersion, type JsonDocument } from './json-document';

export interface OpenedCommittees {
  doc: JsonDocument<CommitteesFile>;
  /** False when the file is damaged: it is left untouched until a backup is restored. */
  writable: boolean;
  problem?: FileProblem;
}

/** committees.json as the store keeps it; a damaged file is reported, not thrown. */
export async function openCommitteesFile(
  files: FileLayer,
  path: string,
  opts: { readOnly: boolean; backups: Backups; log: Log },
): Promise<OpenedCommittees> {
  let doc = openJsonDocument(files, path, emptyCommitteesFile());
  try {
    const { value: raw, known } = await readJsonVersion(files, path, { stat: !opts.readOnly });
    doc = openJsonDocument(files, path, emptyCommitteesFile(), known);
    if (raw !== null) {
      const loaded = loadCommitteesFile(raw);
      if (!loaded.ok) throw new DamagedFileError(path, loaded.problem.code, loaded.problem.message);
      doc.data = loaded.value;
      if (!opts.readOnly)
        await opts.backups
          .snapshotCommittees(Buffer.from(JSON.stringify(loaded.value)))
          .catch((err: unknown) => opts.log.warn("The day's backup of committees.json was not written", err, path));
    }
    return { doc, writable: true };
  } catch (err) {
    if (!(err instanceof DamagedFileError)) throw err;
    return { doc, writable: false, problem: { file: err.file, code: err.code, message: err.message } };
  }
}

/** OLDER_THAN_BACKUP for each meeting whose file lacks what its newest backup holds (a backup restored by hand). */
export async function olderThanBackups(
  backups: Backups,
  meetings: Iterable<Meeting>,
  meetingsDir: string,
): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const meeting of meetings) {
    const newer = await backups.newerBackup(meeting);
    const lacks = newer && lacksInWords(meeting, newer.backup);
    if (!newer || !lacks) continue;
    const path = join(meetingsDir, `${meeting.id}.json`);
    problems.push({
      file: path,
      code: 'OLDER_THAN_BACKUP',
      message:
        `${path} holds revision ${meeting.revision}, older than its newest backup ${newer.path} (revision ${newer.backup.revision}): compared with that backup, ${lacks}. ` +
        'If an older backup was restored on purpose, nothing is wrong; if not, copy the newer backup over the file while Scrutineer is closed',
    });
  }
  return problems;
}

/**
 * The meetings not read yet (known from the index) with a backup of a later revision: the
 * backups' names give their revisions, so this reads no meeting; those are read to be compared.
 */
export async function withNewerBackups(backups: Backups, summaries: readonly MeetingSummary[]): Promise<string[]> {
  const found = await Promise.all(
    summaries.map(async ({ id, revision }) => ((await backups.newerBackup({ id, revision } as Meeting)) ? id : '')),
  );
  return found.filter((id) => id !== '');
}

/** Names each problem's newest good backup, where there is one. */
export async function nameNewestBackups(backups: Backups, problems: readonly FileProblem[]): Promise<void> {
  for (const p of problems) {
    const backup = await backups.newestGood(p.file);
    if (backup) p.backup = backup;
  }
}
