// Fuzzing every API channel through handle() and the real router, on a real data folder:
// arbitrary JSON and mutations of a valid payload built from the folder's own data. Every
// answer must be a Result (no exception, no internal error), nothing may leak into
// Object.prototype, and after every accepted call every file must still load, cross-reference
// cleanly and equal what the service holds (so no invalid input was accepted).
// `npm test` runs 60 payloads a channel (180 for rich content); `npm run test:fuzz` runs 10,000 (FUZZ_RUNS overrides both),
// in two processes, half the channels each (scripts/run-fuzz.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract } from '$shared/api';
import { openFixture, rebuild, type Fixture } from '../fuzz/fuzz-fixture';
import { meetingFor, planningIds, validPayload } from '../fuzz/valid-payloads';
import { applyPlan, plan } from '../fuzz/mutations';
import { dataFolderProblems, notAResult, prototypeProblems } from '../fuzz/invariants';
import { prng } from '../crash/session-script';
import { tempDir } from '../helpers/temp-dir';

const FULL = process.env.npm_lifecycle_event === 'test:fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? (FULL ? 10_000 : 60));
/**
 * Channels that take rich content (paragraphs of inline runs, clause lists, batches, amendments,
 * imported agendas) get more payloads in npm test: a channel that threw on an empty content was
 * missed at 60 and caught at 1,000.
 */
const RICH =
  /^(notes:|resolutions:set|actions:(add|update)|review:(suggest|suggestList|importComments)|minutes:amend|meeting:batch|agenda:(addItem|updateItem)|import:createMeeting|questions:(add|update)|declarations:(add|update))/;
const runsFor = (channel: string) => (process.env.FUZZ_RUNS || FULL || !RICH.test(channel) ? RUNS : RUNS * 3);
// FUZZ_SEED, or the seed tests/setup/fast-check-seed.ts chose and printed for this file.
const SEED = fc.readConfigureGlobal().seed ?? 0;
const CALL_TIMEOUT_MS = 15_000;
// FUZZ_SHARD=i/n: this process takes every n-th channel from the i-th (the full run uses both cores).
const [SHARD, SHARDS] = (process.env.FUZZ_SHARD ?? '1/1').split('/').map(Number) as [number, number];
// FUZZ_CHANNELS=a,b: only these channels (to finish or repeat part of a full run).
const ONLY = process.env.FUZZ_CHANNELS?.split(',').filter(Boolean);
const CHANNELS = Object.keys(contract)
  .filter((c) => !ONLY || ONLY.includes(c))
  .filter((_, i) => i % SHARDS === SHARD - 1);

let fixture: Fixture;
let cleanup: () => Promise<void>;
const totals = { runs: 0, accepted: 0, refused: 0, failures: [] as string[] };

beforeAll(async () => {
  const t = await tempDir('scrutineer-fuzz-');
  cleanup = t.cleanup;
  fixture = await openFixture(t.dir);
});

afterAll(async () => {
  await fixture.close();
  await cleanup();
  console.log(
    `API fuzz (seed ${SEED}): ${totals.runs} payloads over ${CHANNELS.length} channels${SHARDS > 1 ? ` (shard ${SHARD} of ${SHARDS})` : ''}, ${totals.accepted} accepted, ${totals.refused} refused, ${totals.failures.length} failures`,
  );
});

const MAX_MEETINGS = 16;
const MAX_COMMITTEES = 4;
const RENEW_EVERY_ACCEPTED = 400;

async function freshFixture(): Promise<void> {
  await fixture.close();
  const t = await tempDir('scrutineer-fuzz-');
  await cleanup();
  cleanup = t.cleanup;
  fixture = await openFixture(t.dir);
}

const NO_PLANNING = { workProgramme: { dates: [], itemIds: [] }, actionLog: { entryIds: [] } };
const timeout = (ms: number) => new Promise<'hang'>((r) => setTimeout(() => r('hang'), ms).unref());
const short = (v: unknown) => {
  let s: string;
  try {
    s = JSON.stringify(v) ?? 'undefined';
  } catch (err) {
    s = `(${(err as Error).message}) ${String(v)}`;
  }
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s;
};

describe('fuzzing the API', () => {
  it.each(CHANNELS)(
    '%s: every answer a Result, no invalid input accepted',
    { timeout: Math.max(60_000, RUNS * 3 * 300) },
    async (channel) => {
      const rand = prng(SEED ^ channel.length);
      const plans = fc.sample(plan, { numRuns: runsFor(channel), seed: SEED + channel.length });
      const failures: string[] = [];
      let accepted = 0;
      for (const p of plans) {
        await rebuild(fixture);
        const meeting = meetingFor(channel, fixture, rand);
        const planning = /^(workProgramme|actionLog):|docs:export(ActionLog|WorkProgramme)/.test(channel)
          ? await planningIds(fixture)
          : NO_PLANNING;
        const valid = await validPayload({ f: fixture, channel, meeting, rand, ...planning });
        const payload = applyPlan(valid, p);
        const answer = await Promise.race([fixture.call(channel, payload), timeout(CALL_TIMEOUT_MS)]);
        const wrong = answer === 'hang' ? `no answer within ${CALL_TIMEOUT_MS} ms` : notAResult(answer);
        const leaks = prototypeProblems();
        if (wrong || leaks.length)
          failures.push(`${channel} ${short(payload)}: ${[wrong, ...leaks].filter(Boolean).join('; ')}`);
        if (answer !== 'hang' && answer.ok) {
          accepted++;
          const broken = await dataFolderProblems(fixture.store);
          if (broken.length) {
            failures.push(`${channel} accepted ${short(payload)} and left: ${broken.slice(0, 3).join('; ')}`);
            // Start again from a clean folder so one bad acceptance is reported once.
            await freshFixture();
          }
        }
        // Every accepted call re-reads the whole folder: keep it the size of a committee's year, not
        // thousands of meetings, committees, questions or history entries made by accepted fuzzed
        // calls, so 10,000 payloads a channel stay minutes long, not hours.
        const grown = accepted > 0 && accepted % RENEW_EVERY_ACCEPTED === 0 && answer !== 'hang' && answer.ok;
        if (
          grown ||
          fixture.store.meetingIds().length > MAX_MEETINGS ||
          fixture.store.committees.length > MAX_COMMITTEES
        )
          await freshFixture();
      }
      totals.runs += plans.length;
      totals.accepted += accepted;
      totals.refused += plans.length - accepted;
      totals.failures.push(...failures);
      expect(failures.slice(0, 5)).toEqual([]);
    },
  );
});
