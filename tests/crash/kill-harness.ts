// The kill test: a scripted session driven into a child process that is SIGKILLed at random
// points, then verified from the files alone. Used by run-kill-test.ts and tests/integration/kill.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meeting } from '$shared/domain';
import type { Result } from '$shared/api';
import { bundledChild, type ChildEntry } from './bundle-child';
import { ChildHost } from './child-host';
import { driveRound, roundWork, type Pos, type RoundRecord, type RoundWork } from './kill-round';
import { verifyAfterKill } from './kill-verify';
import { generateSession, prng, type ScriptPeople, type Step } from './session-script';

export interface KillTestOptions {
  kills: number;
  seed?: number;
  debounceMs?: number;
  /** Each round runs this long (uniformly random) before the kill. */
  minRunMs?: number;
  maxRunMs?: number;
  /** Share of kills aimed at the store opening (lock takeover, committees snapshot). */
  openKillShare?: number;
  /** The least work each round must do before its kill (see WORK_FLOOR). */
  floor?: WorkFloor;
  /** A round that has not reached the floor after this long is killed anyway and fails the run. */
  floorTimeoutMs?: number;
  entry?: ChildEntry;
  log?: (line: string) => void;
}

/**
 * The least work a kill must find, so that the test's strength does not depend on the machine's
 * load: on a busy machine timers fire late, and a kill at a fixed time finds little done. Each
 * round runs for its random time and then on until, in that round, at least `acknowledged`
 * commands were answered "saved" and `keystrokes` keys typed, and at the instant of the kill at
 * least `inFlight` edits are in flight (a command sent and not answered, or a keystroke typed
 * and not yet saved). Kills aimed at the store opening, and a round whose script ran out (the
 * end of a scripted meeting), are exempt; any other kill below the floor fails the run.
 */
export interface WorkFloor {
  acknowledged: number;
  keystrokes: number;
  inFlight: number;
}

export const WORK_FLOOR: WorkFloor = { acknowledged: 3, keystrokes: 1, inFlight: 1 };

export function meetsFloor(w: RoundWork, floor: WorkFloor): boolean {
  return (
    w.acknowledged >= floor.acknowledged &&
    w.keystrokes >= floor.keystrokes &&
    w.commandsInFlight + w.keystrokesInFlight >= floor.inFlight
  );
}

/** The work per kill over the paced kills: mean and least of each figure. */
export interface WorkPerKill {
  kills: number;
  mean: RoundWork;
  min: RoundWork;
  /** Kills that found no command and no keystroke in flight. */
  nothingInFlight: number;
  /** Each kill's work, in order. */
  perKill: RoundWork[];
}

function workPerKill(rounds: RoundWork[]): WorkPerKill {
  const keys: (keyof RoundWork)[] = ['keystrokes', 'sent', 'acknowledged', 'commandsInFlight', 'keystrokesInFlight'];
  const mean = {} as RoundWork;
  const min = {} as RoundWork;
  for (const k of keys) {
    const values = rounds.map((r) => r[k]);
    mean[k] = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0;
    min[k] = values.length ? Math.min(...values) : 0;
  }
  return {
    kills: rounds.length,
    mean,
    min,
    nothingInFlight: rounds.filter((r) => r.commandsInFlight + r.keystrokesInFlight === 0).length,
    perKill: rounds,
  };
}

export interface Spread {
  max: number;
  p50: number;
  p99: number;
  samples: number;
}

