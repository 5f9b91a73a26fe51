// The data folder the keyboard replay starts from: the sample committee without its meeting, and
// with a few people and one action owner out of its roster, so that the console adds them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preparing, SAMPLE_DIR } from './fixtures';
import { NOT_IN_ROSTER } from './live-replay-script';

export function rosterWithout() {
  return preparing(async (dataDir: string) => {
    await mkdir(join(dataDir, 'meetings'), { recursive: true });
    const file = JSON.parse(await readFile(join(SAMPLE_DIR, 'committees.json'), 'utf8'));
    const committee = file.committees[0];
    committee.people = committee.people.filter((p: { name: string }) => !NOT_IN_ROSTER.includes(p.name));
    committee.actionOwners = committee.actionOwners.filter((o: string) => o !== 'Centrepoint');
    await writeFile(join(dataDir, 'committees.json'), JSON.stringify(file, null, 2));
  });
}
