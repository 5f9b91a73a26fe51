// Search across meetings over a generated history of 500 meetings (about five million words, the
// performance issue's size): ranking, each filter, grouping and highlighting, and the index
// following an edit saved to the store (before any search asks) and a meeting deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResults } from '$shared/api/search-contract';
import { generateHistory, writeHistory } from '../../bench/history-generator';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { searchServiceFor } from '../../electron/services/search/search-service';
import { answers } from '../../electron/services/search/search-query';
import { searchTerm } from '../../electron/services/search/search-index';
import { tempDir } from '../helpers/temp-dir';

let opened: OpenedServices;
let cleanup: () => Promise<void>;

async function search(input: Record<string, unknown>): Promise<SearchResults> {
  const r = (await opened.router.get('search:query')!(input, { trusted: true })) as {
    ok: boolean;
    value?: SearchResults;
    error?: unknown;
  };
  if (!r.ok) throw new Error(`search refused: ${JSON.stringify(r.error)}`);
  return r.value!;
}

const hitsOf = (r: SearchResults) => r.groups.flatMap((g) => g.items.flatMap((i) => i.hits));
const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

async function addParagraph(meetingId: string, paragraphId: string, text: string): Promise<void> {
  const store = opened.services.store;
  const itemId = store.meeting(meetingId).agenda.find((i) => i.kind === 'report')!.id;
  await store.command(meetingId, 'notes:addParagraph', { itemId, paragraphId, content: [{ t: 'text', text }] });
}

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const history = generateHistory({ meetings: 500 });
  expect(history.words).toBeGreaterThan(4_900_000);
  writeHistory(t.dir, history);
  opened = await openServices({ dataDir: t.dir, host: 'cli' });
}, 300_000);

afterAll(async () => {
  await opened?.close();
  await cleanup?.();
});

describe('search over 500 meetings', () => {
  it('finds a name in every meeting that mentions it, grouped by meeting and item, matches marked', async () => {
    const r = await search({ query: 'Eden Foodservice', limit: 500 });
    expect(r.meetings).toBe(500);
    expect(r.matchedMeetings).toBeGreaterThan(50);
    const ids = r.groups.map((g) => g.meetingId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of r.groups) {
      const items = g.items.map((i) => i.itemId);
      expect(new Set(items).size).toBe(items.length);
      for (const hit of g.items.flatMap((i) => i.hits)) {
        const marked = hit.segments.filter((s) => s.mark).map((s) => searchTerm(s.text)!);
        expect(marked.length).toBeGreaterThan(0);
        for (const m of marked) expect(['eden', 'foodservice'].some((q) => answers(m, q))).toBe(true);
        expect(textOf(hit.segments)).toMatch(/Eden Foodservice/);
      }
    }
  });

  it('follows a saved edit without waiting for a search, and ranks the meeting that says it most first', async () => {
    const store = opened.services.store;
    const service = searchServiceFor(store);
    await search({ query: 'committee' }); // the index is open
    await addParagraph('history-meeting-0100', 'zep-a', 'The zeppelin hangar was discussed. The zeppelin, a zeppelin.');
    await addParagraph('history-meeting-0200', 'zep-b', 'A zeppelin was mentioned once.');
    await addParagraph('history-meeting-0300', 'zep-c', 'Two hangars were built near the zeppelin field.');
    const stamp = (id: string) =>
      `${store.meeting(id).revision}.${store.committee(store.meeting(id).committeeId).revision}`;
    await expect
      .poll(
        () => ['history-meeting-0100', 'history-meeting-0300'].map((id) => service.indexedStamp(id) === stamp(id)),
        {
          timeout: 20_000,
        },
      )
      .toEqual([true, true]);

    const r = await search({ query: 'zeppelin' });
    expect(r.groups.map((g) => g.meetingId)).toEqual([
      'history-meeting-0100',
      'history-meeting-0300',
      'history-meeting-0200',
    ]);
    const landing = r.groups[0]!.items[0]!.hits[0]!;
    expect(landing.targetId).toBe('zep-a');
    expect(landing.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['zeppelin', 'zeppelin', 'zeppelin']);

    // The exact word ranks above a longer word it begins (hangar, hangars).
    const h = await search({ query: 'hangar' });
    expect(h.groups.map((g) => g.meetingId)).toEqual(['history-meeting-0100', 'history-meeting-0300']);
    // A word misspelt by a letter still finds it.
    expect((await search({ query: 'zepelin' })).matchedMeetings).toBe(3);
  });

  it('forgets a deleted meeting', async () => {
    await opened.services.store.deleteMeeting('history-meeting-0200');
    const r = await search({ query: 'zeppelin' });
    expect(r.groups.map((g) => g.meetingId)).toEqual(['history-meeting-0100', 'history-meeting-0300']);
  });

  it('filters by committee', async () => {
    const all = await search({ query: 'school meals', limit: 500 });
    const r = await search({ query: 'school meals', committeeId: 'history-committee-2', limit: 500 });
    expect(r.groups.length).toBeGreaterThan(0);
    expect(r.matchedMeetings).toBeLessThan(all.matchedMeetings);
    for (const g of r.groups) expect(g.committeeId).toBe('history-committee-2');
    expect(all.groups.some((g) => g.committeeId !== 'history-committee-2')).toBe(true);
  });

  it('filters by date range, both ends included', async () => {
    const r = await search({ query: 'school meals', from: '2008-01-01', to: '2009-12-31', limit: 500 });
    expect(r.groups.length).toBeGreaterThan(0);
    for (const g of r.groups) expect(g.date >= '2008-01-01' && g.date <= '2009-12-31').toBe(true);
    const day = r.groups[0]!.date;
    const one = await search({ query: 'school meals', from: day, to: day });
    expect(one.groups.map((g) => g.date)).toEqual([day]);
  });

  it('filters by kind: resolutions, actions, declarations, questions', async () => {
    const cases: [string, string][] = [
      ['resolution', 'report noted'],
      ['action', 'school meals'],
      ['declaration', 'governor'],
      ['question', 'care leavers'],
    ];
    for (const [kind, query] of cases) {
      const hits = hitsOf(await search({ query, kinds: [kind] }));
      expect(hits.length, kind).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.kind).toBe(kind);
    }
    const notes = hitsOf(await search({ query: 'school meals', kinds: ['note'] }));
    expect(notes.every((h) => h.kind === 'note')).toBe(true);
  });

  it('finds agenda titles and people present', async () => {
    const titles = hitsOf(await search({ query: 'fostering adoption', kinds: ['item'] }));
    expect(titles.length).toBeGreaterThan(0);
    expect(textOf(titles[0]!.segments)).toMatch(/FOSTERING AND ADOPTION ANNUAL REPORT/);
    const people = hitsOf(await search({ query: 'Caroline Needham', kinds: ['attendance'] }));
    expect(people.length).toBeGreaterThan(0);
  });

  it('holds a quoted phrase word for word', async () => {
    const phrase = hitsOf(await search({ query: '"local offer"', limit: 200 }));
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(textOf(hit.segments)).toMatch(/local offer/i);
  });
});
