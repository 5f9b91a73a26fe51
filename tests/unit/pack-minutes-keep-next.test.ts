// The minutes for the next agenda pack keep a paragraph on the page of its ACTION line and hold a
// RESOLVED block together, as the draft minutes do: read back with python-docx and LibreOffice.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMinutes } from '$shared/minutes';
import { renderPackMinutesDocx } from '../../electron/services/docs/pack-minutes-docx';
import { readAnnotations, type ReadAnnotations } from '../helpers/docx-annotations';
import { loadSample } from '../helpers/review';
import { libreOfficeText } from '../integration/helpers/word-readers';

let dir: string;
let read: ReadAnnotations;
let pdfText: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-pack-keep-'));
  const { meeting, committee } = loadSample();
  const bytes = await renderPackMinutesDocx(composeMinutes(meeting, committee), { itemNumber: '4', firstPage: 9 });
  const path = join(dir, 'pack-minutes.docx');
  await writeFile(path, bytes);
  read = readAnnotations(path);
  pdfText = (await libreOfficeText([path], join(dir, 'pdf'))).join('\n');
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the pack minutes', () => {
  it('keep every paragraph with the ACTION line after it, and a resolution together', () => {
    const ps = read.paragraphs;
    const before = ps.filter((p, i) => ps[i + 1]?.now.startsWith('ACTION:') && !p.now.startsWith('ACTION:'));
    expect(before.length).toBeGreaterThan(3);
    for (const p of before) expect(p, p.now.slice(0, 60)).toMatchObject({ keepNext: true });
    // And a resolution's clauses stay together, as before.
    const inList = ps.filter((p, i) => p.style === 'ListNumber' && ps[i + 1]?.style === 'ListNumber');
    expect(inList.length).toBeGreaterThan(1);
    for (const p of inList) expect(p.keepNext).toBe(true);
  });

  it('open in LibreOffice with the item heading and the ACTION lines', () => {
    expect(pdfText).toContain('Agenda Item 4');
    expect(pdfText).toMatch(/ACTION: /);
  });
});
