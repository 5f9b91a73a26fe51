// After each kill: reopen the data folder and prove that (1) no file is damaged, (2) the meeting
// on disk is exactly the state after some prefix of the commands sent, in order, (3) that prefix
// holds every command acknowledged as saved, and (4) how much typing was at risk.
import { isDeepStrictEqual } from 'node:util';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { isTempFileName } from '../../electron/services/store/atomic-write';
import { readJsonFile } from '../../electron/services/store/json-document';
import { nodeFileLayer } from '../../electron/services/store/file-layer';
import { contract, type ChannelName } from '$shared/api';
import { applyMeetingCommand } from '$shared/commands';
import { checkMeetingIntegrity, loadMeeting, type Committee, type Meeting } from '$shared/domain';
import { nowInLondon } from '$shared/format/en-gb';
import { after, comparePos, type Pos, type RoundRecord } from './kill-round';
import type { Step } from './session-script';

export interface Verdict {
  damaged: string[];
  /** Commands answered "saved" that are not on disk. */
  lostAcked: number;
  /** The disk is not the state after any prefix of the commands sent (lost or reordered updates). */
  mismatch?: string;
  integrity: string[];
  applied: number;
  disk: Meeting | undefined;
  resume: Pos;
  /** Typing time between the newest keystroke typed and the newest on disk (pauses count as the debounce). */
  riskMs: number | undefined;
  /** How long the oldest keystroke not on disk had been typed, at the kill. */
  unsavedAgeMs: number | undefined;
}

/** What can be compared: the meeting without its revision and save stamps (the replay runs at another instant). */
function comparable(m: Meeting): unknown {
  const loaded = loadMeeting(JSON.parse(JSON.stringify(m)));
  if (!loaded.ok) return { invalid: loaded.problem.message };
  const { revision: _r, updatedAt: _u, history, ...rest } = loaded.value;
  return { ...rest, history: history.map((h) => h.status) };
}

/** Replays the sent commands with the same pure code the service runs, noting which changed the meeting. */
function replay(base: Meeting, record: RoundRecord, committee: Committee | undefined) {
  const states: { meeting: Meeting; pos: Pos }[] = [];
  const bumpOf: number[] = [];
  let model = base;
  for (const op of record.sent) {
    const parsed = contract[op.channel as ChannelName]?.input.safeParse(op.input);
    let next = model;
    // A command the service answered with a refusal changed nothing; the replay decides only for the one in flight.
    if (parsed?.success && op.result?.ok !== false) {
      const { meetingId: _m, baseRevision: _b, ...input } = parsed.data as Record<string, unknown>;
      const at = new Date();
      const applied = applyMeetingCommand(model, op.channel, input, {
        now: nowInLondon(at),
        timestamp: at.toISOString(),
        ...(committee ? { committee } : {}),
      });
      if (applied.ok) next = applied.meeting;
    }
    if (next !== model) {
      model = next;
      states.push({ meeting: model, pos: op.pos });
      bumpOf.push(states.length);
    } else bumpOf.push(0);
  }
  return { states, bumpOf };
}

const checkedBackups = new Set<string>();

/** Every backup written so far loads cleanly (temp files are ignored: a killed write leaves them). */
async function damagedBackups(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'backups');
  const bad: string[] = [];
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  for (const rel of entries.map(String).filter((n) => n.endsWith('.json') && !isTempFileName(n.split('/').pop()!))) {
    const path = join(root, rel);
    if (checkedBackups.has(path)) continue;
    try {
      const raw = await readJsonFile(nodeFileLayer, path);
      const isMeeting = rel.startsWith('meetings');
      if (isMeeting && !loadMeeting(raw).ok) throw new Error('does not load');
      checkedBackups.add(path);
    } catch (err) {
      bad.push(`${path}: ${(err as Error).message}`);
    }
  }
  return bad;
}

export async function verifyAfterKill(opts: {
  dataDir: string;
  base: Meeting;
  record: RoundRecord;
  from: Pos;
  script: readonly Step[];
  killedAt: number;
  debounceMs: number;
}): Promise<Verdict> {
  const { base, record } = opts;
  const store = await Store.open({ dataDir: opts.dataDir, readOnly: true });
  const damaged = [...store.problems.map((p) => `${p.file}: ${p.message}`), ...(await damagedBackups(opts.dataDir))];
  const verdict: Verdict = {
    damaged,
    lostAcked: 0,
    integrity: [],
    applied: 0,
    disk: undefined,
    resume: opts.from,
    riskMs: undefined,
    unsavedAgeMs: undefined,
  };
  if (!store.meetingIds().includes(base.id)) {
    verdict.mismatch = `meeting ${base.id} is missing after the kill`;
    return verdict;
  }
  const disk = store.meeting(base.id);
  verdict.disk = disk;
  verdict.integrity = checkMeetingIntegrity(
    disk,
    store.committees.find((c) => c.id === disk.committeeId),
  );

  const { states, bumpOf } = replay(
    base,
    record,
    store.committees.find((c) => c.id === base.committeeId),
  );
  const n = disk.revision - base.revision;
  verdict.applied = n;
  if (n < 0 || n > states.length) {
    verdict.mismatch = `revision ${disk.revision} on disk, but ${states.length} change(s) were sent after revision ${base.revision}`;
    return verdict;
  }
  const expected = n === 0 ? base : states[n - 1]!.meeting;
  if (!isDeepStrictEqual(comparable(disk), comparable(expected))) {
    verdict.mismatch = `the meeting on disk (revision ${disk.revision}) is not the state after the first ${n} change(s) sent`;
  }
  record.sent.forEach((op, i) => {
    const bump = bumpOf[i]!;
    if (op.result?.ok && op.result.value.saved && bump > n) verdict.lostAcked++;
    if (op.result?.ok && bump > 0 && op.result.value.revision !== base.revision + bump) {
      verdict.mismatch ??= `the service answered revision ${op.result.value.revision} for ${op.channel}, the replay expected ${base.revision + bump}`;
    }
  });

  const lastApplied = n > 0 ? states[n - 1]!.pos : undefined;
  verdict.resume = lastApplied ? after(lastApplied, opts.script) : opts.from;
  const onDisk = (p: Pos) => lastApplied !== undefined && comparePos(p, lastApplied) <= 0;
  const typed = record.typed;
  const newest = typed.at(-1);
  if (newest) {
    // Typing time: a gap longer than the debounce is a pause, not typing, and counts as the debounce.
    const clock: number[] = [];
    typed.forEach((t, i) =>
      clock.push(i === 0 ? 0 : clock[i - 1]! + Math.min(t.at - typed[i - 1]!.at, opts.debounceMs)),
    );
    const newestSaved = typed.findLastIndex((t) => onDisk(t.pos));
    const firstLost = typed.find((t) => !onDisk(t.pos));
    verdict.riskMs = onDisk(newest.pos)
      ? 0
      : clock.at(-1)! - (newestSaved >= 0 ? clock[newestSaved]! : -Math.min(typed[0]!.delayMs, opts.debounceMs));
    verdict.unsavedAgeMs = firstLost ? opts.killedAt - firstLost.at : 0;
  }
  return verdict;
}
