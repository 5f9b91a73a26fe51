/**
 * Builds the import-accuracy corpus (tests/fixtures/agendas/corpus) from the council layout scripts
 * beside this file: each agenda's HTML becomes a Word document (LibreOffice's HTML import: tables as
 * w:tbl, headings as Heading styles), a PDF from LibreOffice (of that DOCX), a PDF from Chromium's
 * print of the HTML, and text (LibreOffice's text export of the DOCX); its expected JSON is written
 * beside them. The outputs are committed; tests never run this.
 *   npx tsx scripts/agenda-corpus/build.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import type { CorpusAgenda } from './corpus-agenda';
import { agendas as cheshireModernGov } from './moderngov-front-sheet';
import { agendas as londonModernGovTable } from './moderngov-item-table';
import { agendas as cmis } from './cmis';
import { agendas as jadu } from './jadu-export';
import { agendas as summons } from './district-summons';
import { agendas as parish } from './parish-council';
import { agendas as town } from './town-council';
import { agendas as joint } from './joint-committee';
import { agendas as county } from './county-continuation';
import { agendas as policePanel } from './police-crime-panel';
import { agendas as metropolitan } from './metropolitan-word';

const corpus: CorpusAgenda[] = [
  ...cheshireModernGov,
  ...londonModernGovTable,
  ...cmis,
  ...jadu,
  ...summons,
  ...parish,
  ...town,
  ...joint,
  ...county,
  ...policePanel,
  ...metropolitan,
];

const out = resolve(import.meta.dirname, '../../tests/fixtures/agendas/corpus');
const work = mkdtempSync(join(tmpdir(), 'agenda-corpus-'));

function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, ...args], {
    cwd: work,
    stdio: 'pipe',
  });
}

/** The words of a text, for checking that every expected value is printed in the document. */
const words = (s: string) =>
  s.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').toLowerCase();

function checkPrinted(a: CorpusAgenda, text: string): string[] {
  const t = words(text);
  const e = a.expected;
  const wanted = [
    e.committee,
    ...e.items.map((i) => i.title),
    ...e.members.map((m) => m.name),
    ...e.coOptees.flatMap((c) => [c.name, c.body]),
  ];
  return wanted.filter((w) => !t.includes(words(w)));
}

async function main(): Promise<void> {
  const ids = new Set<string>();
  for (const a of corpus) {
    if (ids.has(a.id)) throw new Error(`two agendas named ${a.id}`);
    ids.add(a.id);
    writeFileSync(join(work, `${a.id}.html`), a.html);
  }
  const names = corpus.map((a) => a.id);
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', ...names.map((n) => `${n}.html`)]);
  soffice(['--convert-to', 'pdf', ...names.map((n) => `${n}.docx`)]);
  soffice(['--convert-to', 'txt:Text (encoded):UTF8', ...names.map((n) => `${n}.docx`)]);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (const n of names) {
    await page.goto(`file://${join(work, `${n}.html`)}`);
    await page.pdf({
      path: join(work, `${n}.chromium.pdf`),
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '20mm', right: '20mm' },
    });
  }
  await browser.close();

  mkdirSync(out, { recursive: true });
  const problems: string[] = [];
  for (const a of corpus) {
    copyFileSync(join(work, `${a.id}.docx`), join(out, `${a.id}.docx`));
    copyFileSync(join(work, `${a.id}.pdf`), join(out, `${a.id}.libreoffice.pdf`));
    copyFileSync(join(work, `${a.id}.chromium.pdf`), join(out, `${a.id}.chromium.pdf`));
    const text = readFileSync(join(work, `${a.id}.txt`), 'utf8').replace(/^\uFEFF/, '');
    writeFileSync(join(out, `${a.id}.txt`), text);
    writeFileSync(join(out, `${a.id}.expected.json`), `${JSON.stringify(a.expected, null, 2)}\n`);
    for (const w of checkPrinted(a, text)) problems.push(`${a.id}: "${w}" is expected but not printed`);
  }
  const index = corpus.map((a) => ({ id: a.id, layout: a.layout, notes: a.notes }));
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  console.log(`${corpus.length} agendas in ${new Set(corpus.map((a) => a.layout)).size} layouts written to ${out}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

void main();
