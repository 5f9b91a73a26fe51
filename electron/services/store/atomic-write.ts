import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileLayer } from './file-layer';
import { logged } from '../log/log';

/**
 * Write = unique temp file, fsync, rename over the target, fsync the folder.
 * A crash at any point leaves either the old file or the new one, never a mix;
 * a failure removes the temp file and leaves the old file as it was.
 */
export async function writeFileAtomic(files: FileLayer, target: string, data: Uint8Array): Promise<void> {
  await writeFileAtomicStat(files, target, data, false);
}

export type FileStat = Awaited<ReturnType<FileLayer['stat']>>;

/**
 * The same write, answering the new file's stat (size, time, inode): taken of the temp file before
 * the rename, which keeps both, so it is the stat of exactly the version written here, even if
 * someone replaces the file an instant later. Undefined if the stat failed.
 */
export async function writeFileAtomicStat(
  files: FileLayer,
  target: string,
  data: Uint8Array,
  stat = true,
): Promise<FileStat | undefined> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let written: FileStat | undefined;
  try {
    await files.writeFileSynced(temp, data);
    if (stat) written = await files.stat(temp).catch(() => undefined);
    await files.rename(temp, target);
  } catch (err) {
    await files
      .unlink(temp)
      .catch(logged(files.failureLog, 'A temporary file was not removed after a failed write', temp));
    throw err;
  }
  await files.fsyncDir(dir);
  return written;
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}
