// Benchmark: the store with a long history (issue 21), on data folders made by the seeded
// generator (bench/history-generator.ts): the first 1, 100 and all 500 of one history's meetings.
// - Save of one edit: from the command to its acknowledgement (on disk), with 1, 100 and 500
//   meetings in the folder, edits taken in turn across the three folders so load on the machine
//   falls on each alike. Targets: median ≤ 10 ms, and 500 / 1 ≤ 1.2.
// - Open with 500 meetings: from spawning the dev host (the services' process) to the answers the
//   first screen asks for (app:info, store:status, committees:list, meetings:list), and that
//   process's resident memory then. Targets: ≤ 500 ms, ≤ 150 MB. The first start builds the meeting
//   index (every file read); the figure is of the starts after it. The dev host is bundled into one
//   module first (esbuild), as the app's main process ships; through tsx it is noted beside.
//   npx tsx bench/store.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newId } from '$shared/domain';
import { generateHistory, writeHistory } from './history-generator';
import { atMost, median, report } from './results';
import { build } from 'esbuild';
import { Store } from '../electron/services/store/store';

const repo = resolve(import.meta.dirname, '..');
const SIZES = [1, 100, 500] as const;
const EDITS = 40;
const STARTS = 7;

async function saveOfOneEdit(folders: Map<number, string>, meetingId: string, note: string): Promise<void> {
  const opened = new Map<number, { store: Store; id: string; itemId: string }>();
  for (const [n, dir] of folders) {
    const store = await Store.open({ dataDir: dir, loadOnDemand: true, retryMs: 50 });
    const id = meetingId; // the same meeting (the same file size) in every folder
    await store.loadMeeting(id);
    opened.set(n, { store, id, itemId: store.meeting(id).agenda.find((i) => i.kind === 'report')!.id });
  }
  const times = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  const cpuTimes = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  for (let round = 0; round < EDITS + 3; round++) {
    // The folders take turns at going first, so no size always follows another's fsync.
    for (const n of [...SIZES.slice(round % SIZES.length), ...SIZES.slice(0, round % SIZES.length)]) {
      const { store, id, itemId } = opened.get(n)!;
      const t = performance.now();
      const cpu0 = process.cpuUsage();
      const ack = await store.command(id, 'notes:addParagraph', {
        itemId,
        paragraphId: newId(),
        content: [{ t: 'text', text: `Councillor Needham asked about the report (edit ${round}).` }],
      });
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu0);
      if (round >= 3) cpuTimes.get(n)!.push((used.user + used.system) / 1000);
      if (!ack.saved) throw new Error(`edit ${round} in the ${n}-meeting folder was not saved: ${ack.saveError}`);
      if (round >= 3) times.get(n)!.push(ms); // the first edits warm the code paths
    }
  }
  for (const { store } of opened.values()) await store.close();
  const med = new Map(SIZES.map((n) => [n, median(times.get(n)!)]));
  for (const n of SIZES)
    report(
      `store: save of one edit, ${n} meeting${n === 1 ? '' : 's'} in the folder`,
      med.get(n)!,
      'ms',
      atMost(10),
      `from the command to its acknowledgement, the file written and fsynced; CPU time of the save ${median(cpuTimes.get(n)!).toFixed(1)} ms, the rest waiting on the disk; ${note}`,
    );
  report(
    'store: save of one edit, 500 meetings / 1 meeting',
    med.get(500)! / med.get(1)!,
    'ratio',
    atMost(1.2),
    `medians of ${EDITS} edits each, taken in turn across the folders; ${note}`,
  );
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux; 100 ticks a second). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** RSS of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

type Start = { ms: number; rss: number; cpu: number };

/** The dev host as one ES module, as the app's main process ships (built by electron-vite); npm packages stay outside. */
const BUNDLE = join(repo, 'out', 'bench-store', 'devhost.mjs');
const bundled = ['--enable-source-maps', BUNDLE];
const throughTsx = ['--import', 'tsx', join(repo, 'electron/devhost/main.ts')];

