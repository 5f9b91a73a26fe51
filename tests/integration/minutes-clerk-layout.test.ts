// The draft minutes as a clerk would send them out, read back from Word and from LibreOffice's
// PDF (issue 17): an ACTION line never starts a page away from its paragraph, and a RESOLVED
// block holds together.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Meeting, Paragraph } from '$shared/domain';
import { exportMinutes } from '../../electron/services/docs/export-minutes';
import { loadSample } from './helpers/sample';
import { run } from '../helpers/agenda-2016-11-21';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-clerk-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each PDF page's text, as LibreOffice lays the document out. */
async function pdfPages(bytes: Uint8Array, name: string): Promise<string[]> {
  const docx = join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const lo = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (lo.status !== 0) throw new Error(`LibreOffice: ${lo.stderr}`);
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
  return text.stdout.split('\f').filter((p) => p.trim() !== '');
}

/** The w:p elements of document.xml whose text starts with `start`. */
function paragraphsXml(xml: string, start: string): string[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('')
        .startsWith(start),
    );
}

/** The sample with item 6 holding many short paragraphs, each with an action: some page is bound to start at one. */
function manyActions(): { meeting: Meeting; committee: ReturnType<typeof loadSample>['committee'] } {
  const { meeting, committee } = loadSample();
  const item6 = meeting.agenda.find((i) => i.number === '6')!;
  const notes: Paragraph[] = [];
  const actions: Action[] = [];
  for (let i = 1; i <= 90; i++) {
    const words = 'The Committee asked officers to look again at the figures. '.repeat(1 + (i % 3));
    notes.push({ id: `filler-${i}`, itemId: item6.id, content: [{ t: 'text', text: `Point ${i}. ${words}` }] });
    actions.push({
      id: `filler-action-${i}`,
      itemId: item6.id,
      paragraphId: `filler-${i}`,
      owners: ["Children's Services"],
      description: '',
      due: '',
      status: 'open',
    });
  }
  return {
    meeting: { ...meeting, notes: [...meeting.notes, ...notes], actions: [...meeting.actions, ...actions] },
    committee,
  };
}

describe('8. an ACTION line stays with its paragraph; a RESOLVED block holds together', () => {
  it('marks each paragraph with an action, and each action followed by another, keep-with-next', async () => {
    const { meeting, committee } = manyActions();
    const doc = await exportMinutes(meeting, committee);
    const xml = await (await JSZip.loadAsync(doc.bytes)).file('word/document.xml')!.async('string');
    for (let i = 1; i <= 90; i++) {
      const [p] = paragraphsXml(xml, `Point ${i}. `);
      expect(p, `paragraph ${i}`).toContain('<w:keepNext/>');
    }
    // A paragraph with no action after it is free to move on its own.
    const [free] = paragraphsXml(xml, 'Councillor Macmillan informed');
    expect(free).toBeDefined();
    expect(free).not.toContain('<w:keepNext/>');
    // Clauses of a resolution: each but the last keeps with the next, and none breaks inside.
    const clauses = ['That the outlined Semi', 'That the summarised', 'That the outlined future'].flatMap((start) =>
      paragraphsXml(xml, start),
    );
    expect(clauses).toHaveLength(3);
    for (const c of clauses.slice(0, 2)) expect(c).toContain('<w:keepNext/>');
    for (const c of clauses) expect(c).toContain('<w:keepLines/>');
  });

  it("keeps a Part II item's exclusion, introduced and resolved, on the page of the item", async () => {
    const { meeting, committee } = loadSample();
    const item8 = meeting.agenda.find((i) => i.number === '8')!;
    const exempt = run(meeting, 'agenda:setExempt', { itemId: item8.id, paragraph: '3' });
    const xml = await (
      await JSZip.loadAsync((await exportMinutes(exempt, committee)).bytes)
    )
      .file('word/document.xml')!
      .async('string');
    for (const start of ['Before item 8, the Committee considered', 'That under Section 100A (4)']) {
      const [p] = paragraphsXml(xml, start);
      expect(p, start).toContain('<w:keepNext/>');
    }
  });

  it('never starts a page with an ACTION line in the PDF LibreOffice lays out', async () => {
    const { meeting, committee } = manyActions();
    const pages = await pdfPages((await exportMinutes(meeting, committee)).bytes, 'many-actions');
    expect(pages.length).toBeGreaterThan(8);
    const firstLines = pages.map((p) =>
      p
        .split('\n')
        .find((l) => l.trim() !== '')!
        .trim(),
    );
    expect(firstLines.filter((l) => l.startsWith('ACTION:'))).toEqual([]);
  }, 180_000);
});
