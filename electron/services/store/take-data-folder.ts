// The first steps of opening a data folder for writing: its meetings folder made, its lock taken
// (or the reason another Scrutineer holds it), and an empty folder seeded with the sample committee.
import { join } from 'node:path';
import { describeFileError, type FileLayer } from './file-layer';
import { seedFirstRun } from './first-run';
import { acquireLock, DataFolderLockedError, LOCK_FILE, type HeldLock } from './lock';
import { cannotStart, StoreError } from './store-error';

/** Makes `meetingsDir` and takes the folder's lock; a folder that cannot be written is said so. */
export async function lockDataFolder(files: FileLayer, dataDir: string, meetingsDir: string): Promise<HeldLock> {
  try {
    await files.mkdir(join(dataDir, meetingsDir));
  } catch (err) {
    throw new StoreError(
      'DATA_DIR_UNWRITABLE',
      `The data folder ${dataDir} cannot be created or written: ${describeFileError(err)}`,
    );
  }
  try {
    return await acquireLock(files, dataDir);
  } catch (err) {
    if (err instanceof DataFolderLockedError) throw err;
    throw cannotStart(dataDir, `its lock file ${join(dataDir, LOCK_FILE)}`, err);
  }
}

/** Seeds an empty data folder with the sample committee; answers the notice to show, if it did. */
export async function seedIfNew(files: FileLayer, dataDir: string, sampleDir: string): Promise<string | undefined> {
  const seeded = await seedFirstRun(files, dataDir, sampleDir).catch((err: unknown) => {
    throw cannotStart(dataDir, 'the sample committee (copied into a new data folder)', err);
  });
  return seeded
    ? 'This is a new data folder: it starts with the sample committee and its meeting of 19 September 2016.'
    : undefined;
}
