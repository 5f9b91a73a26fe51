// `npm run test:fuzz`: the full fuzz suites, 10,000 payloads per API channel and 10,000 import
// files. The API channels are split between two vitest processes, one per core; the import
// fuzzer runs after them. Exits non-zero if any run failed.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';

const vitest = (files, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
      stdio: 'inherit',
      // npm_lifecycle_event=test:fuzz (set by npm, inherited) is what selects the full counts.
      env: { ...process.env, npm_lifecycle_event: 'test:fuzz', ...env },
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });

const shards = Math.max(1, Math.min(2, cpus().length));
const started = Date.now();
const api = await Promise.all(
  Array.from({ length: shards }, (_, i) =>
    vitest(['tests/unit/fuzz-api.test.ts'], { FUZZ_SHARD: `${i + 1}/${shards}` }),
  ),
);
const files = await vitest(['tests/unit/fuzz-import.test.ts']);
console.log(
  `\nfull fuzz: ${((Date.now() - started) / 60_000).toFixed(1)} min; API shards ${api.map((c) => (c === 0 ? 'passed' : 'FAILED')).join(', ')}; import files ${files === 0 ? 'passed' : 'FAILED'}`,
);
process.exit([...api, files].every((c) => c === 0) ? 0 : 1);
