// Benchmark: search across meetings over a generated history of 500 meetings (about five million
// words: bench/history-generator.ts). Targets (issue 20): a search answers in ≤ 50 ms, the index
// builds in ≤ 5 s, and is up to date ≤ 20 ms after an edit is saved. Also measured: opening the
// index from its cache, and its memory (the services' process has 150 MB for 500 meetings, issue 21).
//   npx tsx bench/search.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateHistory, writeHistory } from './history-generator';
import { atMost, median, report } from './results';
import { Store } from '../electron/services/store/store';
import { SearchService } from '../electron/services/search/search-service';
import { searchCachePath } from '../electron/services/search/search-cache';
import { SearchIndex } from '../electron/services/search/search-index';
import { meetingDocuments, meetingFacts, peopleNames } from '../electron/services/search/search-documents';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
/** CPU time of this process (all its threads, the worker's too) in ms: what the work costs on a machine not shared. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const QUERIES: {
  query: string;
  committeeId?: string;
  from?: string;
  to?: string;
  kinds?: ('resolution' | 'action')[];
}[] = [
  { query: 'school meals' },
  { query: 'Ian Heggs' },
  { query: 'committee' },
  { query: '"local offer"' },
  { query: 'fosterng' },
  { query: 'Educational Health Care Plan' },
  { query: 'report noted', kinds: ['resolution'] },
  { query: 'school meals', committeeId: 'history-committee-1', from: '2010-01-01', to: '2014-12-31' },
];

async function main(): Promise<void> {
  const note = `${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)} at the start`;
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-search-bench-'));
  try {
    const history = generateHistory({ meetings: 500 });
    writeHistory(dir, history);
    console.log(`${history.meetings.length} meetings, ${history.words.toLocaleString('en-GB')} words (${note})`);
    const store = await Store.open({ dataDir: dir });
    gc();
    const rssBefore = process.memoryUsage().rss;

    // The first search opens the index: no cache yet, so it is built on the worker.
    const service = new SearchService(store, { cachePath: searchCachePath(dir), updateDelayMs: 60_000 });
    let cpu = cpuMs();
    let t = performance.now();
    await service.sync();
    const buildMs = performance.now() - t;
    const buildCpu = cpuMs() - cpu;
    report(
      'search: index build, 500 meetings',
      buildMs,
      'ms',
      atMost(5000),
      `${note}; CPU time ${buildCpu.toFixed(0)} ms`,
    );

    const perQuery: number[] = [];
    const fastest: number[] = [];
    const cpuPerQuery: number[] = [];
    for (const q of QUERIES) {
      await service.search(q); // warm
      const runs: number[] = [];
      const cpus: number[] = [];
      for (let i = 0; i < 7; i++) {
        cpu = cpuMs();
        t = performance.now();
        await service.search(q);
        runs.push(performance.now() - t);
        cpus.push(cpuMs() - cpu);
      }
      cpuPerQuery.push(median(cpus));
      perQuery.push(median(runs));
      fastest.push(Math.min(...runs));
      console.log(
        `  "${q.query}"${q.kinds || q.committeeId ? ' (filtered)' : ''}: ${median(runs).toFixed(1)} ms (CPU ${median(cpus).toFixed(1)} ms)`,
      );
    }
    const spread = `${note}; fastest run of each query: median ${median(fastest).toFixed(1)} ms, slowest ${Math.max(...fastest).toFixed(1)} ms; CPU time a query: median ${median(cpuPerQuery).toFixed(1)} ms, most ${Math.max(...cpuPerQuery).toFixed(1)} ms`;
    console.log(spread);
    report('search: query, 500 meetings (median of the queries)', median(perQuery), 'ms', atMost(50), spread);
    report('search: query, 500 meetings (slowest query)', Math.max(...perQuery), 'ms', atMost(50), spread);

    // An edit saved, then the index brought up to date for that meeting (what the save's listener starts).
    const updates: number[] = [];
    for (let i = 0; i < 10; i++) {
      const id = history.meetings[i * 37]!.id;
      const itemId = store.meeting(id).agenda.find((a) => a.kind === 'report')!.id;
      const content = [{ t: 'text', text: `A new paragraph ${i} about the quixotic tram.` }];
      await store.command(id, 'notes:addParagraph', { itemId, paragraphId: `bench-p${i}`, content });
      t = performance.now();
      await service.sync();
      updates.push(performance.now() - t);
    }
    report('search: index update after an edit', median(updates), 'ms', atMost(20), note);
    const found = await service.search({ query: 'quixotic tram' });
    if (found.matchedMeetings !== 10) throw new Error(`the edits were not all found (${found.matchedMeetings})`);

    await service.saveNow();
    const workerHeap = await service.memoryBytes();
    gc();
    const rssWith = process.memoryUsage().rss;
    await service.close();

    // Opening from the cache, as the next start does.
    const again = new SearchService(store, { cachePath: searchCachePath(dir) });
    t = performance.now();
    await again.sync();
    report('search: index opened from its cache', performance.now() - t, 'ms', atMost(5000), again.cacheState);
    await again.close();
    await store.close();

    // The index's own memory, measured on this thread with the garbage collected.
    const names = new Map(history.committeesFile.committees.map((c) => [c.id, peopleNames(c)]));
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const index = new SearchIndex();
    for (const m of history.meetings) {
      const c = history.committeesFile.committees.find((x) => x.id === m.committeeId);
      index.setMeeting(meetingFacts(m, c), meetingDocuments(m, names.get(m.committeeId)!));
    }
    gc();
    const indexBytes = process.memoryUsage().heapUsed - heapBefore;
    report(
      'search: index memory, 500 meetings',
      indexBytes / MB,
      'MB',
      atMost(40),
      `worker heap ${(workerHeap / MB).toFixed(0)} MB (index and the worker's own); the process grew ${((rssWith - rssBefore) / MB).toFixed(0)} MB RSS with the worker`,
    );
    void index.documentCount;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
