// The shipped CLI (out/cli/scrutineer.mjs, `npm run build:cli`) runs under plain node, without
// tsx: help, an export, and an agenda read on its Word worker thread (built beside the bundle).
// It starts from V8's code cache, which the build writes, and goes without one that is damaged.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_FILE, cliIsStale } from '../../scripts/build-cli.mjs';
import { tempDir } from '../helpers/temp-dir';

const exec = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');
let t: Awaited<ReturnType<typeof tempDir>>;

/** The text of a Word file's body, a line per paragraph. */
async function documentText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

const cli = (...args: string[]) => exec(process.execPath, [CLI_FILE, ...args], { cwd: t.dir, encoding: 'utf8' });

beforeAll(async () => {
  if (cliIsStale()) await buildCli();
  t = await tempDir();
}, 120_000);
afterAll(() => t.cleanup());

describe('the bundled CLI', () => {
  it('prints help listing every command', async () => {
    const { stdout } = await cli('--help');
    expect(stdout).toMatch(/^Scrutineer command line/);
    for (const name of ['list', 'minutes', 'import-agenda', 'check-docx', 'search'])
      expect(stdout).toContain(`  ${name} `);
  });

  it('writes the sample meeting as Word minutes', async () => {
    await mkdir(join(t.dir, 'demo'));
    const { stdout } = await cli('demo', '--out', join(t.dir, 'demo'));
    expect(stdout).toContain('Wrote the draft minutes');
    const text = await documentText(await readFile(join(t.dir, 'demo', 'CEPAC draft minutes 2016-09-19.docx')));
    expect(text).toContain('Monday 19 September 2016');
    expect(text).toContain('RESOLVED');
  });

  it('reads a Word agenda on the worker built beside it', async () => {
    const { stdout } = await cli('import-agenda', join(repo, 'tests/fixtures/agendas/exempt-agenda.docx'));
    expect(stdout).toContain('Corporate Resources Scrutiny Committee');
    expect(stdout).toContain('Tuesday 14 March 2017');
  });
});

describe("the bundled CLI's code cache", () => {
  /** A copy of the built CLI (starter, bundle, cache), so damaging its cache touches no other run. */
  async function copyOfCli(): Promise<{ start: string; cache: () => Promise<string | undefined> }> {
    const dir = join(t.dir, 'cli-copy');
    await mkdir(dir, { recursive: true });
    const out = dirname(CLI_FILE);
    for (const name of (await readdir(out)).filter((n) => /^(scrutineer\.mjs|cli-.*\.(cjs|v8cache))$/.test(n)))
      await copyFile(join(out, name), join(dir, name));
    return {
      start: join(dir, 'scrutineer.mjs'),
      cache: async () => (await readdir(dir)).find((n) => n.endsWith('.v8cache')),
    };
  }
  const helpFrom = (start: string) =>
    exec(process.execPath, [start, 'help'], {
      cwd: t.dir,
      encoding: 'utf8',
      env: { ...process.env, SCRUTINEER_CODE_CACHE: 'report' },
    });

  it('starts from the cache the build wrote', async () => {
    const { start, cache } = await copyOfCli();
    expect(await cache()).toBeDefined();
    const { stdout, stderr } = await helpFrom(start);
    expect(stderr).toContain('code cache: used');
    expect(stdout).toMatch(/^Scrutineer command line/);
  });

  it('runs without a damaged cache, and writes a whole one in its place', async () => {
    const { start, cache } = await copyOfCli();
    const file = join(dirname(start), (await cache())!);
    const bytes = await readFile(file);
    // The same length, bytes changed through the compiled code: V8 alone would accept it and crash.
    for (let i = 64; i < bytes.length; i += 4096) bytes[i] = bytes[i]! ^ 0x55;
    await writeFile(file, bytes);
    const damaged = await helpFrom(start);
    expect(damaged.stderr).toContain('code cache: none');
    expect(damaged.stdout).toMatch(/^Scrutineer command line/);
    expect((await helpFrom(start)).stderr).toContain('code cache: used');
  });

  it('writes the cache on its first run when there is none', async () => {
    const { start, cache } = await copyOfCli();
    await rm(join(dirname(start), (await cache())!));
    expect((await helpFrom(start)).stderr).toContain('code cache: none');
    expect(await cache()).toBeDefined();
    expect((await helpFrom(start)).stderr).toContain('code cache: used');
  });
});
