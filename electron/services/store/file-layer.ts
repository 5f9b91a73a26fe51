import { promises as fsp, constants } from 'node:fs';
import { dirname } from 'node:path';
import type { Log } from '../log/log';

/**
 * Every byte the store reads or writes goes through this interface, so tests can
 * inject ENOSPC, EROFS, EACCES and crashes (they run as root, where chmod proves nothing),
 * and the power-loss suite can record the sequence of writes, fsyncs and renames.
 */
export interface FileLayer {
  readFile(path: string): Promise<Buffer>;
  /** Creates or truncates `path`, writes all of `data`, fsyncs it and closes it. */
  writeFileSynced(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** fsync a directory, so a rename inside it survives power loss. */
  fsyncDir(path: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates a folder and its parents, durably: the folder holding each new one is fsynced. */
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** `ino` where the file system has one: with size and mtime, what tells one version of a file from another without reading it. */
  stat(path: string): Promise<{ isFile: boolean; isDirectory: boolean; size: number; mtimeMs: number; ino?: number }>;
  /** Creates a file only if it does not exist (for the lock); throws EEXIST otherwise. */
  createExclusive(path: string, data: Uint8Array): Promise<void>;
  /** Where failed clean-ups (a temporary file left behind) are written; the store gives its own. */
  failureLog?: Log;
}

async function syncDirectory(path: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals renames itself.
  if (process.platform === 'win32') return;
  const handle = await fsp.open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const nodeFileLayer: FileLayer = {
  readFile: (path) => fsp.readFile(path),
  async writeFileSynced(path, data) {
    const handle = await fsp.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  fsyncDir: syncDirectory,
  unlink: (path) => fsp.unlink(path),
  async mkdir(path) {
    const first = await fsp.mkdir(path, { recursive: true, mode: 0o700 });
    if (first === undefined) return;
    // A new folder (and the files about to be written in it) survives power loss only once its parent is fsynced.
    for (let dir = path; ; dir = dirname(dir)) {
      await syncDirectory(dirname(dir));
      if (dir === first || dirname(dir) === dir) break;
    }
  },
  readdir: (path) => fsp.readdir(path),
  async stat(path) {
    const s = await fsp.stat(path);
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  },
  async createExclusive(path, data) {
    const handle = await fsp.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (err) {
      // The file is ours (O_EXCL made it): on a full disk it would be left empty, and an empty
      // lock file is one the next start must wait on, then judge. Removed, it is as if never made.
      await handle.close().catch(() => undefined);
      await fsp.unlink(path).catch(() => undefined);
      throw err;
    }
    await handle.close();
  },
};

/** The error code of a failed file operation ("ENOSPC"), or undefined. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

/** Words for the errors a user can do something about. */
export function describeFileError(err: unknown): string {
  switch (errnoCode(err)) {
    case 'ELOCKLOST': // the store's own (lock.ts, json-document.ts): their messages are already in words
    case 'ECHANGED':
      return err instanceof Error ? err.message : String(err);
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission was refused';
    case 'ENOENT':
      return 'the file or folder does not exist';
    case 'EISDIR':
      return 'a folder is where a file should be';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** A file layer whose writes first pass `check` (the lock): reads are left alone. */
export function guardWrites(files: FileLayer, check: () => Promise<void>, log?: Log): FileLayer {
  return {
    failureLog: log ?? files.failureLog,
    readFile: (p) => files.readFile(p),
    writeFileSynced: async (p, d) => (await check(), files.writeFileSynced(p, d)),
    rename: async (a, b) => (await check(), files.rename(a, b)),
    fsyncDir: (p) => files.fsyncDir(p),
    unlink: async (p) => (await check(), files.unlink(p)),
    mkdir: async (p) => (await check(), files.mkdir(p)),
    readdir: (p) => files.readdir(p),
    stat: (p) => files.stat(p),
    createExclusive: async (p, d) => (await check(), files.createExclusive(p, d)),
  };
}
