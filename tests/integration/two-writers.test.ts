// One writer per data folder: a second process (or a second Store in the same process) is
// refused while the first holds the folder, several processes racing for a stale lock end with
// exactly one writer, and no acknowledged update is ever lost between them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hostname } from 'node:os';
import { Store } from '../../electron/services/store/store';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';

const CHILD = resolve(import.meta.dirname, 'two-writers-child.ts');
let dir: string;
let cleanup: () => Promise<void>;
let meetingId: string;
const children: ChildProcess[] = [];

interface Writer {
  proc: ChildProcess;
  lines: string[];
  waitFor(test: (line: string) => boolean): Promise<string>;
  exited: Promise<void>;
}

function startWriter(hold: number | 'told', paragraphs = 0): Writer {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dir, String(hold), ...(paragraphs ? [meetingId, String(paragraphs)] : [])],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  children.push(proc);
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let rest = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
    waiters.splice(0).forEach((w) => w());
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const waitFor = async (test: (line: string) => boolean): Promise<string> => {
    for (;;) {
      const found = lines.find(test);
      if (found) return found;
      if (proc.exitCode !== null) throw new Error(`the writer exited without it; it said: ${lines.join(' | ')}`);
      await Promise.race([new Promise<void>((r) => waiters.push(r)), exited]);
    }
  };
  return { proc, lines, waitFor, exited };
}

const go = (w: Writer) => w.proc.stdin!.write('GO\n');

async function paragraphsOnDisk(): Promise<string[]> {
  const store = await Store.open({ dataDir: dir, readOnly: true });
  return store.meeting(meetingId).notes.flatMap((p) => p.content.flatMap((r) => (r.t === 'text' ? [r.text] : [])));
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const store = await Store.open({ dataDir: dir });
  const c = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [c] }));
  const m = testMeeting(c.id);
  await store.addMeeting(m);
  meetingId = m.id;
  await store.close();
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await cleanup();
});

describe('two writers on one data folder', () => {
  it('refuses a second Store in the same process while the first is open', async () => {
    const first = await Store.open({ dataDir: dir });
    try {
      await expect(Store.open({ dataDir: dir })).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      await first.close();
    }
    const again = await Store.open({ dataDir: dir });
    await again.close();
  });

  it(
    'refuses a second process while the first is editing, and loses none of either one’s saved edits',
    { timeout: 60_000 },
    async () => {
      const a = startWriter('told', 3);
      await a.waitFor((l) => l === 'READY');
      go(a);
      await a.waitFor((l) => l.startsWith('SAVED paragraph 2'));
      const b = startWriter(0, 2);
      await b.waitFor((l) => l === 'READY');
      go(b);
      expect(await b.waitFor((l) => !l.startsWith('READY'))).toMatch(
        /^LOCKED: Scrutineer is already open on the data folder .* \(process \d+/,
      );
      a.proc.stdin!.write('CLOSE\n');
      await a.waitFor((l) => l === 'CLOSED');
      const c = startWriter(0, 2);
      await c.waitFor((l) => l === 'READY');
      go(c);
      await c.waitFor((l) => l === 'CLOSED');
      const saved = [...a.lines, ...c.lines].filter((l) => l.startsWith('SAVED ')).map((l) => l.slice('SAVED '.length));
      expect(saved).toHaveLength(5);
      expect(await paragraphsOnDisk()).toEqual(saved);
    },
  );

  it(
    'after the writer is killed, the next one takes over its lock and has every edit it acknowledged',
    { timeout: 60_000 },
    async () => {
      const a = startWriter(60_000, 6);
      await a.waitFor((l) => l === 'READY');
      go(a);
      await a.waitFor((l) => l.startsWith('SAVED paragraph 3'));
      a.proc.kill('SIGKILL');
      await a.exited;
      const saved = a.lines.filter((l) => l.startsWith('SAVED ')).map((l) => l.slice('SAVED '.length));
      const b = startWriter(0);
      await b.waitFor((l) => l === 'READY');
      go(b);
      expect(await b.waitFor((l) => l.startsWith('OPENED'))).toMatch(/no longer running, was taken over/);
      const onDisk = await paragraphsOnDisk();
      expect(onDisk.slice(0, saved.length)).toEqual(saved);
    },
  );

  it('four processes racing for a stale lock: exactly one becomes the writer', { timeout: 90_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      await writeFile(
        join(dir, 'scrutineer.lock'),
        JSON.stringify({ pid: 2 ** 22 + 4242 + round, host: hostname(), startedAt: '2016-09-19T18:00:00.000Z' }),
      );
      const racers = [0, 1, 2, 3].map(() => startWriter('told'));
      await Promise.all(racers.map((r) => r.waitFor((l) => l === 'READY')));
      racers.forEach(go);
      const outcomes = await Promise.all(
        racers.map((r) => r.waitFor((l) => l.startsWith('OPENED') || l.startsWith('LOCKED'))),
      );
      expect(
        outcomes.filter((o) => o.startsWith('OPENED')),
        outcomes.join('\n'),
      ).toHaveLength(1);
      racers.forEach((r, i) => outcomes[i]!.startsWith('OPENED') && r.proc.stdin!.write('CLOSE\n'));
      await Promise.all(racers.map((r) => r.exited));
    }
  });
});
