// `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line),
// collects each figure they report (bench/results.ts) and writes bench/results.json with a
// table: name, value, unit, target, pass. Benchmarks measure; they are not part of npm test.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RESULTS_ENV, type ResultRow } from './results';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))
  .sort();

const scratch = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
const collected = join(scratch, 'rows.jsonl');
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, [RESULTS_ENV]: collected },
  });
  if (r.status !== 0) {
    failed++;
    console.log(`${file} did not finish (exit ${r.status ?? r.signal})`);
  }
}

const rows: ResultRow[] = existsSync(collected)
  ? readFileSync(collected, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ResultRow)
  : [];
rmSync(scratch, { recursive: true, force: true });

const cell = (r: ResultRow) => [r.name, `${r.value} ${r.unit}`, r.target, r.pass ? 'pass' : 'MISS'];
const table = [['benchmark', 'value', 'target', ''], ...rows.map(cell)];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`\n${table.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n')}`);

// A run of some benchmarks replaces their rows and keeps the others' (by name).
const machine = { cpus: cpus().length, loadAverage: Number(loadavg()[0]!.toFixed(2)), node: process.versions.node };
const resultsFile = join(dir, 'results.json');
const kept: ResultRow[] =
  wanted.length && existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { rows: ResultRow[] }).rows.filter(
        (old) => !rows.some((r) => r.name === old.name),
      )
    : [];
const all = [...kept, ...rows];
writeFileSync(resultsFile, `${JSON.stringify({ machine, date: new Date().toISOString(), rows: all }, null, 2)}\n`);
console.log(`\nbench/results.json: ${all.length} figures, ${all.filter((r) => !r.pass).length} missed.`);
console.log(`${benches.length - failed} benchmark(s) ran, ${failed} did not finish.`);
process.exitCode = failed ? 1 : 0;
