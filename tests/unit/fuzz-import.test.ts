// Fuzzing agenda import (extraction + parsing) with damaged, mutated and random files: every
// file gets an answer, a result or a specific error in words; nothing throws, nothing hangs.
// `npm test` runs 120 files; `npm run test:fuzz` runs 10,000 (FUZZ_IMPORT_RUNS or FUZZ_RUNS override both).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAgendaBytes } from '../../electron/services/import/import-agenda';
import { fileRecipe, loadSeeds, makeFile } from '../fuzz/import-files';

const FULL = process.env.npm_lifecycle_event === 'test:fuzz';
const RUNS = Number(process.env.FUZZ_IMPORT_RUNS ?? process.env.FUZZ_RUNS ?? (FULL ? 10_000 : 120));
// FUZZ_SEED, or the seed tests/setup/fast-check-seed.ts chose and printed for this file.
const SEED = fc.readConfigureGlobal().seed ?? 0;
const PER_FILE_MS = 30_000;
const counts = { files: 0, parsed: 0, refused: new Map<string, number>() };

afterAll(() => {
  const codes = [...counts.refused].map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`import fuzz (seed ${SEED}): ${counts.files} files, ${counts.parsed} parsed as agendas, refused: ${codes}`);
});

describe('fuzzing agenda import', () => {
  it(`answers ${RUNS} damaged, mutated and random files with a result or a specific error`, { timeout: Math.max(120_000, RUNS * 2_000) }, async () => {
    const seeds = await loadSeeds();
    const failures: string[] = [];
    for (const recipe of fc.sample(fileRecipe(seeds.length), { numRuns: RUNS, seed: SEED })) {
      const file = await makeFile(recipe, seeds);
      const describe = `${file.name} (${file.bytes.length} bytes, ${recipe.kind}${recipe.kind === 'bytes' ? ` ${recipe.edits.map((e) => e.op).join('+')}` : ''})`;
      try {
        const answer = await Promise.race([
          importAgendaBytes(file.bytes, file.name),
          new Promise<'hang'>((r) => setTimeout(() => r('hang'), PER_FILE_MS).unref()),
        ]);
        counts.files++;
        if (answer === 'hang') failures.push(`${describe}: no answer within ${PER_FILE_MS} ms`);
        else if (answer.ok) counts.parsed++;
        else if (typeof answer.error.code !== 'string' || typeof answer.error.message !== 'string' || !answer.error.message.trim()) {
          failures.push(`${describe}: an error without code and words ${JSON.stringify(answer.error)}`);
        } else counts.refused.set(answer.error.code, (counts.refused.get(answer.error.code) ?? 0) + 1);
      } catch (err) {
        failures.push(`${describe}: threw ${(err as Error).stack ?? String(err)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
