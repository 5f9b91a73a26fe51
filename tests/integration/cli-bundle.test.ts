// The shipped CLI (out/cli/scrutineer.mjs, `npm run build:cli`) runs under plain node, without
// tsx: help, an export, and an agenda read on its Word worker thread (built beside the bundle).
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
