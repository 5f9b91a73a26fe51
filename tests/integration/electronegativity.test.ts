import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const repo = resolve(import.meta.dirname, '..', '..');

/**
 * Findings reviewed by hand and accepted, with the reason (docs/reliability.md, "Electron security").
 * Anything else Electronegativity reports fails this test.
 */
const REVIEWED: { id: string; file: RegExp; sample: RegExp; why: string }[] = [
  { id: 'PRELOAD_JS_CHECK', file: /electron\/main\/window\.ts$/, sample: /preload: opts\.preload/, why: 'every preload is flagged "review it"; ours exposes only the typed channel list' },
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: /electron\/main\/window\.ts$/, sample: /decision\.allowed.*shell\.openExternal\(decision\.url\)/, why: 'the URL has passed the https:/mailto: allow-list in open-external.ts' },
  { id: 'CSP_GLOBAL_CHECK', file: /index\.html$/, sample: /^default-src 'none'; script-src 'self';/, why: "'self' is the app's own package on app://, which hosts no JSONP and no uploads" },
];

function parseCsv(text: string): Record<string, string>[] {
  const rows = text.trim().split('\n').map((line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => (m[2] ?? m[1] ?? '').trim()));
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head!.map((h, i) => [h.trim(), r[i] ?? ''])));
}

describe('Electronegativity (it exits 0 even with findings, so its CSV is read)', () => {
  it('finds nothing but the reviewed findings in the Electron code and the page', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      // The glue and the page it loads: the same code the app ships, without node_modules.
      await mkdir(join(dir, 'app'));
      await cp(join(repo, 'electron'), join(dir, 'app', 'electron'), { recursive: true });
      await cp(join(repo, 'renderer', 'index.html'), join(dir, 'app', 'index.html'));
      const version = JSON.parse(await readFile(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
      const out = join(dir, 'findings.csv');
      execFileSync(process.execPath, [join(repo, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', join(dir, 'app'), '-o', out, '-e', version], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const findings = parseCsv(await readFile(out, 'utf8'));
      const unexpected = findings.filter(
        (f) => !REVIEWED.some((r) => r.id === f.issue && r.file.test(f.filename ?? '') && r.sample.test(f.sample ?? '')),
      );
      expect(unexpected.map((f) => `${f.issue} ${f.filename}:${f.location} ${f.sample}`)).toEqual([]);
      expect(findings.length).toBeLessThanOrEqual(REVIEWED.length);
    } finally {
      await cleanup();
    }
  }, 180_000);
});