export interface KillTestReport {
  kills: number;
  killsWhileOpening: number;
  sessions: number;
  /** How far the scripted meeting got: e.g. "1 whole meeting and 40% of the next". */
  progress: string;
  keystrokes: number;
  commandsSent: number;
  commandsAcknowledged: number;
  ackedEditsLost: number;
  damagedFiles: string[];
  mismatches: string[];
  integrityProblems: string[];
  refused: string[];
  /** Typing at risk at each kill during typing: typing time between the newest keystroke and the newest on disk (a pause counts as the debounce). */
  typingAtRisk: Spread;
  /** How long the oldest keystroke not yet on disk had been typed, at each kill during typing ("at most the last N ms were missing"). */
  unsavedAge: Spread;
  /** What was going on at the kill with the most typing at risk. */
  worstKill: string;
  floor: WorkFloor;
  /** Work per kill over the kills held to the floor (not those while opening or at a meeting's end). */
  work: WorkPerKill;
  /** Kills at the end of a scripted meeting (the script ran out before the floor): exempt. */
  killsAtScriptEnd: number;
  /** Kills that found less work than the floor: each fails the run. */
  belowFloor: string[];
  debounceMs: number;
  seed: number;
  durationMs: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);
  return {
    max: Math.round(sorted.at(-1) ?? 0),
    p50: Math.round(at(0.5)),
    p99: Math.round(at(0.99)),
    samples: sorted.length,
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function describeKill(n: number, record: RoundRecord, killedAt: number, riskMs: number): string {
  const ago = (t: number) => `${Math.round(killedAt - t)} ms`;
  const last = record.sent.filter((o) => o.answeredAt !== undefined).at(-1);
  const waiting = record.sent.find((o) => o.answeredAt === undefined);
  return [
    `kill ${n}: ${Math.round(riskMs)} ms of typing at risk; ${record.typed.length} keys typed in the round, the last ${record.typed.length ? ago(record.typed.at(-1)!.at) : '-'} before the kill`,
    last
      ? `the last answer (${last.channel}, sent ${ago(last.sentAt)} before) came ${ago(last.answeredAt!)} before the kill`
      : 'no answer in the round',
    waiting ? `${waiting.channel} was in flight for ${ago(waiting.sentAt)}` : 'nothing in flight',
  ].join('; ');
}

function value<T>(r: Result<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A committee with members and officers, and a meeting with the standard items and four reports. */
async function setUpSession(
  child: ChildHost,
  committeeId: string | undefined,
  people: ScriptPeople | undefined,
  day: number,
) {
  if (!committeeId || !people) {
    const c = value<{ id: string }>(
      await child.call('committees:create', { authority: 'Kill Test Borough Council', name: 'Scrutiny Committee' }),
      'committees:create',
    );
    committeeId = c.id;
    people = { members: [], officers: [] };
    for (let i = 0; i < 9; i++) {
      const member = i < 7;
      const p = value<{ id: string }>(
        await child.call('people:save', {
          committeeId,
          person: {
            kind: member ? 'councillor' : 'officer',
            name: `${member ? 'Councillor' : 'Officer'} ${String.fromCharCode(65 + i)} Person`,
            title: member ? '' : 'Head of Service',
          },
          ...(member ? { membership: { role: i === 0 ? 'chair' : 'member' } } : {}),
        }),
        'people:save',
      );
      (member ? people.members : people.officers).push(p.id);
    }
  }
  const date = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
  const meeting = value<Meeting>(
    await child.call('meetings:create', { committeeId, date, withStandardItems: true }),
    'meetings:create',
  );
  for (let i = 0; i < 4; i++) {
    const item = {
      id: globalThis.crypto.randomUUID(),
      number: String(50 + i),
      title: `Report ${i + 1}`,
      kind: 'report',
    };
    value(await child.call('agenda:addItem', { meetingId: meeting.id, item, index: 3 + i }), 'agenda:addItem');
  }
  return { committeeId, people, meetingId: meeting.id };
}

export async function runKillTest(opts: KillTestOptions): Promise<KillTestReport> {
  const started = performance.now();
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rand = prng(seed);
  const debounceMs = opts.debounceMs ?? 150;
  const minRun = opts.minRunMs ?? 30;
  const maxRun = opts.maxRunMs ?? 1500;
  const openKillShare = opts.openKillShare ?? 0.05;
  const floor = opts.floor ?? WORK_FLOOR;
  const floorTimeoutMs = opts.floorTimeoutMs ?? 60_000;
  const log = opts.log ?? (() => undefined);
  const entry = opts.entry ?? (await bundledChild());
  const dataDir = await mkdtemp(join(tmpdir(), 'scrutineer-kill-data-'));
  const report: KillTestReport = {
    kills: 0,
    killsWhileOpening: 0,
    sessions: 0,
    progress: '',
    keystrokes: 0,
    commandsSent: 0,
    commandsAcknowledged: 0,
    ackedEditsLost: 0,
    damagedFiles: [],
    mismatches: [],
    integrityProblems: [],
    refused: [],
    typingAtRisk: spread([]),
    unsavedAge: spread([]),
    worstKill: '',
    debounceMs,
    seed,
    durationMs: 0,
    floor,
    work: workPerKill([]),
    killsAtScriptEnd: 0,
    belowFloor: [],
  };
  const works: RoundWork[] = [];
  const risks: number[] = [];
  const ages: number[] = [];
  let spare = ChildHost.spawn(entry);
  let committeeId: string | undefined;
  let people: ScriptPeople | undefined;
  let session: { meetingId: string; script: Step[]; pos: Pos } | undefined;
  let base: Meeting | undefined;

  try {
    while (report.kills < opts.kills) {
      const child = await spare;
      const opening = child.open(dataDir);
      if (session && base && rand() < openKillShare) {
        // Killed while opening: taking over the stale lock, snapshotting committees.json.
        await sleep(rand() * 25);
        await child.kill();
        spare = ChildHost.spawn(entry);
        report.kills++;
        report.killsWhileOpening++;
        const v = await verifyAfterKill({
          dataDir,
          base,
          record: { sent: [], typed: [], refused: [], finishedScript: false },
          from: session.pos,
          script: session.script,
          killedAt: performance.now(),
          debounceMs,
        });
        report.damagedFiles.push(...v.damaged);
        if (v.mismatch) report.mismatches.push(`kill ${report.kills} (while opening): ${v.mismatch}`);
        continue;
      }
      const ready = await opening;
      if (ready.type !== 'ready') throw new Error(`the service did not open: ${JSON.stringify(ready)}`);
      if (!session || session.pos.step >= session.script.length) {
        const s = await setUpSession(child, committeeId, people, report.sessions);
        ({ committeeId, people } = s);
        const m = value<Meeting>(await child.call('meetings:get', { meetingId: s.meetingId }), 'meetings:get');
        session = {
          meetingId: s.meetingId,
          script: generateSession(m, people, seed + report.sessions),
          pos: { step: 0, key: 0 },
        };
        report.sessions++;
      }
      base = value<Meeting>(await child.call('meetings:get', { meetingId: session.meetingId }), 'meetings:get');
      const record: RoundRecord = { sent: [], typed: [], refused: [], finishedScript: false };
      let stopped = false;
      let driven = false;
      void driveRound({
        child,
        meeting: base,
        script: session.script,
        from: session.pos,
        debounceMs,
        record,
        stopped: () => stopped,
      }).finally(() => (driven = true));
      // The round's random time, then on until the round has done the floor's work; if that came
      // after the random time, a second random wait up to two debounces (a whole cycle of typing,
      // sending and writing), so the kill does not always land just after the work was done. Then
      // the kill comes at the first instant with an edit in flight (checked every millisecond).
      const roundStart = performance.now();
      let killAfter = roundStart + minRun + rand() * (maxRun - minRun);
      let workDone = false;
      let outcome: 'floor' | 'script end' | 'timeout';
      for (;;) {
        await sleep(1);
        const now = performance.now();
        const work = roundWork(record);
        if (!workDone && work.acknowledged >= floor.acknowledged && work.keystrokes >= floor.keystrokes) {
          workDone = true;
          if (now > killAfter) killAfter = now + rand() * 2 * debounceMs;
        }
        if (workDone && now >= killAfter && meetsFloor(work, floor)) outcome = 'floor';
        else if (driven && work.commandsInFlight === 0) outcome = 'script end';
        else if (now - roundStart >= floorTimeoutMs) outcome = 'timeout';
        else continue;
        break;
      }
      stopped = true;
      const killedAt = performance.now();
      const work = roundWork(record);
      await child.kill();
      // The next child loads now, not during the round: its start-up would take CPU from the one being timed.
      spare = ChildHost.spawn(entry);
      report.kills++;
      if (outcome === 'script end') report.killsAtScriptEnd++;
      else {
        works.push(work);
        if (!meetsFloor(work, floor)) {
          report.belowFloor.push(
            `kill ${report.kills}: ${work.acknowledged} acknowledged, ${work.keystrokes} keys typed, ${work.commandsInFlight + work.keystrokesInFlight} edits in flight` +
              `${outcome === 'timeout' ? ` after waiting ${Math.round((killedAt - roundStart) / 1000)} s` : ''} (floor ${floor.acknowledged}, ${floor.keystrokes}, ${floor.inFlight})`,
          );
        }
      }

      const v = await verifyAfterKill({
        dataDir,
        base,
        record,
        from: session.pos,
        script: session.script,
        killedAt,
        debounceMs,
      });
      report.keystrokes += record.typed.length;
      report.commandsSent += record.sent.length;
      report.commandsAcknowledged += record.sent.filter((o) => o.result?.ok && o.result.value.saved).length;
      report.ackedEditsLost += v.lostAcked;
      report.damagedFiles.push(...v.damaged);
      report.integrityProblems.push(...v.integrity.map((p) => `kill ${report.kills}: ${p}`));
      report.refused.push(...record.refused.map((r) => `kill ${report.kills}: ${r.channel}: ${r.message}`));
      if (v.mismatch) report.mismatches.push(`kill ${report.kills}: ${v.mismatch}`);
      if (v.riskMs !== undefined) {
        if (v.riskMs > Math.max(0, ...risks)) report.worstKill = describeKill(report.kills, record, killedAt, v.riskMs);
        risks.push(v.riskMs);
      }
      if (v.unsavedAgeMs !== undefined) ages.push(v.unsavedAgeMs);
      session.pos = v.resume;
      if (v.disk) base = v.disk;
      if (report.kills % 50 === 0) {
        log(
          `${report.kills} kills, ${report.ackedEditsLost} acknowledged edits lost, ${report.damagedFiles.length} damaged files, typing lost at a kill max ${Math.round(Math.max(0, ...ages))} ms`,
        );
      }
    }
  } finally {
    await (await spare.catch(() => undefined))?.kill();
    if (session) {
      const done = Math.min(1, session.pos.step / session.script.length);
      report.progress = `${report.sessions - 1} whole meeting(s) and ${Math.round(done * 100)}% of the next (step ${session.pos.step} of ${session.script.length})`;
    }
    report.work = workPerKill(works);
    report.typingAtRisk = spread(risks);
    report.unsavedAge = spread(ages);
    report.durationMs = Math.round(performance.now() - started);
    await rm(dataDir, { recursive: true, force: true });
    if (!opts.entry) await entry.dispose?.();
  }
  return report;
}
