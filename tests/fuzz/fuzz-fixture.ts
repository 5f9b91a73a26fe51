// The data folder the API fuzzer runs against: one committee with people, and meetings in
// each state that matters (planned, live with notes and actions, in review, approved), all built
// through the real API so every id the valid payloads use is real.
import { promises as fsp, constants } from 'node:fs';
import { Store } from '../../electron/services/store/store';
import { nodeFileLayer, type FileLayer } from '../../electron/services/store/file-layer';
import { buildRouter } from '../../electron/api/router';
import type { Handler } from '../../electron/api/handle';
import type { Result } from '$shared/api';
import { newId, type Committee, type Meeting } from '$shared/domain';

/**
 * Real files in a temp folder, without fsync: the fuzzer checks validation, not durability
 * (the kill and power-loss suites do that), and 10,000 payloads a channel need the speed.
 */
export const unsyncedFileLayer: FileLayer = {
  ...nodeFileLayer,
  async writeFileSynced(path, data) {
    await fsp.writeFile(path, data, { mode: 0o600 });
  },
  async fsyncDir() {},
  async createExclusive(path, data) {
    await fsp.writeFile(path, data, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode: 0o600 });
  },
};

export interface Fixture {
  store: Store;
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  committeeId: string;
  /** Created oldest first, so each later one can confirm the minutes of the one before. */
  meetings: { approved: string; review: string; live: string; planned: string };
  close(): Promise<void>;
}

