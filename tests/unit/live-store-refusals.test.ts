// The "Bad input" list, through the real API wrapper and store: a clear message at the
// field, nothing wrong saved, nothing already saved lost.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../electron/api/handle';
import { commandHandlers } from '../../electron/api/handlers/commands';
import { Store } from '../../electron/services/store/store';
import type { ChannelName, Result } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { tempDir } from '../helpers/temp-dir';
import { personId, sampleCommittee } from './live-helpers';

const sampleDir = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
const c = sampleCommittee();
let dir: string;
let cleanup: () => Promise<void>;
let store: Store;
let meeting: Meeting;

async function call(channel: ChannelName, input: Record<string, unknown>): Promise<Result<unknown>> {
  const impl = commandHandlers({ store, host: 'cli', version: '0', now: () => new Date() })[channel as never];
  return handle(channel, impl)({ meetingId: meeting.id, ...input }, { trusted: true });
}

const onDisk = async () => readFile(join(dir, 'meetings', `${meeting.id}.json`), 'utf8');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await Store.open({
    dataDir: dir,
    sampleDir,
    now: () => new Date('2016-09-19T21:30:00.000Z') /* 10.30 pm: the meeting is over */,
    retryMs: 20,
  });
  meeting = store.meeting(store.meetingIds()[0]!);
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('bad input is refused at its field, and nothing is lost', () => {
  it('refuses each bad edit with a message at the field, leaving the file and revision as they were', async () => {
    // A good edit first, so there is something saved that must survive.
    const good = await call('clock:setTimes', { endedAt: '20:52' });
    expect(good).toMatchObject({ ok: true, value: { revision: 1, saved: true } });
    const saved = await onDisk();
    const item9 = meeting.agenda.find((i) => i.number === '9')!.id;
    const bad: [ChannelName, Record<string, unknown>, string, string][] = [
      [
        'attendance:arrive',
        { personId: personId(c, 'Donald Johnson'), at: '18:45' },
        'LATE_ARRIVAL_BEFORE_START',
        'at',
      ],
      ['clock:setTimes', { endedAt: '18:30' }, 'END_BEFORE_START', 'endedAt'],
      [
        'declarations:add',
        { declaration: { id: 'd1', personId: personId(c, 'Elaine Chumnerly'), itemId: item9, kind: 'other' } },
        'DECLARANT_NOT_PRESENT',
        'personId',
      ],
      [
        'resolutions:set',
        { resolution: { id: 'r1', itemId: item9, clauses: [] } },
        'INVALID_INPUT',
        'resolution.clauses',
      ],
      ['resolutions:set', { resolution: { id: 'r1', itemId: item9, clauses: [' '] } }, 'EMPTY', 'clauses'],
      [
        'resolutions:set',
        {
          resolution: {
            id: 'r1',
            itemId: item9,
            clauses: ['That the report be noted.'],
            vote: { kind: 'counts', for: 9, against: 0, abstain: 0 },
          },
        },
        'VOTE_EXCEEDS_PRESENT',
        'vote',
      ],
    ];
    for (const [channel, input, code, field] of bad) {
      const result = await call(channel, input);
      expect(result.ok, `${channel} should be refused`).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code, field });
      expect(result.error.message.length).toBeGreaterThan(15);
    }
    expect(store.meeting(meeting.id).revision).toBe(1);
    expect(await onDisk()).toBe(saved);
  });

  it('lets the end time be cleared and the meeting ended again through the API', async () => {
    const cleared = await call('clock:setTimes', { endedAt: null });
    expect(cleared.ok).toBe(true);
    const ended = await call('clock:end', { at: '20:51' });
    expect(ended.ok).toBe(true);
    expect(JSON.parse(await onDisk()).clock).toMatchObject({ startedAt: '19:00', endedAt: '20:51' });
  });
});
