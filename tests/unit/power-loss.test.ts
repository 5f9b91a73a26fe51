// Power loss at every point of a store session: the session runs on a recording in-memory disk,
// then every prefix of its operations is "crashed" in every way the disk may leave it (undurable
// folder changes kept or lost in any combination, unsynced data back complete, empty, cut short
// or NUL-filled). Each recovery must open cleanly, show every file as one complete version
// (old or new, never a mix), and keep every promise the store made before the cut.
import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { isTempFileName } from '../../electron/services/store/atomic-write';
import { LOCK_FILE } from '../../electron/services/store/lock';
import { newId, type CommitteesFile, type Meeting } from '$shared/domain';
import { crashStates, SimDisk, type CrashState, type DiskEvent } from '../helpers/sim-disk';
import { testCommittee, testMeeting } from '../helpers/meetings';

const DATA = '/data';
const meetingPath = (id: string) => posix.join(DATA, 'meetings', `${id}.json`);

function parsed<T>(files: Map<string, Uint8Array>, path: string): T | undefined {
  const bytes = files.get(path);
  if (!bytes) return undefined;
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
const revisionOn = (files: Map<string, Uint8Array>, id: string) =>
  parsed<Meeting>(files, meetingPath(id))?.revision ?? -1;

/** A short live session: committee, meeting, going live, typing (coalesced writes), a 5-minute backup, approval, a reopen. */
async function recordSession(faults: ConstructorParameters<typeof SimDisk>[1] = {}): Promise<DiskEvent[]> {
  const disk = new SimDisk(undefined, faults);
  let clock = Date.parse('2016-09-19T18:00:00Z');
  // As the services open it: from the meeting index, written at open and close (a cache, atomically).
  const open = () =>
    Store.open({ dataDir: DATA, files: disk, now: () => new Date(clock), retryMs: 5, loadOnDemand: true });
  let store = await open();
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  disk.promise(
    'the committee is saved',
    (files) =>
      !!parsed<CommitteesFile>(files, posix.join(DATA, 'committees.json'))?.committees.some(
        (c) => c.id === committee.id,
      ),
  );
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  disk.promise('the new meeting is saved', (files) => revisionOn(files, meeting.id) >= 0);
  // A meeting created by mistake and deleted: a copy goes to the backups first.
  const mistake = testMeeting(committee.id, { date: '2016-10-03' });
  await store.addMeeting(mistake);
  await store.deleteMeeting(mistake.id);
  disk.promise('a deleted meeting keeps its backup', (files) =>
    [...files.keys()].some((p) => p.includes(`/backups/meetings/${mistake.id}/`) && p.endsWith('-deleted.json')),
  );

  // Closed and opened again: the index now holds the meeting, and is stale through every edit below.
  await store.close();
  store = await open();

  const command = async (name: Parameters<Store['command']>[1], input: unknown) => {
    const ack = await store.command(meeting.id, name, input);
    if (ack.saved)
      disk.promise(
        `revision ${ack.revision} (${name}) is saved`,
        (files) => revisionOn(files, meeting.id) >= ack.revision,
      );
    return ack;
  };
  await command('meeting:setStatus', { status: 'live', by: '' });
  const itemId = meeting.agenda[3]!.id;
  const paragraphId = newId();
  await command('notes:addParagraph', { itemId, paragraphId, content: [] });
  // Typing faster than the disk: several commands in flight, coalesced by the writer.
  const typed = 'The Chair welcomed everyone.';
  const acks: Promise<unknown>[] = [];
  for (let i = 1; i <= typed.length; i += 4)
    acks.push(command('notes:updateParagraph', { paragraphId, content: [{ t: 'text', text: typed.slice(0, i) }] }));
  await Promise.all(acks);
  clock += 6 * 60_000;
  await command('notes:updateParagraph', { paragraphId, content: [{ t: 'text', text: typed }] });
  clock += 6 * 60_000;
  await command('notes:addParagraph', {
    itemId,
    paragraphId: newId(),
    content: [{ t: 'text', text: 'Members noted the report.' }],
  });
  await command('meeting:setStatus', { status: 'ended', by: '' });
  await command('review:send', { by: 'Clerk' });
  await command('review:approve', { by: 'Councillor Chair', confirmMarkers: true });
  await store.close();

  // Reopening: the lock again, and the committees snapshot of the day rewritten.
  const again = await open();
  await again.changeCommittees((f) => ({ ...f, settings: { userName: 'Clerk' } }));
  disk.promise(
    'the settings are saved',
    (files) => parsed<CommitteesFile>(files, posix.join(DATA, 'committees.json'))?.settings.userName === 'Clerk',
  );
  await again.close();
  return disk.log;
}

/** Everything wrong with one recovered disk, in words. */
async function problemsAfter(state: CrashState): Promise<string[]> {
  const problems: string[] = [];
  for (const [path, bytes] of state.image.files) {
    const name = posix.basename(path);
    if (isTempFileName(name) || name === LOCK_FILE) continue;
    const complete = state.versions.get(path) ?? [];
    if (!complete.some((v) => Buffer.from(v).equals(Buffer.from(bytes)))) {
      problems.push(
        `${path} is not a complete version (${bytes.length} bytes${bytes.length && bytes.every((b) => b === 0) ? ', all NUL' : ''})`,
      );
    }
  }
  for (const p of state.promises) if (!p.holds(state.image.files)) problems.push(`acknowledged but lost: ${p.label}`);
  const store = await Store.open({ dataDir: DATA, files: new SimDisk(state.image), readOnly: true });
  for (const p of store.problems) problems.push(`on reopening: ${p.message}`);
  // Opened from the meeting index, whatever state the crash left it in: the lists show the meetings as on disk.
  const indexed = await Store.open({
    dataDir: DATA,
    files: new SimDisk(state.image),
    readOnly: true,
    loadOnDemand: true,
  });
  const listed = indexed
    .meetingSummaries()
    .map((m) => `${m.id}@${m.revision}`)
    .sort()
    .join(' ');
  const onDisk = store
    .meetingIds()
    .map((id) => `${id}@${store.meeting(id).revision}`)
    .sort()
    .join(' ');
  if (listed !== onDisk) problems.push(`the index lists ${listed}, the files hold ${onDisk}`);
  return problems.map((p) => `${state.description}: ${p}`);
}

/** Crashes after every prefix of the log; `enough` ends the search early (for the controls). */
async function crashEverywhere(
  log: DiskEvent[],
  enough?: (problems: string[]) => boolean,
): Promise<{ states: number; problems: string[] }> {
  let states = 0;
  const problems: string[] = [];
  for (let cut = 0; cut <= log.length; cut++) {
    for (const state of crashStates(log, cut)) {
      states++;
      problems.push(...(await problemsAfter(state)));
    }
    if (enough?.(problems)) break;
  }
  return { states, problems };
}

describe('power loss at every point of a session', () => {
  it('always recovers the old or the new state of every file, never empty, cut short or NUL-filled, and keeps every acknowledgement', async () => {
    const log = await recordSession();
    expect(log.filter((e) => e.t === 'rename').length).toBeGreaterThan(15);
    expect(log.filter((e) => e.t === 'promise').length).toBeGreaterThan(10);
    const { states, problems } = await crashEverywhere(log);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(states).toBeGreaterThan(log.length * 2);
    console.log(`power loss: ${log.length} operations, ${states} crash states checked, ${problems.length} problems`);
  });

  it('would notice a store that renamed before its data was fsynced (the lowdb failure: empty and NUL-filled files)', async () => {
    const nulFilled = (ps: string[]) => ps.some((p) => /NUL-filled.*not a complete version .*all NUL/.test(p));
    const empty = (ps: string[]) => ps.some((p) => /on reopening: .*is empty/.test(p));
    const { problems } = await crashEverywhere(
      await recordSession({ brokenFsync: true }),
      (ps) => nulFilled(ps) && empty(ps),
    );
    expect(nulFilled(problems)).toBe(true);
    expect(empty(problems)).toBe(true);
  });

  it('would notice a store that acknowledged before fsyncing the folder (a lost update)', async () => {
    const lost = (ps: string[]) => ps.some((p) => /acknowledged but lost: revision \d+/.test(p));
    const { problems } = await crashEverywhere(await recordSession({ brokenDirFsync: true }), lost);
    expect(lost(problems)).toBe(true);
  });
});
