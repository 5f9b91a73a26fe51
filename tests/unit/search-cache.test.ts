// The search index's cache beside the data (cache/search-index.json) is never the source of
// truth: a good one is read instead of building; one from another version, damaged, cut short or
// behind the meetings (a file changed while the app was closed) is set aside or brought up to
// date, and the answers are the same. A read-only data folder (the CLI) writes no cache.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '$shared/api/search-contract';
import { generateHistory, writeHistory } from '../../bench/history-generator';
import { Store } from '../../electron/services/store/store';
import { closeSearchService, searchServiceFor } from '../../electron/services/search/search-service';
import { searchCachePath } from '../../electron/services/search/search-cache';
import { tempDir } from '../helpers/temp-dir';

let dir = '';
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  dir = t.dir;
  cleanup = t.cleanup;
  writeHistory(dir, generateHistory({ meetings: 30, wordsPerMeeting: 2000 }));
});
afterEach(async () => cleanup());

/** Opens the folder, searches, writes the cache, closes; answers the results and how the index was opened. */
async function session(query: string, readOnly = false): Promise<{ results: SearchResults; opened: string }> {
  const store = await Store.open({ dataDir: dir, readOnly });
  try {
    const service = searchServiceFor(store);
    const results = await service.search({ query });
    await service.saveNow();
    return { results, opened: service.cacheState };
  } finally {
    await closeSearchService(store);
    await store.close();
  }
}

const cache = () => searchCachePath(dir);

describe('the search cache', () => {
  it('is built and written on the first search, then read instead of building', async () => {
    const first = await session('school meals');
    expect(first.opened).toMatch(/^built \(cache missing/);
    expect(existsSync(cache())).toBe(true);
    const second = await session('school meals');
    expect(second.opened).toBe('loaded');
    expect(second.results).toEqual(first.results);
  });

  it('damaged in the middle: set aside and rebuilt, with the same answers', async () => {
    const first = await session('school meals');
    const text = await readFile(cache(), 'utf8');
    const at = Math.floor(text.length / 2);
    await writeFile(cache(), text.slice(0, at) + 'XXXX' + text.slice(at + 4));
    const again = await session('school meals');
    expect(again.opened).toMatch(/^built \(cache corrupt: its checksum does not match\)/);
    expect(again.results).toEqual(first.results);
    expect((await session('school meals')).opened).toBe('loaded'); // the rebuilt cache was written
  });

  it('cut short, or not JSON at all: rebuilt', async () => {
    const first = await session('care leavers');
    const text = await readFile(cache(), 'utf8');
    await writeFile(cache(), text.slice(0, text.length / 3));
    expect((await session('care leavers')).opened).toMatch(/^built \(cache corrupt/);
    await writeFile(cache(), '\u0000\u0000 not a cache');
    const again = await session('care leavers');
    expect(again.opened).toMatch(/^built \(cache corrupt/);
    expect(again.results).toEqual(first.results);
  });

  it('from another version of the index: rebuilt', async () => {
    await session('school meals');
    const text = await readFile(cache(), 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { version: number };
    await writeFile(cache(), JSON.stringify({ ...header, version: header.version + 1 }) + text.slice(newline));
    expect((await session('school meals')).opened).toMatch(/^built \(cache stale/);
  });

  it('behind a meeting changed while the app was closed: that meeting is indexed again', async () => {
    await session('school meals');
    const file = join(dir, 'meetings', 'history-meeting-0005.json');
    const meeting = JSON.parse(await readFile(file, 'utf8'));
    meeting.notes[0].content.push({ t: 'text', text: ' A quixotic plan was put to the Committee.' });
    meeting.revision += 1;
    await writeFile(file, JSON.stringify(meeting, null, 2));
    const after = await session('quixotic');
    expect(after.opened).toBe('loaded');
    expect(after.results.groups.map((g) => g.meetingId)).toEqual(['history-meeting-0005']);
  });

  it('is not written for a read-only data folder', async () => {
    const r = await session('school meals', true);
    expect(r.results.groups.length).toBeGreaterThan(0);
    expect(existsSync(cache())).toBe(false);
  });
});