function must<T>(r: Result<unknown>, what: string): T {
  if (!r.ok) throw new Error(`fuzz fixture: ${what} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export async function openFixture(dataDir: string): Promise<Fixture> {
  const store = await Store.open({ dataDir, files: unsyncedFileLayer, retryMs: 50 });
  const router: Map<string, Handler> = buildRouter({
    store,
    host: 'dev',
    version: 'fuzz',
    now: () => new Date('2016-09-19T18:30:00Z'),
  });
  const call = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const handler = router.get(channel);
    return handler
      ? handler(input, { trusted: true })
      : { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
  };
  const fixture: Fixture = {
    store,
    call,
    committeeId: '',
    meetings: { approved: '', review: '', live: '', planned: '' },
    close: () => store.close(),
  };
  await rebuild(fixture);
  return fixture;
}

/** (Re)creates the committee and meetings the valid payloads refer to, if a fuzzed call removed them. */
export async function rebuild(f: Fixture): Promise<void> {
  const { call } = f;
  if (!f.store.committees.some((c) => c.id === f.committeeId)) {
    const c = must<Committee>(
      await call('committees:create', {
        authority: 'Fuzz Borough Council',
        name: 'Fuzz Scrutiny Committee',
        shortName: 'FSC',
      }),
      'committees:create',
    );
    f.committeeId = c.id;
    for (const key of Object.keys(f.meetings) as (keyof Fixture['meetings'])[]) f.meetings[key] = '';
  }
  // Fuzzed calls may rename, re-kind or remove people: put back any of the standard ones that are gone.
  const people: [string, string, string?][] = [
    ['councillor', 'Caroline Needham', 'chair'],
    ['councillor', 'Larry Culhane', 'member'],
    ['councillor', 'Joe Carlebach', 'member'],
    ['co-optee', 'Nandini Ganesh', 'member'],
    ['officer', 'Ian Heggs'],
    ['officer', 'Fiona Phelps'],
  ];
  for (const [kind, name, role] of people) {
    if (f.store.committee(f.committeeId).people.some((p) => p.name === name && p.kind === kind)) continue;
    must(
      await call('people:save', {
        committeeId: f.committeeId,
        person: { kind, name, title: role ? '' : 'Director' },
        ...(role ? { membership: { role, from: '2016-05-01' } } : {}),
      }),
      'people:save',
    );
  }
  const day = (n: number) =>
    `2016-${String(9 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  let n = 0;
  for (const key of ['approved', 'review', 'live', 'planned'] as const) {
    n++;
    if (f.store.meetingIds().includes(f.meetings[key])) continue;
    const m = must<Meeting>(
      await call('meetings:create', {
        committeeId: f.committeeId,
        date: day(n * 3 + Math.floor(Math.random() * 2)),
        withStandardItems: true,
      }),
      'meetings:create',
    );
    f.meetings[key] = m.id;
    if (key !== 'planned') await fillMeeting(f, m, key);
  }
  // A work programme with one planned meeting and item, and an action log with one entry.
  const programme = must<{ meetings: unknown[] }>(
    await call('workProgramme:get', { committeeId: f.committeeId }),
    'workProgramme:get',
  );
  if (!programme.meetings.length) {
    must(
      await call('workProgramme:addMeeting', { committeeId: f.committeeId, date: '2017-01-16' }),
      'workProgramme:addMeeting',
    );
    must(
      await call('workProgramme:addItem', {
        committeeId: f.committeeId,
        item: { title: 'School place planning', meetingDate: '2017-01-16' },
      }),
      'workProgramme:addItem',
    );
  }
  const log = must<{ entries: unknown[] }>(
    await call('actionLog:list', { committeeId: f.committeeId }),
    'actionLog:list',
  );
  if (!log.entries.length)
    must(await call('actionLog:carryForward', { meetingId: f.meetings.approved }), 'actionLog:carryForward');
}

async function fillMeeting(f: Fixture, m: Meeting, key: 'live' | 'review' | 'approved'): Promise<void> {
  const named = ([name, kind]: [string, string]) =>
    f.store.committee(f.committeeId).people.find((p) => p.name === name && p.kind === kind)!;
  const [chair, member, coopted, officer] = (
    [
      ['Caroline Needham', 'councillor'],
      ['Larry Culhane', 'councillor'],
      ['Nandini Ganesh', 'co-optee'],
      ['Ian Heggs', 'officer'],
    ] as [string, string][]
  ).map(named);
  const cmd = async (channel: string, input: Record<string, unknown>) =>
    must(await f.call(channel, { ...input, meetingId: m.id }), `${channel} on the ${key} meeting`);
  for (const p of [chair!, member!, coopted!])
    await cmd('attendance:mark', {
      personId: p.id,
      status: 'present',
      capacity: p.kind === 'co-optee' ? 'co-optee' : 'member',
    });
  await cmd('attendance:mark', { personId: officer!.id, status: 'present', capacity: 'officer' });
  await cmd('clock:start', { at: '19:00' });
  const item = m.agenda.find((i) => i.kind === 'report') ?? m.agenda[m.agenda.length - 1]!;
  await cmd('clock:goToItem', { itemId: item.id, at: '19:05' });
  const paragraphs = [newId(), newId()];
  await cmd('notes:addParagraph', {
    itemId: item.id,
    paragraphId: paragraphs[0],
    content: [
      { t: 'person', personId: officer!.id },
      { t: 'text', text: ' introduced the report.' },
    ],
  });
  await cmd('notes:addParagraph', {
    itemId: item.id,
    paragraphId: paragraphs[1],
    content: [{ t: 'text', text: 'Members asked about funding.' }],
  });
  await cmd('actions:add', {
    action: {
      id: newId(),
      itemId: item.id,
      paragraphId: paragraphs[1],
      owners: ['Director'],
      description: 'Circulate the figures',
      due: 'next meeting',
    },
  });
  await cmd('resolutions:set', {
    resolution: { id: newId(), itemId: item.id, clauses: ['That the report be noted.'] },
  });
  await cmd('declarations:add', {
    declaration: { id: newId(), personId: member!.id, itemId: item.id, kind: 'other', nature: 'school governor' },
  });
  await cmd('questions:add', {
    question: {
      id: newId(),
      itemId: item.id,
      askedByName: 'A resident',
      question: 'When?',
      answer: 'Soon.',
      answeredBy: officer!.id,
    },
  });
  if (key === 'live') return;
  await cmd('clock:end', { at: '21:00' });
  await cmd('review:send', { by: 'Clerk' });
  await cmd('review:comment', {
    commentId: newId(),
    paragraphId: paragraphs[1],
    author: 'Chair',
    text: 'Say which funding.',
  });
  if (key === 'review') return;
  for (const c of f.store.meeting(m.id).review?.comments ?? [])
    if (c.status === 'open') await cmd('review:decide', { commentId: c.id, decision: 'accepted', by: 'Chair' });
  await cmd('review:approve', { by: 'Councillor Caroline Needham', confirmMarkers: true });
}
