import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { canDownloadElectron, findElectronBinary } from '../../scripts/electron-binary.mjs';

describe('finding the Electron binary without importing electron', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('scrutineer-bin-')));
  afterEach(() => cleanup());

  const pkg = () => join(dir, 'node_modules', 'electron');

  it('says the package is missing', () => {
    expect(findElectronBinary(dir)).toEqual({ found: false, reason: expect.stringContaining('npm install') });
  });

  it('says the binary was never downloaded when path.txt is missing', async () => {
    await mkdir(pkg(), { recursive: true });
    await writeFile(join(pkg(), 'package.json'), '{}');
    expect(findElectronBinary(dir)).toEqual({ found: false, reason: expect.stringContaining('path.txt') });
  });

  it('says so when path.txt names a file that is not there', async () => {
    await mkdir(pkg(), { recursive: true });
    await writeFile(join(pkg(), 'package.json'), '{}');
    await writeFile(join(pkg(), 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toEqual({
      found: false,
      reason: expect.stringContaining(join(pkg(), 'dist', 'electron')),
    });
  });

  it('finds the file path.txt names under dist/', async () => {
    await mkdir(join(pkg(), 'dist'), { recursive: true });
    await writeFile(join(pkg(), 'package.json'), '{}');
    await writeFile(join(pkg(), 'path.txt'), 'electron');
    await writeFile(join(pkg(), 'dist', 'electron'), '');
    expect(findElectronBinary(dir)).toEqual({ found: true, path: join(pkg(), 'dist', 'electron') });
  });

  it("knows which Node can run Electron's downloader (22.12+)", () => {
    expect(canDownloadElectron('20.20.2')).toBe(false);
    expect(canDownloadElectron('22.11.0')).toBe(false);
    expect(canDownloadElectron('22.12.0')).toBe(true);
    expect(canDownloadElectron('24.1.0')).toBe(true);
  });
});
