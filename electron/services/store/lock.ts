import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeFileError, errnoCode, type FileLayer } from './file-layer';
import { ownStamp, processStamp, sameProcess, type ProcessStamp } from './process-stamp';

export const LOCK_FILE = 'scrutineer.lock';

interface LockInfo {
  pid: number;
  host: string;
  /** When the lock was taken. */
  startedAt: string;
  /** The holder's own start (process-stamp.ts), so a later process given the same id is told apart. */
  bootId?: string;
  startTicks?: number;
  processStartedAt?: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    message: string,
    /** LOCKED: another Scrutineer holds the folder; LOCK_FILE_UNUSABLE: the lock file itself cannot be used. */
    readonly code: 'LOCKED' | 'LOCK_FILE_UNUSABLE' = 'LOCKED',
  ) {
    super(message);
    this.name = 'DataFolderLockedError';
  }
}

/**
 * Reads the lock (or its guard): null when it is not there (released meanwhile). A folder in its
 * place, or a file that cannot be read, is reported in words: waiting would never end it.
 */
async function readLockFile(files: FileLayer, path: string, dataDir: string): Promise<Buffer | null> {
  try {
    return await files.readFile(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') {
      throw new DataFolderLockedError(
        `Scrutineer cannot lock its data folder ${dataDir}: ${path} is a folder, where Scrutineer keeps its lock file. ` +
          "Nothing was changed. That folder is not part of Scrutineer's data: move it elsewhere or delete it, then start Scrutineer again.",
        'LOCK_FILE_UNUSABLE',
      );
    }
    throw new DataFolderLockedError(
      `Scrutineer cannot lock its data folder ${dataDir}: its lock file ${path} cannot be read (${describeFileError(err)}). Nothing was changed. ` +
        'If no Scrutineer is open on this folder, delete that file, then start Scrutineer again.',
      'LOCK_FILE_UNUSABLE',
    );
  }
}

export interface HeldLock {
  /** Set when a stale lock was taken over: tell the user once. */
  notice?: string;
  /**
   * Throws LockLostError unless the lock file is still the one this process wrote: called before
   * every write. Cheap: a stat, and a read only when the file's size, time or inode changed.
   * Once lost, always lost: another process may be writing in the folder.
   */
  verify(): Promise<void>;
  release(): Promise<void>;
}

/** The lock was deleted, or another process took it, while this one held it: nothing more may be written. */
export class LockLostError extends Error {
  readonly code = 'ELOCKLOST';
  constructor(
    readonly file: string,
    /** What happened, following the file's name ("was deleted while …"). */
    readonly detail: string,
  ) {
    super(`Scrutineer's lock file ${file} ${detail}`);
    this.name = 'LockLostError';
  }
}

/** Lock files this process holds (path to the holder's bytes): a second Store on the same folder in the same process is refused too. */
const heldHere = new Map<string, Buffer>();

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}

function parseLock(bytes: Buffer): LockInfo | null {
  try {
    const v = JSON.parse(bytes.toString('utf8')) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string') return null;
    return {
      pid: v.pid,
      host: v.host,
      startedAt: String(v.startedAt ?? ''),
      ...(typeof v.bootId === 'string' ? { bootId: v.bootId } : {}),
      ...(typeof v.startTicks === 'number' ? { startTicks: v.startTicks } : {}),
      ...(typeof v.processStartedAt === 'string' ? { processStartedAt: v.processStartedAt } : {}),
    };
  } catch {
    return null;
  }
}

function lockInfoOf(stamp: ProcessStamp): LockInfo & { nonce: string } {
  return {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    // Two stores of one process taking the folder in one millisecond still write different bytes.
    nonce: randomBytes(6).toString('hex'),
    ...(stamp.bootId ? { bootId: stamp.bootId } : {}),
    ...(stamp.startTicks !== undefined ? { startTicks: stamp.startTicks } : {}),
    ...(stamp.startedAtMs !== undefined ? { processStartedAt: new Date(stamp.startedAtMs).toISOString() } : {}),
  };
}

