import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { tempDir } from '../helpers/temp-dir';

const repo = resolve(import.meta.dirname, '..', '..');
const SAMPLE_MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';
let dir: string;
let cleanup: () => Promise<void>;
let opened: OpenedServices;
const call = (c: string, i: unknown) => opened.router.get(c)!(i, { trusted: true });

async function documentText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  opened = await openServices({
    dataDir: join(dir, 'data'),
    host: 'cli',
    sampleDir: join(repo, 'resources', 'sample'),
  });
});
afterEach(async () => {
  await opened.close();
  await cleanup();
});

describe('exporting the draft minutes', () => {
  it('docs:exportMinutes gives the sample meeting as a Word file with nothing to complete', async () => {
    const r = (await call('docs:exportMinutes', { meetingId: SAMPLE_MEETING })) as {
      ok: true;
      value: { fileName: string; base64: string; missing: unknown[] };
    };
    expect(r.ok).toBe(true);
    expect(r.value.fileName).toBe('CEPAC draft minutes 2016-09-19.docx');
    expect(r.value.missing).toEqual([]);
    const text = await documentText(Buffer.from(r.value.base64, 'base64'));
    expect(text).toContain('Apologies for absence were received from Councillor Elaine Chumnerly.');
    expect(text).toContain('Meeting ended: 8.51 pm');
  });

  it('a committee template is checked when set, used at export, and a bad one is refused with words', async () => {
    const committeeId = opened.services.store.meeting(SAMPLE_MEETING).committeeId;
    const bad = await call('committees:setTemplate', {
      committeeId,
      fileName: 'notes.docx',
      base64: Buffer.from('just text').toString('base64'),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'TEMPLATE_NOT_DOCX', field: 'template' } });
    expect(opened.services.store.committee(committeeId).template).toBeUndefined();
    const draft = (await call('docs:exportMinutes', { meetingId: SAMPLE_MEETING })) as {
      ok: true;
      value: { base64: string };
    };
    const zip = await JSZip.loadAsync(Buffer.from(draft.value.base64, 'base64'));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const councilStyles = styles.replace(/w:ascii="[^"]*"/g, 'w:ascii="Georgia"');
    zip.file('word/styles.xml', councilStyles);
    const template = await zip.generateAsync({ type: 'nodebuffer' });
    const good = await call('committees:setTemplate', {
      committeeId,
      fileName: 'council.docx',
      base64: template.toString('base64'),
    });
    expect(good).toMatchObject({ ok: true, value: { template: { fileName: 'council.docx' } } });
    const styled = (await call('docs:exportMinutes', { meetingId: SAMPLE_MEETING })) as {
      ok: true;
      value: { base64: string; templateError?: string };
    };
    expect(styled.value.templateError).toBeUndefined();
    const styledStyles = await (
      await JSZip.loadAsync(Buffer.from(styled.value.base64, 'base64'))
    )
      .file('word/styles.xml')!
      .async('string');
    expect(styledStyles).toContain('Georgia');
    expect(await documentText(Buffer.from(styled.value.base64, 'base64'))).toBe(
      await documentText(Buffer.from(draft.value.base64, 'base64')),
    );
    const cleared = await call('committees:clearTemplate', { committeeId });
    expect(cleared).toMatchObject({ ok: true });
    expect(opened.services.store.committee(committeeId).template).toBeUndefined();
  });

  it('the CLI writes the minutes of a meeting in the data folder, and demo writes the sample', async () => {
    await opened.close();
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'electron/cli/main.ts'), ...args], {
        encoding: 'utf8',
        cwd: repo,
      });
    const out = join(dir, 'minutes.docx');
    expect(cli('minutes', SAMPLE_MEETING, '--out', out, '--data-dir', join(dir, 'data'))).toContain(
      'Wrote the draft minutes',
    );
    expect(await documentText(await readFile(out))).toContain('RESOLVED');
    await mkdir(join(dir, 'demo'));
    cli('demo', '--out', join(dir, 'demo'));
    const demo = await readFile(join(dir, 'demo', 'CEPAC draft minutes 2016-09-19.docx'));
    expect(demo.equals(await readFile(out))).toBe(true);
    let failed = '';
    try {
      cli('minutes', SAMPLE_MEETING, '--out', join(dir, 'nope', 'm.docx'), '--data-dir', join(dir, 'data'));
    } catch (err) {
      failed = String((err as { stderr?: string }).stderr);
    }
    expect(failed).toMatch(/does not exist; create it or choose another --out/);
    opened = await openServices({ dataDir: join(dir, 'data2'), host: 'cli' });
  });
});
