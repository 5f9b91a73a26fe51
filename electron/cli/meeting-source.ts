// Where a CLI document command finds its meeting (an id in the data folder, or a file) and how it
// writes its output (beside the target, then renamed over it).
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { MEETING_EXPORT_FORMAT, MEETING_EXPORT_VERSION } from '$shared/domain/meeting-export';
import { Committee, loadMeeting, MEETING_FORMAT, type Meeting } from '$shared/domain';
import { StoreError } from '../services/store/store-error';
import type { Store } from '../services/store/store';
import { dataDirOf, type CliContext } from './io';
import { folderExists } from './paths';

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** An id has no dots or slashes; anything else is meant as a file. */
const looksLikePath = (arg: string) => /[./\\]/.test(arg);

async function openStore(ctx: CliContext): Promise<Store> {
  const dataDir = dataDirOf(ctx);
  if (!(await folderExists(dataDir))) {
    throw new StoreError(
      'NO_DATA_DIR',
      `There is no data folder at ${dataDir}; give --data-dir, or a meeting file exported with export-meeting`,
    );
  }
  // The store (and every schema it checks files with) loads only for a meeting named by id.
  const { Store } = await import('../services/store/store');
  return Store.open({ dataDir, readOnly: true });
}

async function fromStore(ctx: CliContext, meetingId: string): Promise<{ meeting: Meeting; committee: Committee }> {
  const store = await openStore(ctx);
  if (!store.meetingIds().includes(meetingId) && !store.problems.some((p) => p.file.endsWith(`${meetingId}.json`))) {
    throw new StoreError(
      'NOT_FOUND',
      `There is no meeting with id ${meetingId} in ${store.dataDir}; \`npm run cli -- list\` shows the meetings and their ids`,
    );
  }
  const meeting = store.meeting(meetingId);
  return { meeting, committee: store.committee(meeting.committeeId) };
}

async function fromFile(ctx: CliContext, path: string): Promise<{ meeting: Meeting; committee: Committee }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new StoreError('INVALID_FILE', `${path} is not a readable JSON file: ${(err as Error).message}`);
  }
  const doc = (typeof json === 'object' && json !== null ? json : {}) as {
    format?: unknown;
    version?: unknown;
    meeting?: unknown;
    committee?: unknown;
  };
  if (doc.format === MEETING_FORMAT) {
    // A bare meeting file: its committee comes from the data folder.
    const loaded = loadMeeting(json);
    if (!loaded.ok) throw new StoreError('INVALID_FILE', `${path} ${loaded.problem.message}`);
    const store = await openStore(ctx);
    const committee = store.committees.find((c) => c.id === loaded.value.committeeId);
    if (!committee) {
      throw new StoreError(
        'NOT_FOUND',
        `${path} is a meeting of committee ${loaded.value.committeeId}, which is not in ${store.dataDir}; use a file made with export-meeting instead`,
      );
    }
    return { meeting: loaded.value, committee };
  }
  if (doc.format !== MEETING_EXPORT_FORMAT) {
    throw new StoreError(
      'INVALID_FILE',
      `${path} is not a Scrutineer meeting file (format ${JSON.stringify(doc.format ?? null)}); export one with \`npm run cli -- export-meeting\``,
    );
  }
  if (typeof doc.version === 'number' && doc.version > MEETING_EXPORT_VERSION) {
    throw new StoreError(
      'FUTURE_VERSION',
      `${path} was written by a newer Scrutineer (version ${doc.version}); update the app to read it`,
    );
  }
  const loaded = loadMeeting(doc.meeting);
  if (!loaded.ok) throw new StoreError('INVALID_FILE', `The meeting in ${path} ${loaded.problem.message}`);
  const committee = Committee.safeParse(doc.committee);
  if (!committee.success) {
    const issue = committee.error.issues[0];
    throw new StoreError(
      'INVALID_FILE',
      `The committee in ${path} is damaged (${issue?.path.join('.') || '(top)'}: ${issue?.message})`,
    );
  }
  if (committee.data.id !== loaded.value.committeeId)
    throw new StoreError('INVALID_FILE', `${path} holds a meeting of another committee than the one it carries`);
  return { meeting: loaded.value, committee: committee.data };
}

/** Written beside the target, then renamed over it: a failed export never leaves half a file. */
export async function writeOut(out: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(out);
  if (!(await folderExists(folder)))
    throw new StoreError('NO_OUTPUT_FOLDER', `The folder ${folder} does not exist; create it or choose another --out`);
  if (await folderExists(out))
    throw new StoreError(
      'OUTPUT_IS_FOLDER',
      `${out} is a folder; give a file name, e.g. --out ${out.replace(/[\\/]+$/, '')}/file.docx`,
    );
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, out);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new StoreError(
      'NOT_SAVED',
      `Could not write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** A meeting id from the data folder (read-only, no lock), or an exported meeting file. */
export async function meetingFromSource(
  ctx: CliContext,
  source: string,
): Promise<{ meeting: Meeting; committee: Committee }> {
  const path = resolve(source);
  if (await isFile(path)) return fromFile(ctx, path);
  if (looksLikePath(source)) throw new StoreError('NOT_FOUND', `There is no file ${path}`);
  return fromStore(ctx, source);
}
