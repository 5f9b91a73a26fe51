// `npm run cli -- check-docx <file> [--json]`: findings printed with their rule and place (exit
// 1), none (exit 0), and a file that cannot be checked refused in words (exit 2), read on the
// Word worker within the agenda import's limits.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { bombEntry, entry, rawZip } from '../integration/helpers/hostile-docx';
import { CASES, docx } from '../fixtures/accessibility/documents';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('scrutineer-check-docx-'));
});
afterAll(async () => cleanup());

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check-docx', ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    appRoot: process.cwd(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const linkCase = CASES.find((c) => c.rule === 'link-text')!;

describe('check-docx', () => {
  it('exits 0 and says so for a document with no findings', async () => {
    const r = await cli(await file('control.docx', await docx(linkCase.control)));
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('no accessibility findings');
  });

  it('exits 1 and prints each finding under its rule, with the place', async () => {
    const r = await cli(await file('broken.docx', await docx(linkCase.broken)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 accessibility finding.');
    expect(r.out).toContain('Meaningful link text [link-text]');
    expect(r.out).toContain(`  ${linkCase.where}: The link text "click here" does not say where the link goes.`);
  });

  it('--json prints the findings as data', async () => {
    const r = await cli(await file('broken.docx', await docx(linkCase.broken)), '--json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: { rule: string; where: string; message: string }[] };
    expect(parsed.findings.map((f) => [f.rule, f.where])).toEqual([['link-text', linkCase.where]]);
  });

  it('exits 2 with words for a file it cannot check: cut short, too large, not Word, hostile, absent', async () => {
    const good = await docx(linkCase.control);
    const cut = await cli(await file('cut.docx', good.subarray(0, Math.floor(good.length / 2))));
    expect(cut.code).toBe(2);
    expect(cut.err).toMatch(/^cut\.docx is damaged .* cannot be checked/);

    const big = rawZip([
      entry('[Content_Types].xml', '<Types/>'),
      entry('word/document.xml', '<w:document/>'),
      bombEntry('word/styles.xml', 210, false),
    ]);
    const large = await cli(await file('large.docx', big));
    expect(large.code).toBe(2);
    expect(large.err).toMatch(/^large\.docx is too large to check: its parts would take more than 200 MB unpacked/);

    const pdf = await cli(await file('minutes.docx', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n')));
    expect(pdf).toMatchObject({
      code: 2,
      err: 'minutes.docx is a PDF, not a Word document (.docx). Only .docx files can be checked.',
    });

    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const sheet = await cli(await file('book.docx', await xlsx.generateAsync({ type: 'uint8array' })));
    expect(sheet.code).toBe(2);
    expect(sheet.err).toContain('not a Word document (.docx)');

    const hostile = await JSZip.loadAsync(good);
    hostile.file('word/document.xml', '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>');
    const doctype = await cli(await file('doctype.docx', await hostile.generateAsync({ type: 'uint8array' })));
    expect(doctype.code).toBe(2);
    expect(doctype.err).toContain('document type declaration (DOCTYPE)');

    const absent = await cli(join(dir, 'nowhere.docx'));
    expect(absent).toMatchObject({ code: 2, err: `There is no file ${join(dir, 'nowhere.docx')}.` });
  });

  it('refuses a misspelt option, and a missing file name, with its usage', async () => {
    const misspelt = await cli('a.docx', '--jsn');
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toContain('Unknown option --jsn. This command takes --data-dir, --json.');
    expect(misspelt.err).toContain('Usage: npm run cli -- check-docx <file.docx> [--json]');
    expect((await cli()).code).toBe(2);
  });
});
