// The sample committee and its 19 September 2016 meeting (resources/sample), through the real loaders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Committee, Meeting } from '$shared/domain';
import { loadCommitteesFile, loadMeeting } from '$shared/domain';

const root = join(import.meta.dirname, '../../..');

export function loadSample(): { meeting: Meeting; committee: Committee } {
  const committees = loadCommitteesFile(
    JSON.parse(readFileSync(join(root, 'resources/sample/committees.json'), 'utf8')),
  );
  if (!committees.ok) throw new Error(`sample committees.json ${committees.problem.message}`);
  const dir = join(root, 'resources/sample/meetings');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const meeting = loadMeeting(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!meeting.ok) throw new Error(`sample meeting ${file} ${meeting.problem.message}`);
    if (meeting.value.date !== '2016-09-19') continue;
    const committee = committees.value.committees.find((c) => c.id === meeting.value.committeeId);
    if (!committee) throw new Error(`sample meeting ${file} names a committee that is not in committees.json`);
    return { meeting: meeting.value, committee };
  }
  throw new Error('no sample meeting of 19 September 2016 in resources/sample/meetings');
}

export function readFixture(name: string): string {
  return readFileSync(join(root, 'tests/fixtures', name), 'utf8');
}
