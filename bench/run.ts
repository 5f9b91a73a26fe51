// `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line)
// and prints their figures. Benchmarks measure; they do not pass or fail the test suite.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${file} did not finish (exit ${r.status ?? r.signal})`);
  }
}
console.log(`\n${benches.length - failed} benchmark(s) ran, ${failed} did not finish.`);
process.exitCode = failed ? 1 : 0;
