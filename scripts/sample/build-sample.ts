// Writes the first-run sample: resources/sample/committees.json and
// resources/sample/meetings/<meeting-id>.json. Run: npx tsx scripts/sample/build-sample.ts
// Ids are kept in scripts/sample/sample-ids.json, so a rebuild changes only what the sources change.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSample, toFileText } from './sample-builder';
import { SampleIds } from './sample-ids';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const idsPath = join(here, 'sample-ids.json');
const narrativePath = join(here, 'narrative-2016-09-19.md');
const outDir = join(root, 'resources/sample');
const meetingsDir = join(outDir, 'meetings');

function main(): void {
  const known = existsSync(idsPath) ? (JSON.parse(readFileSync(idsPath, 'utf8')) as Record<string, string>) : {};
  const ids = new SampleIds(known, true);
  const sample = buildSample(readFileSync(narrativePath, 'utf8'), ids);

  mkdirSync(meetingsDir, { recursive: true });
  writeFileSync(join(outDir, 'committees.json'), toFileText(sample.committeesFile));
  const meetingFile = `${sample.meeting.id}.json`;
  writeFileSync(join(meetingsDir, meetingFile), toFileText(sample.meeting));
  // A meeting file under another id is a leftover of an earlier build of this sample.
  for (const f of readdirSync(meetingsDir)) if (f.endsWith('.json') && f !== meetingFile) rmSync(join(meetingsDir, f));
  writeFileSync(idsPath, toFileText(ids.toJSON()));

  const m = sample.meeting;
  console.log(
    `Sample written: ${sample.committeesFile.committees[0]?.people.length} people; meeting ${m.id}: ` +
      `${m.agenda.length} items, ${m.notes.length} paragraphs, ${m.actions.length} actions, ${m.resolutions.length} resolutions` +
      (ids.created.length ? `; ${ids.created.length} new ids` : ''),
  );
}

try {
  main();
} catch (e) {
  console.error(`build-sample: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
