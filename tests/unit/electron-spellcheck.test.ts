import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { DICTIONARY_FILE_NAME, installBundledDictionary, setUpSpellcheck } from '../../electron/main/spellcheck';
import { DICTIONARY_REQUEST_NAME, respondToAppRequest } from '../../electron/main/app-content';
import { DICTIONARY_BASE_URL } from '../../electron/main/app-url';

const BUNDLED = resolve(import.meta.dirname, '..', '..', 'resources', 'dictionaries', 'en-GB-10-1.bdic');

describe('the bundled en-GB dictionary', () => {
  it("is a Chromium .bdic whose checksum Chromium's reader accepts", async () => {
    const bytes = await readFile(BUNDLED);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('BDic');
    expect(bytes.readUInt16LE(4)).toBe(2); // major version
    const affOffset = bytes.readUInt32LE(8);
    const dicOffset = bytes.readUInt32LE(12);
    expect(affOffset).toBe(32);
    expect(dicOffset).toBeGreaterThan(affOffset);
    expect(dicOffset).toBeLessThan(bytes.length);
    // BDict::Verify: the header's digest is the MD5 of everything from the aff section on.
    expect(bytes.subarray(16, 32).toString('hex')).toBe(
      createHash('md5').update(bytes.subarray(affOffset)).digest('hex'),
    );
    // The affix section carries the en-GB affix flags converted from dictionary-en-gb.
    expect(bytes.subarray(affOffset, dicOffset).toString('latin1')).toMatch(/AF \d+\0AF /);
  });

  it('has the name Chromium looks for, and the one it requests (lower case)', () => {
    expect(DICTIONARY_FILE_NAME).toBe('en-GB-10-1.bdic');
    expect(DICTIONARY_REQUEST_NAME).toBe(DICTIONARY_FILE_NAME.toLowerCase());
  });
});

describe('installing the dictionary where Chromium reads it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('scrutineer-dict-')));
  afterEach(() => cleanup());

  it('copies it into <userData>/Dictionaries once, and replaces a damaged copy', async () => {
    const target = join(dir, 'Dictionaries', 'en-GB-10-1.bdic');
    expect(await installBundledDictionary(BUNDLED, dir)).toBe('installed');
    expect(await readFile(target)).toEqual(await readFile(BUNDLED));
    expect(await installBundledDictionary(BUNDLED, dir)).toBe('up-to-date');
    await writeFile(target, Buffer.alloc(100));
    expect(await installBundledDictionary(BUNDLED, dir)).toBe('installed');
    expect(await readFile(target)).toEqual(await readFile(BUNDLED));
    expect(await readdir(join(dir, 'Dictionaries'))).toEqual(['en-GB-10-1.bdic']);
  });

  it('reports, never throws, when it cannot', async () => {
    expect(await installBundledDictionary(join(dir, 'missing.bdic'), dir)).toMatch(/^failed: .*ENOENT/);
    await writeFile(join(dir, 'Dictionaries'), 'a file where the folder should be');
    expect(await installBundledDictionary(BUNDLED, dir)).toMatch(/^failed: /);
  });

  it('points the download URL at app:// before choosing en-GB, so nothing is fetched from the network', async () => {
    const calls: string[] = [];
    const session = {
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`url:${url}`),
      setSpellCheckerLanguages: (langs: string[]) => calls.push(`languages:${langs.join(',')}`),
    };
    const logs: string[] = [];
    await mkdir(join(dir, 'userData'));
    await setUpSpellcheck(session, {
      bundledDictionary: BUNDLED,
      userData: join(dir, 'userData'),
      log: (m) => logs.push(m),
    });
    expect(calls).toEqual(['url:app://scrutineer/dictionaries/', 'languages:en-GB']);
    expect(logs).toEqual([]);
    // Whatever Chromium might then request is served by the app itself.
    const r = await respondToAppRequest(`${DICTIONARY_BASE_URL}${DICTIONARY_REQUEST_NAME}`, 'GET', {
      rendererRoot: dir,
      dictionaryFile: BUNDLED,
    });
    expect(r.status).toBe(200);
    expect(Buffer.from(r.body as Uint8Array)).toEqual(await readFile(BUNDLED));
  });
});
