import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, type FileLayer } from './file-layer';
import { logged } from '../log/log';

/**
 * A new data folder starts with the sample committee and its meeting, so a new user
 * sees a real example at once. Only an empty folder is seeded: never over anything.
 */
export async function seedFirstRun(files: FileLayer, dataDir: string, sampleDir: string): Promise<boolean> {
  const committeesPath = join(dataDir, 'committees.json');
  const exists = await files.stat(committeesPath).then(
    () => true,
    (err: unknown) => errnoCode(err) !== 'ENOENT',
  );
  if (exists) return false;
  const meetingNames = (await files.readdir(join(dataDir, 'meetings')).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.json'),
  );
  if (meetingNames.length > 0) return false;
  const sampleMeetings = (await files.readdir(join(sampleDir, 'meetings')).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.json'),
  );
  const written: string[] = [];
  try {
    for (const name of sampleMeetings) {
      const target = join(dataDir, 'meetings', name);
      await writeFileAtomic(files, target, await files.readFile(join(sampleDir, 'meetings', name)));
      written.push(target);
    }
    await writeFileAtomic(files, committeesPath, await files.readFile(join(sampleDir, 'committees.json')));
  } catch (err) {
    // Half a sample (a meeting without its committee) would be kept as the user's data and never
    // seeded again: what was copied is removed, so the next start seeds the folder afresh.
    for (const path of written)
      await files
        .unlink(path)
        .catch(logged(files.failureLog, 'Part of a half-copied sample committee was not removed', path));
    throw err;
  }
  return true;
}
