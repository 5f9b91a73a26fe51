import { hostname } from 'node:os';
import { join } from 'node:path';
import { errnoCode, type FileLayer } from './file-layer';

export const LOCK_FILE = 'scrutineer.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export class DataFolderLockedError extends Error {
  readonly code = 'LOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderLockedError';
  }
}

export interface HeldLock {
  /** Set when a stale lock was taken over: tell the user once. */
  notice?: string;
  release(): Promise<void>;
}

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
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host, startedAt: String(v.startedAt ?? '') } : null;
  } catch {
    return null;
  }
}

/**
 * One writer per data folder: a lock file naming the process, host and start time.
 * A lock held by a live process is refused clearly; one whose process is gone is taken over with a notice.
 */
export async function acquireLock(files: FileLayer, dataDir: string, opts: { isAlive?: (pid: number) => boolean } = {}): Promise<HeldLock> {
  const isAlive = opts.isAlive ?? processIsAlive;
  const path = join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const bytes = Buffer.from(JSON.stringify(mine));
  let notice: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await files.createExclusive(path, bytes);
      return {
        ...(notice ? { notice } : {}),
        release: async () => {
          const current = await files.readFile(path).then(parseLock, () => null);
          if (current && current.pid === mine.pid && current.host === mine.host) await files.unlink(path).catch(() => undefined);
        },
      };
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err;
    }
    const held = await files.readFile(path).then(parseLock, () => null);
    if (held && held.host !== mine.host) {
      throw new DataFolderLockedError(
        `The data folder ${dataDir} is in use by Scrutineer on another computer (${held.host}, process ${held.pid}, since ${held.startedAt}). ` +
          `Close it there first. If that computer is off and you are sure, delete ${path}.`,
      );
    }
    if (held && held.pid !== mine.pid && isAlive(held.pid)) {
      throw new DataFolderLockedError(
        `Scrutineer is already open on the data folder ${dataDir} (process ${held.pid}, since ${held.startedAt}). Use that window, or close it first.`,
      );
    }
    notice = held
      ? `A lock left by Scrutineer process ${held.pid} (started ${held.startedAt}), which is no longer running, was taken over.`
      : `An unreadable lock file in ${dataDir} was replaced.`;
    await files.unlink(path).catch(() => undefined);
  }
  throw new DataFolderLockedError(`Could not take the lock on ${dataDir}: another process keeps taking it.`);
}