/** Starts the dev host on `dir`, asks for the first screen's data; answers the time from spawn and the RSS then. */
async function devHostStart(dir: string, expected: number, how = bundled): Promise<Start> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...how, '--data-dir', dir], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0' },
  });
  try {
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Scrutineer dev host: (\S+)/.exec(out);
        if (m) ok(m[1]!);
      });
      child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
      child.once('exit', (code) => fail(new Error(`the dev host ended (exit ${code}) before it listened`)));
    });
    const start = await fetch(url, { redirect: 'manual' });
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
    const origin = new URL(url).origin;
    const call = async (channel: string) => {
      const r = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      const body = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
      return body.value;
    };
    const [, , committees, meetings] = await Promise.all(
      ['app:info', 'store:status', 'committees:list', 'meetings:list'].map(call),
    );
    const ms = performance.now() - t0;
    if ((meetings as unknown[]).length !== expected || !(committees as unknown[]).length)
      throw new Error(`the first screen saw ${(meetings as unknown[]).length} meetings, not ${expected}`);
    return { ms, rss: rssMb(child.pid!), cpu: cpuMsOf(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
  }
}

async function openWith500(dir: string, oneMeeting: string, note: string): Promise<void> {
  await build({
    entryPoints: [join(repo, 'electron/devhost/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    outfile: BUNDLE,
    logLevel: 'warning',
  });
  const first = await devHostStart(dir, 500); // builds the index
  await devHostStart(oneMeeting, 1);
  const starts: Start[] = [];
  const floor: Start[] = [];
  const tsx: Start[] = [];
  // Taken in turn with a 1-meeting folder: what the process costs before any meeting.
  for (let i = 0; i < STARTS; i++) {
    starts.push(await devHostStart(dir, 500));
    floor.push(await devHostStart(oneMeeting, 1));
    if (i < 3) tsx.push(await devHostStart(dir, 500, throughTsx));
  }
  const t = performance.now();
  const store = await Store.open({ dataDir: dir, loadOnDemand: true });
  const inProcess = performance.now() - t;
  await store.close();
  const t2 = performance.now();
  const eager = await Store.open({ dataDir: dir, readOnly: true });
  const everyFile = performance.now() - t2;
  await eager.close();
  const why =
    `the dev host bundled by esbuild, as the app's main process ships: median of ${STARTS} starts after the first ` +
    `(${first.ms.toFixed(0)} ms, which built the index); through tsx (npm run dev:web) ${median(tsx.map((s) => s.ms)).toFixed(0)} ms, ` +
    `${median(tsx.map((s) => s.rss)).toFixed(0)} MB; ` +
    `CPU time of the process ${median(starts.map((s) => s.cpu)).toFixed(0)} ms (1 meeting: ${median(floor.map((s) => s.cpu)).toFixed(0)} ms); ` +
    `Store.open alone ${inProcess.toFixed(0)} ms from the index, ${everyFile.toFixed(0)} ms reading every file; ` +
    `the same start with 1 meeting ${median(floor.map((s) => s.ms)).toFixed(0)} ms (Node and the services' modules); ${note}`;
  report(
    'store: open with 500 meetings, dev host start to first screen data',
    median(starts.map((s) => s.ms)),
    'ms',
    atMost(500),
    why,
  );
  report(
    'store: open with 500 meetings, dev host RSS',
    median(starts.map((s) => s.rss)),
    'MB',
    atMost(150),
    `resident memory of the dev host once the first screen has its data (first start, reading every file: ${first.rss.toFixed(0)} MB; with 1 meeting: ${median(floor.map((s) => s.rss)).toFixed(0)} MB); ${note}`,
  );
}

async function main(): Promise<void> {
  const note = `${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)} at the start`;
  const root = mkdtempSync(join(tmpdir(), 'scrutineer-store-bench-'));
  try {
    const history = generateHistory({ meetings: 500 });
    const folders = new Map<number, string>();
    for (const n of SIZES) {
      const dir = join(root, `meetings-${n}`);
      writeHistory(dir, { ...history, meetings: history.meetings.slice(0, n) });
      folders.set(n, dir);
    }
    console.log(`${history.meetings.length} meetings, ${history.words.toLocaleString('en-GB')} words (${note})`);
    await openWith500(folders.get(500)!, folders.get(1)!, note);
    await saveOfOneEdit(folders, history.meetings[0]!.id, note);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
