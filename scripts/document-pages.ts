// `npx tsx scripts/document-pages.ts [--out dir]`: every kind of Word document the app makes, for the
// sample meeting (tests/helpers/every-document.ts), turned into PDF by LibreOffice and into page
// images by pdftoppm, so a reader can look at the pages as a clerk would (docs/pages/ by default).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { everyDocument } from '../tests/helpers/every-document';

const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
const out = resolve(values.out ?? join(import.meta.dirname, '..', 'docs', 'pages'));
const work = mkdtempSync(join(tmpdir(), 'scrutineer-pages-'));
mkdirSync(out, { recursive: true });
const { docs, cleanup } = await everyDocument(false);
try {
  for (const [kind, bytes] of docs) {
    const name = kind.replace(/[^a-z]+/gi, '-');
    writeFileSync(join(work, `${name}.docx`), bytes);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.docx`)], {
      stdio: 'ignore',
      env: { ...process.env, HOME: work },
    });
    execFileSync('pdftoppm', ['-png', '-r', '50', join(work, `${name}.pdf`), join(out, name)]);
  }
  console.log(readdirSync(out).sort().join('\n'));
} finally {
  await cleanup();
  rmSync(work, { recursive: true, force: true });
}
