// Every fast-check property in a test file runs from one seed: FUZZ_SEED when it is set, else a
// new one, printed so that a failure seen once (in CI, say) can be replayed exactly:
//   FUZZ_SEED=<seed> npx vitest run <file>
import fc from 'fast-check';

export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${given}"`);
    return seed | 0;
  }
  return (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0;
}

const seed = fuzzSeed();
fc.configureGlobal({ seed });
const file =
  (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath?.replace(
    /.*\/tests\//,
    'tests/',
  ) ?? 'this file';
console.log(`fast-check seed ${seed} for ${file} (replay: FUZZ_SEED=${seed})`);
