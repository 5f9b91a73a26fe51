// Benchmark: the checks before sign-off on the three-hour meeting (12 items, about 15,000 words
// with people named, actions and resolutions: bench/typing-meeting.ts), target ≤ 200 ms; and on
// the published minutes of 19 September 2016 read back as plain text (every name unreferenced,
// so the name check reads them all).
//   npx tsx bench/checks.bench.ts
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '$shared/checks';
import { applyMeetingCommandOrThrow } from '$shared/commands';
import { loadCommitteesFile, newMeeting, type Committee, type Meeting } from '$shared/domain';
import { threeHourSteps } from './typing-meeting';
import { atMost, report } from './results';
import { publishedMinutesAsMeeting } from '../tests/fixtures/checks/published-as-meeting';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
const TARGET_MS = 200;
const RUNS = 30;

function sampleCommittee(): Committee {
  const file = loadCommitteesFile(JSON.parse(readFileSync(join(ROOT, 'resources/sample/committees.json'), 'utf8')));
  if (!file.ok || !file.value.committees[0])
    throw new Error('resources/sample/committees.json is needed for the benchmark');
  return file.value.committees[0];
}

function threeHourMeeting(committee: Committee): { meeting: Meeting; words: number } {
  const ctx = { now: { date: '2016-09-19', time: '22:00' }, timestamp: '2016-09-19T21:00:00.000Z', committee };
  let meeting = newMeeting({
    committeeId: committee.id,
    date: '2016-09-19',
    startTime: '19:00',
    venue: '',
    agenda: [],
    at: new Date('2016-09-01T10:00:00Z'),
  });
  const { steps, words } = threeHourSteps(committee);
  for (let i = 0; i < steps.length; i += 500)
    meeting = applyMeetingCommandOrThrow(meeting, 'meeting:batch', { steps: steps.slice(i, i + 500) }, ctx);
  return { meeting, words };
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function measure(label: string, meeting: Meeting, committee: Committee): number {
  const first = time(() => runChecks(meeting, committee));
  const runs = Array.from({ length: RUNS }, () => time(() => runChecks(meeting, committee))).sort((a, b) => a - b);
  const median = runs[Math.floor(RUNS / 2)]!;
  const min = runs[0]!;
  const p95 = runs[Math.floor(RUNS * 0.95)]!;
  const findings = runChecks(meeting, committee);
  console.log(
    `${label}: first run ${first.toFixed(1)} ms (cold), then min ${min.toFixed(1)} ms, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${RUNS} runs; ${findings.length} finding(s)`,
  );
  return median;
}

const committee = sampleCommittee();
console.log(`Machine: ${cpus().length} CPU(s), load average ${loadavg()[0]!.toFixed(1)}`);
const { meeting, words } = threeHourMeeting(committee);
const median = measure(
  `Checks on the three-hour meeting (${meeting.agenda.length} items, ${meeting.notes.length} paragraphs, ${words} words)`,
  meeting,
  committee,
);
measure(
  'Checks on the published minutes as plain text (every name unreferenced)',
  publishedMinutesAsMeeting(committee.id),
  committee,
);
report('checks on the three-hour meeting, median', median, 'ms', atMost(TARGET_MS), `${RUNS} runs`);
console.log(
  `Target ≤ ${TARGET_MS} ms for the three-hour meeting (median run): ${median <= TARGET_MS ? 'met' : 'NOT met'} (${median.toFixed(1)} ms). ` +
    'The first run also compiles the code; on a loaded machine the spread is wide, so read min and median together.',
);
