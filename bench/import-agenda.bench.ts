/**
 * Times the import (extraction + parsing) of the whole reference pack, 149 pages, as DOCX
 * (target ≤ 1 s) and as PDF (target ≤ 3 s), plus text for comparison.
 *   npx tsx bench/import-agenda.bench.ts [runs]     (or: npm run bench -- import-agenda)
 * A PDF import stops reading pages once the agenda is complete; the figure for reading all
 * 150 pages is printed too. CPU time is printed beside wall-clock time because a busy machine
 * inflates the latter. Measures only: the exit code says whether it ran, not how fast.
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { importAgendaBytes } from '../electron/services/import/import-agenda';
import { atMost, report } from './results';

const fixtures = join(import.meta.dirname, '../tests/fixtures');
const runs = Math.max(1, Number(process.argv[2] ?? 5));

const cases = [
  { name: 'DOCX', file: 'agendas/reference-pack.docx', targetMs: 1000, readAll: false },
  { name: 'PDF', file: 'agendas/reference-pack.pdf', targetMs: 3000, readAll: false },
  { name: 'PDF, all 150 pages read', file: 'agendas/reference-pack.pdf', targetMs: 3000, readAll: true },
  { name: 'text', file: 'reference-pack.txt', targetMs: 1000, readAll: false },
];

async function main(): Promise<void> {
  console.log(
    `${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; median of ${runs} runs after one warm-up`,
  );
  for (const c of cases) {
    const bytes = await readFile(join(fixtures, c.file));
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let first = 0;
    let pages = '';
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = await importAgendaBytes(bytes, c.file, { stopAtAgendaEnd: !c.readAll });
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (!result.ok) throw new Error(`${c.name}: ${result.error.message}`);
      if (result.value.agenda.items.length !== 12)
        throw new Error(`${c.name}: ${result.value.agenda.items.length} items, expected 12`);
      if (i === 0) first = ms;
      else {
        times.push(ms);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      pages = result.value.pages ? `, ${result.value.pages.read} of ${result.value.pages.total} pages read` : '';
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? first;
    const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? 0;
    const verdict = median <= c.targetMs ? 'within' : 'OVER';
    report(`agenda import, reference pack as ${c.name}`, median, 'ms', atMost(c.targetMs), `median of ${runs} runs`);
    console.log(
      `reference pack as ${c.name}: ${median.toFixed(0)} ms (CPU ${cpuMedian.toFixed(0)} ms; best ${(times[0] ?? first).toFixed(0)}; first run, loading the libraries, ${first.toFixed(0)})${pages}: ${verdict} the ${c.targetMs} ms target`,
    );
  }
}

void main();