export interface LockOptions {
  isAlive?: (pid: number) => boolean;
  /** What the OS says about a running process (tests give their own). */
  stampOf?: (pid: number) => Promise<ProcessStamp | undefined>;
}

/**
 * Whether the process a lock (or guard) on this computer names still runs: 'gone' (no process
 * has that id), 'reused' (the id now belongs to a process that started later: after a restart
 * ids are handed out again), 'runs', or 'unsure' (alive, and the OS does not say when it started).
 */
async function holderOf(info: LockInfo, opts: Required<LockOptions>): Promise<'gone' | 'reused' | 'runs' | 'unsure'> {
  if (!opts.isAlive(info.pid)) return 'gone';
  const held = {
    ...(info.bootId ? { bootId: info.bootId } : {}),
    ...(info.startTicks !== undefined ? { startTicks: info.startTicks } : {}),
    ...(info.processStartedAt ? { startedAtMs: Date.parse(info.processStartedAt) } : {}),
    lockedAtMs: Date.parse(info.startedAt),
  };
  const same = sameProcess(held, await opts.stampOf(info.pid).catch(() => undefined));
  return same === false ? 'reused' : same ? 'runs' : 'unsure';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A lock or guard file is created first and written a moment later: one that cannot be read yet
 * may be in that moment, so it is judged abandoned (its writer killed in between) only once it
 * is this old. The kill test found a guard left empty that way.
 */
const UNFINISHED_MS = 1000;
const TRY_FOR_MS = 5000;

async function ageOf(files: FileLayer, path: string): Promise<number> {
  return files.stat(path).then(
    (st) => Date.now() - st.mtimeMs,
    () => 0,
  );
}

/**
 * Removes the stale lock `stale`, and only it. Several processes may judge the same lock stale
 * at once, so removing is reserved to the one holding a short-lived guard file: it checks the
 * lock is still the stale one, then removes it. Nobody else ever removes someone else's lock.
 * Answers whether it removed it.
 */
async function removeStale(
  files: FileLayer,
  dataDir: string,
  path: string,
  stale: Buffer,
  me: LockInfo,
  opts: Required<LockOptions>,
): Promise<boolean> {
  const guard = `${path}.takeover`;
  try {
    await files.createExclusive(guard, Buffer.from(JSON.stringify(me)));
  } catch (err) {
    if (errnoCode(err) !== 'EEXIST') throw err;
    // A guard left by a process that died while taking over (or before it finished writing it) is cleared.
    const guardBytes = await readLockFile(files, guard, dataDir);
    if (guardBytes === null) return false;
    const g = parseLock(guardBytes);
    // A takeover holds its guard for milliseconds: one older than TRY_FOR_MS is left over, whoever wrote it.
    const age = await ageOf(files, guard);
    const abandoned = g
      ? age > TRY_FOR_MS ||
        (g.host === me.host && g.pid !== me.pid && ['gone', 'reused'].includes(await holderOf(g, opts)))
      : age > UNFINISHED_MS;
    if (abandoned) await files.unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    const now = await files.readFile(path).catch(() => null);
    if (!now || !now.equals(stale)) return false;
    await files.unlink(path);
    return true;
  } finally {
    await files.unlink(guard).catch(() => undefined);
  }
}

type Stat = Awaited<ReturnType<FileLayer['stat']>>;
const identityOf = (st: Stat) => `${st.size}:${st.mtimeMs}:${st.ino ?? ''}`;

function holding(files: FileLayer, dataDir: string, path: string, bytes: Buffer, notice: string | undefined): HeldLock {
  let known: string | undefined;
  let lost: LockLostError | undefined;
  const openAgain =
    'To protect what it writes, nothing more is saved from this window. Your edits since are kept on screen, unsaved: copy out anything you need, then close this window and work in the other one (or open Scrutineer again).';
  return {
    ...(notice ? { notice } : {}),
    async verify() {
      if (lost) throw lost;
      let st: Stat;
      try {
        st = await files.stat(path);
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') return; // cannot tell (the write that follows will say why)
        lost = new LockLostError(
          path,
          `was deleted while this window was open, so another Scrutineer may have opened the data folder ${dataDir} and be writing there. ${openAgain}`,
        );
        throw lost;
      }
      if (identityOf(st) === known) return;
      const now = await files.readFile(path).catch(() => null);
      if (now?.equals(bytes)) {
        known = identityOf(st);
        return;
      }
      const other = now && parseLock(now);
      lost = new LockLostError(
        path,
        other
          ? `now names another process (${other.pid} on ${other.host}, since ${other.startedAt}): another Scrutineer opened the data folder ${dataDir} while this window was open. ${openAgain}`
          : `was replaced while this window was open, so another Scrutineer may have opened the data folder ${dataDir} and be writing there. ${openAgain}`,
      );
      throw lost;
    },
    async release() {
      if (heldHere.get(path) === bytes) heldHere.delete(path);
      const current = await files.readFile(path).catch(() => null);
      if (current?.equals(bytes)) await files.unlink(path).catch(() => undefined);
    },
  };
}

/**
 * One writer per data folder: a lock file naming the process, host and start time.
 * A lock held by a live process is refused clearly; one whose process is gone is taken over with a notice.
 */
export async function acquireLock(files: FileLayer, dataDir: string, options: LockOptions = {}): Promise<HeldLock> {
  const opts: Required<LockOptions> = {
    isAlive: options.isAlive ?? processIsAlive,
    stampOf: options.stampOf ?? processStamp,
  };
  const path = join(dataDir, LOCK_FILE);
  const mine = lockInfoOf(await ownStamp().catch(() => ({})));
  const bytes = Buffer.from(JSON.stringify(mine));
  let notice: string | undefined;
  for (const giveUpAt = Date.now() + TRY_FOR_MS; Date.now() < giveUpAt;) {
    try {
      await files.createExclusive(path, bytes);
      heldHere.set(path, bytes);
      return holding(files, dataDir, path, bytes, notice);
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err;
    }
    const heldBytes = await readLockFile(files, path, dataDir);
    if (heldBytes === null) continue; // released meanwhile: try again
    const held = parseLock(heldBytes);
    if (held && held.host !== mine.host) {
      throw new DataFolderLockedError(
        `The data folder ${dataDir} is in use by Scrutineer on another computer (${held.host}, process ${held.pid}, since ${held.startedAt}). ` +
          `Close it there first. If that computer is off and you are sure, delete ${path}.`,
      );
    }
    const holder = !held
      ? 'gone'
      : held.pid === mine.pid
        ? heldHere.has(path)
          ? 'runs'
          : 'gone'
        : await holderOf(held, opts);
    if (held && (holder === 'runs' || holder === 'unsure')) {
      throw new DataFolderLockedError(
        `Scrutineer is already open on the data folder ${dataDir} (process ${held.pid}, since ${held.startedAt}). Use that window, or close it first.` +
          (holder === 'unsure'
            ? ` If no Scrutineer is open on this computer, process ${held.pid} is another program now (process numbers are reused after a restart) and the lock was left behind: delete ${path}, then start Scrutineer again.`
            : ''),
      );
    }
    if (!held && (await ageOf(files, path)) <= UNFINISHED_MS) {
      await sleep(20);
      continue; // perhaps being written this instant
    }
    if (await removeStale(files, dataDir, path, heldBytes, mine, opts)) {
      notice = !held
        ? `An unreadable lock file in ${dataDir} was replaced.`
        : holder === 'reused'
          ? `A lock left by Scrutineer process ${held.pid} (started ${held.startedAt}), which is no longer running, was taken over; process number ${held.pid} now belongs to another program.`
          : `A lock left by Scrutineer process ${held.pid} (started ${held.startedAt}), which is no longer running, was taken over.`;
    } else await sleep(5 + Math.random() * 20);
  }
  throw new DataFolderLockedError(`Could not take the lock on ${dataDir}: another process keeps taking it.`);
}
