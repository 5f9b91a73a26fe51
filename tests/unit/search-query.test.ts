// Queries as people type them, and worse: regular expression characters are only punctuation,
// quotes make a phrase (an unpaired one is ignored), and too many words, common words alone,
// punctuation alone or thousands of words are refused in words, through the API and the CLI,
// with nothing thrown. The worker's entry is built beside the main bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, QueryError } from '../../electron/services/search/search-query';
import { generateHistory, writeHistory } from '../../bench/history-generator';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/temp-dir';

describe('reading a query', () => {
  it('treats regular expression characters as punctuation', () => {
    expect(parseQuery('school.*meals(').terms).toEqual(['school', 'meals']);
    expect(parseQuery('[a-z]+ (SEN)? \\d{3} $^|').terms).toEqual(['sen']);
  });

  it('makes a phrase of words in quotes, and ignores an unpaired quote', () => {
    expect(parseQuery('"school meals" Eden')).toEqual({
      terms: ['school', 'meals', 'eden'],
      phrases: [['school', 'meals']],
    });
    expect(parseQuery('“local offer”').phrases).toEqual([['local', 'offer']]);
    expect(parseQuery('"school meals')).toEqual({ terms: ['school', 'meals'], phrases: [] });
    expect(parseQuery("children's services").terms).toEqual(['childrens', 'services']);
  });

  it('refuses too many words, common words alone and punctuation alone, in words', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(() => parseQuery(many)).toThrow(
      new QueryError(
        'A search takes at most 32 words, and this one has 40: search for a few words that are in what you want to find.',
      ),
    );
    expect(() => parseQuery('the of and')).toThrow(/"the of and" are too common words to search for/);
    expect(() => parseQuery('.*?[]()')).toThrow(/There are no words to search for/);
  });
});

describe('bad queries through the API and the CLI', () => {
  let opened: OpenedServices;
  let dir = '';
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await tempDir();
    dir = t.dir;
    cleanup = t.cleanup;
    writeHistory(dir, generateHistory({ meetings: 12, wordsPerMeeting: 1500 }));
    opened = await openServices({ dataDir: dir, host: 'cli' });
  });
  afterAll(async () => {
    await opened.close();
    await cleanup();
  });
  const call = (input: unknown) =>
    opened.router.get('search:query')!(input, { trusted: true }) as Promise<{
      ok: boolean;
      value?: { groups: unknown[] };
      error?: { code: string; message: string; field?: string };
    }>;

  it('answers each in words, and goes on answering good ones', async () => {
    const thousands = Array.from({ length: 3000 }, () => 'meals').join(' ');
    const refused = await call({ query: thousands });
    expect(refused.ok).toBe(false);
    expect(refused.error!.message).toMatch(/A search is at most 500 characters/);
    for (const [query, words] of [
      ['"""', /no words to search for/],
      ['the', /"the" is too common a word/],
      ['a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg', /at most 32 words/],
    ] as const) {
      const r = await call({ query });
      expect(r.error, query).toMatchObject({ code: 'INVALID_QUERY', field: 'query' });
      expect(r.error!.message).toMatch(words);
    }
    expect((await call({ query: 'x', from: '2010-01-01', to: '2009-01-01' })).error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'to',
      message: expect.stringContaining('The "from" date is after the "to" date: no meeting can be between them'),
    });
    for (const query of ['school.*meals(', '"school meals', "(?<=x)\\1 'Eden' ^$"]) {
      const r = await call({ query });
      expect(r.ok, query).toBe(true);
    }
    expect((await call({ query: 'school.*meals(' })).value!.groups.length).toBeGreaterThan(0);
  });

  it('the CLI prints the words and exits 1, and finds with --committee and --json', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const base = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, appRoot: '.' };
    expect(await runCli(['search', '.*[(', '--data-dir', dir], base)).toBe(1);
    expect(err.join('\n')).toMatch(/There are no words to search for/);
    out.length = 0;
    expect(await runCli(['search', 'school meals', '--committee', 'HRPAC', '--json', '--data-dir', dir], base)).toBe(0);
    const r = JSON.parse(out.join('\n')) as { groups: { committeeId: string }[] };
    expect(r.groups.length).toBeGreaterThan(0);
    expect(r.groups.every((g) => g.committeeId === 'history-committee-2')).toBe(true);
    expect(await runCli(['search', 'x', '--committee', 'Nope', '--data-dir', dir], base)).toBe(2);
    expect(err.join('\n')).toMatch(/There is no committee "Nope"/);
  });
});

describe('the search worker', () => {
  it('is an entry of its own beside the main bundle', () => {
    const config = readFileSync(join(import.meta.dirname, '../../electron.vite.config.ts'), 'utf8');
    expect(config).toContain(
      "'search-index.worker': resolve(root, 'electron', 'services', 'search', 'search-index.worker.ts')",
    );
  });
});
