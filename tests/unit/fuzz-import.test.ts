// Fuzzing agenda import (extraction + parsing) with damaged, mutated, random and hostile files:
// every file gets an answer, a result or a specific error in words; nothing throws, nothing
// hangs. Hostile files (tiny paragraphs or styles by the million, hundreds of MB of text, PDF
// stream bombs) must be refused in words naming the limit, with the process's memory bounded.
// While each file is read, the app's thread is watched: its longest event-loop stall is
// reported, and held to a bound.
// `npm test` runs 120 files; `npm run test:fuzz` runs 10,000 (FUZZ_IMPORT_RUNS or FUZZ_RUNS override both).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAgendaBytes } from '../../electron/services/import/import-agenda';
import { closeImportWorkers } from '../../electron/services/import/in-worker';
import { fileRecipe, loadSeeds, makeFile } from '../fuzz/import-files';
import { allowedStallMs, STALL_TARGET_MS, stopWatching, watchMainThread } from '../fuzz/main-thread-watch';

const FULL = process.env.npm_lifecycle_event === 'test:fuzz';
const RUNS = Number(process.env.FUZZ_IMPORT_RUNS ?? process.env.FUZZ_RUNS ?? (FULL ? 10_000 : 120));
// FUZZ_SEED, or the seed tests/setup/fast-check-seed.ts chose and printed for this file.
const SEED = fc.readConfigureGlobal().seed ?? 0;
/** Above the PDF worker's own 60 s limit: a file answered by that limit is answered, not hung. */
const PER_FILE_MS = 75_000;
/**
 * The app thread's longest stall while a file is read: the target is 50 ms (architecture.md's
 * for IPC). On this 2-core machine, shared with other suites, the OS alone can keep a thread
 * waiting longer; an idle control thread is watched over the same window, and the stall
 * allowed is the target plus twice the control's. The figures are reported (max, p99, median,
 * how many files were over the target) to be read against the target.
 */
/** A hostile file may grow the whole process (its worker included) by at most this. */
const HOSTILE_RSS_MB = 900;

const counts = { files: 0, parsed: 0, refused: new Map<string, number>(), hostile: 0 };
const stalls: number[] = [];
const controlStalls: number[] = [];
/** The files whose stall was furthest over what the control allowed, for the report. */
const worst: { over: number; line: string }[] = [];
const busy: number[] = [];
const hostileCost = { maxRssMb: 0, maxMs: 0, worst: '' };

afterAll(async () => {
  await closeImportWorkers();
  await stopWatching();
  const codes = [...counts.refused].map(([c, n]) => `${c} ${n}`).join(', ');
  const sorted = [...stalls].sort((a, b) => a - b);
  const busySorted = [...busy].sort((a, b) => a - b);
  const controlSorted = [...controlStalls].sort((a, b) => a - b);
  const at = (values: number[], q: number): string =>
    (values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0).toFixed(0);
  const over = stalls.filter((s) => s > STALL_TARGET_MS).length;
  console.log(
    `import fuzz (seed ${SEED}): ${counts.files} files, ${counts.parsed} parsed as agendas, refused: ${codes}\n` +
      `  app thread's longest stall while a file was read: max ${at(sorted, 1)} ms, p99 ${at(sorted, 0.99)} ms, median ${at(sorted, 0.5)} ms; ${over} of ${stalls.length} files over the ${STALL_TARGET_MS} ms target\n` +
      `  an idle control thread's longest stall over the same windows: max ${at(controlSorted, 1)} ms, p99 ${at(controlSorted, 0.99)} ms, median ${at(controlSorted, 0.5)} ms\n` +
      `  app thread busy while a file was read, in all: max ${at(busySorted, 1)} ms, p99 ${at(busySorted, 0.99)} ms, median ${at(busySorted, 0.5)} ms\n` +
      `  closest to the bound: ${worst.map((w) => w.line).join('; ')}\n` +
      `  ${counts.hostile} hostile files, all refused in words: slowest ${hostileCost.maxMs.toFixed(0)} ms, largest memory growth ${hostileCost.maxRssMb.toFixed(0)} MB (${hostileCost.worst})`,
  );
});

