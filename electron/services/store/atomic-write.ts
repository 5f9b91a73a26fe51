import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileLayer } from './file-layer';

/**
 * Write = unique temp file, fsync, rename over the target, fsync the folder.
 * A crash at any point leaves either the old file or the new one, never a mix;
 * a failure removes the temp file and leaves the old file as it was.
 */
export async function writeFileAtomic(files: FileLayer, target: string, data: Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await files.writeFileSynced(temp, data);
    await files.rename(temp, target);
  } catch (err) {
    await files.unlink(temp).catch(() => undefined);
    throw err;
  }
  await files.fsyncDir(dir);
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}
