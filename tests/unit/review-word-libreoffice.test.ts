// LibreOffice as a second, independent producer of the returned copy: the identities and
// properties must survive its re-save, and the edits it records (through a Basic macro, with
// change recording on, saved as DOCX) must come back as the same suggestions and comments.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReviewWordWorker } from '../../electron/services/review-word/in-worker';
import { readChairsCopy } from '../../electron/services/review-word/review-copy';
import { loadSample } from '../helpers/review';
import { editInLibreOffice, sentSample } from './review-word-helpers';

afterAll(() => closeReviewWordWorker());
const run = promisify(execFile);

async function convert(bytes: Uint8Array, via: 'odt' | 'docx'): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-lo-convert-'));
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  writeFileSync(join(dir, 'copy.docx'), bytes);
  if (via === 'odt') {
    await run(
      'soffice',
      ['--headless', profile, '--convert-to', 'odt', '--outdir', join(dir, 'odt'), join(dir, 'copy.docx')],
      { timeout: 120_000 },
    );
    await run(
      'soffice',
      [
        '--headless',
        profile,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'back'),
        join(dir, 'odt/copy.odt'),
      ],
      { timeout: 120_000 },
    );
  } else {
    await run(
      'soffice',
      [
        '--headless',
        profile,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'back'),
        join(dir, 'copy.docx'),
      ],
      { timeout: 120_000 },
    );
  }
  return new Uint8Array(readFileSync(join(dir, 'back/copy.docx')));
}

const identities = async (bytes: Uint8Array) =>
  (
    (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).match(
      /w:name="_Scr[0-9a-f]+_\d+"/g,
    ) ?? []
  ).sort();

describe('a round trip through LibreOffice', () => {
  it('keeps every identity and the properties through a DOCX → ODT → DOCX re-save: an unedited copy brings nothing back', async () => {
    const { steps, copy } = await sentSample();
    const back = await convert(copy.bytes, 'odt');
    expect(await identities(back)).toEqual(await identities(copy.bytes));
    const custom = await (await JSZip.loadAsync(back)).file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('fixture-export-1');
    const plan = await readChairsCopy(steps.meeting, loadSample().committee, back, 'back.docx');
    expect(plan.notes).toEqual([]);
    expect(plan.items).toEqual([]);
  }, 300_000);

  it('reads the tracked edit, the untracked edit, the comment and the paragraphs LibreOffice recorded', async () => {
    const { steps, copy } = await sentSample();
    const edited = await editInLibreOffice(copy.bytes, [
      'author|Caroline|Needham',
      'track|off',
      "replace|Lady Margaret School|Lady Margaret's School",
      'track|on',
      'replace|submitted apologies on behalf of|sent apologies for',
      'replace|summarised headlines|summarised findings',
      'add-after|Dennis Jarman, former Committee member|The Chair thanked the officers for their work.',
      'delete-paragraph|raised a specific concern regarding gaps',
      'comment|Head of Housing Support|Caroline Needham|Please check this title.',
    ]);
    const { items, notes } = await readChairsCopy(steps.meeting, loadSample().committee, edited, 'lo.docx');
    expect(notes).toEqual([]);
    const untracked = items.find((i) => i.fromWord?.untracked && i.suggestion)!;
    expect(JSON.stringify(untracked.suggestion)).toContain("Lady Margaret's School");
    const tracked = items.find((i) => !i.fromWord?.untracked && i.suggestion)!;
    expect(tracked.author).toBe('Caroline Needham');
    expect(tracked.suggestion!.filter((r) => r.t === 'person')).toHaveLength(2);
    expect(JSON.stringify(tracked.suggestion)).toContain('sent apologies for');
    expect(items.find((i) => i.listSuggestion)!.listSuggestion!.lines[1]).toMatch(/summarised findings/);
    const comment = items.find((i) => i.text === 'Please check this title.')!;
    expect(comment).toMatchObject({
      blockRef: 'present:guest',
      quote: 'Head of Housing Support',
      author: 'Caroline Needham',
    });
    expect(items.find((i) => i.paragraphChange?.op === 'add')!.paragraphChange).toMatchObject({
      content: [{ t: 'text', text: 'The Chair thanked the officers for their work.' }],
    });
    expect(items.find((i) => i.paragraphChange?.op === 'delete')!.quote).toMatch(
      /raised a specific concern regarding gaps/,
    );
    expect(items).toHaveLength(6);
  }, 300_000);
});