const REFUSAL =
  /is too large to read: .*more than [\d,]+|is damaged: its part .* unpacks to more than the size|carries a document type declaration \(DOCTYPE\)/;

describe('fuzzing agenda import', () => {
  it(
    `answers ${RUNS} damaged, mutated, random and hostile files with a result or a specific error`,
    { timeout: Math.max(180_000, RUNS * 3_000) },
    async () => {
      const seeds = await loadSeeds();
      const failures: string[] = [];
      for (const recipe of fc.sample(fileRecipe(seeds.length), { numRuns: RUNS, seed: SEED })) {
        const file = await makeFile(recipe, seeds);
        const kind =
          recipe.kind === 'bytes'
            ? `bytes ${recipe.edits.map((e) => e.op).join('+')}`
            : recipe.kind === 'hostile'
              ? `hostile ${recipe.shape} ${recipe.scale.toFixed(2)}`
              : recipe.kind;
        const describe = `${file.name} (${file.bytes.length} bytes, ${kind})`;
        const watch = await watchMainThread({ collect: recipe.kind === 'hostile' });
        const started = performance.now();
        try {
          const answer = await Promise.race([
            importAgendaBytes(file.bytes, file.name),
            new Promise<'hang'>((r) => setTimeout(() => r('hang'), PER_FILE_MS).unref()),
          ]);
          const ms = performance.now() - started;
          const cost = await watch.stop();
          stalls.push(cost.stallMs);
          controlStalls.push(cost.controlStallMs);
          worst.push({
            over: cost.stallMs - allowedStallMs(cost),
            line: `${describe}: stall ${cost.stallMs.toFixed(0)} ms, idle thread ${cost.controlStallMs.toFixed(0)} ms, GC ${cost.gcMs.toFixed(0)} ms, busy ${cost.busyMs.toFixed(0)} ms, ${ms.toFixed(0)} ms to answer`,
          });
          worst.sort((a, b) => b.over - a.over).splice(3);
          busy.push(cost.busyMs);
          counts.files++;
          if (cost.stallMs > allowedStallMs(cost))
            failures.push(
              `${describe}: the app thread stalled ${cost.stallMs.toFixed(0)} ms (an idle thread ${cost.controlStallMs.toFixed(0)} ms)`,
            );
          if (answer === 'hang') failures.push(`${describe}: no answer within ${PER_FILE_MS} ms`);
          else if (answer.ok) counts.parsed++;
          else if (
            typeof answer.error.code !== 'string' ||
            typeof answer.error.message !== 'string' ||
            !answer.error.message.trim()
          ) {
            failures.push(`${describe}: an error without code and words ${JSON.stringify(answer.error)}`);
          } else counts.refused.set(answer.error.code, (counts.refused.get(answer.error.code) ?? 0) + 1);
          if (recipe.kind === 'hostile' && answer !== 'hang') {
            counts.hostile++;
            if (answer.ok || !REFUSAL.test(answer.error.message))
              failures.push(`${describe}: not refused by a limit: ${answer.ok ? 'read' : answer.error.message}`);
            if (cost.rssGrowthMb > HOSTILE_RSS_MB)
              failures.push(`${describe}: the process grew by ${cost.rssGrowthMb.toFixed(0)} MB`);
            if (cost.rssGrowthMb > hostileCost.maxRssMb)
              Object.assign(hostileCost, { maxRssMb: cost.rssGrowthMb, worst: kind });
            hostileCost.maxMs = Math.max(hostileCost.maxMs, ms);
          }
        } catch (err) {
          await watch.stop();
          failures.push(`${describe}: threw ${(err as Error).stack ?? String(err)}`);
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
    },
  );
});
