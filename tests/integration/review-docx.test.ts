// The Word documents of review and planning, exported through the API: the reviewed draft with
// real tracked changes (w:del / w:ins with author and date), the approved minutes headed for the
// next agenda pack, the action log table and the work programme; LibreOffice opens every one.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionLogView, ExportedDocument, PrepareNextResult } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { sampleServices, text } from '../helpers/review';

const FIXED = new Date('2016-09-20T10:15:00Z');
let env: Awaited<ReturnType<typeof sampleServices>>;
let outDir: string;
let meeting: Meeting;
const docs = new Map<string, Uint8Array>();
const original = 'Original words of the paragraph that the Chair rewrote.';

async function exportDoc(channel: string, input: unknown): Promise<Uint8Array> {
  const d = (await env.call(channel, input)) as ExportedDocument;
  expect(d.fileName).toMatch(/^[A-Za-z0-9._-]+\.docx$/);
  return new Uint8Array(Buffer.from(d.base64, 'base64'));
}

beforeAll(async () => {
  env = await sampleServices(() => FIXED);
  outDir = await mkdtemp(join(tmpdir(), 'scrutineer-review-docx-'));
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
  const id = meeting.id;
  const p = meeting.notes[0]!;
  await env.call('notes:updateParagraph', { meetingId: id, paragraphId: p.id, content: text(original) });
  await env.call('review:send', { meetingId: id, by: 'Bathsheba Mall' });
  await env.call('review:suggest', {
    meetingId: id,
    commentId: 's1',
    paragraphId: p.id,
    author: 'Councillor Caroline Needham',
    suggestion: text('Original words of the paragraph that the Chair improved today.'),
  });
  await env.call('review:decide', { meetingId: id, commentId: 's1', decision: 'accepted', by: 'Bathsheba Mall' });
  await env.call('review:approve', { meetingId: id, by: 'Councillor Caroline Needham' });
  docs.set('reviewed-draft', await exportDoc('docs:exportReviewedDraft', { meetingId: id }));
  docs.set(
    'pack-minutes',
    await exportDoc('docs:exportApprovedMinutes', { meetingId: id, itemNumber: '1', firstPage: 5 }),
  );
  const c = meeting.committeeId;
  for (const [title, date] of [
    ['Local Safeguarding Children Board Annual Report', '2016-11-21'],
    ['SEN Passenger Transport', '2016-11-21'],
    ['Budget Report', '2017-01-30'],
    ['Childcare Sufficiency Strategy', '2017-06-12'],
    ['Fostering', undefined],
  ] as const) {
    await env.call('workProgramme:addItem', {
      committeeId: c,
      item: { title, summary: `About ${title}`, ...(date ? { meetingDate: date } : {}) },
    });
  }
  (await env.call('meetings:prepareNext', { meetingId: id, date: '2016-11-21' })) as PrepareNextResult;
  const log = (await env.call('actionLog:list', { committeeId: c })) as ActionLogView;
  await env.call('actionLog:update', {
    committeeId: c,
    entryId: log.entries[0]!.id,
    patch: { status: 'in_progress' },
    note: 'Report commissioned',
    by: 'Bathsheba Mall',
  });
  docs.set('action-log', await exportDoc('docs:exportActionLog', { committeeId: c }));
  docs.set('work-programme', await exportDoc('docs:exportWorkProgramme', { committeeId: c }));
  for (const [name, bytes] of docs) await writeFile(join(outDir, `${name}.docx`), bytes);
}, 60_000);

afterAll(async () => {
  await env?.cleanup();
  await rm(outDir, { recursive: true, force: true });
});

const part = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async('string');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('the reviewed draft', () => {
  it("writes the Chair's accepted edit as w:del and w:ins with author and date", async () => {
    const xml = await part(docs.get('reviewed-draft')!, 'word/document.xml');
    const del = [...xml.matchAll(/<w:del w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:del>/g)];
    const ins = [...xml.matchAll(/<w:ins w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:ins>/g)];
    expect(del.length).toBeGreaterThan(0);
    expect(ins.length).toBeGreaterThan(0);
    for (const m of [...del, ...ins]) {
      expect(m[2]).toBe('Councillor Caroline Needham');
      expect(m[3]).toBe('2016-09-20T10:15:00Z');
    }
    const deleted = del
      .map((m) => [...m[4]!.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((x) => x[1]).join(''))
      .join('|');
    const inserted = ins
      .map((m) => [...m[4]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))
      .join('|');
    expect(deleted).toBe('rewrote.');
    expect(inserted).toBe('improved today.');
    expect(xml).toContain('Original words of the paragraph that the Chair ');
    const ids = [...del, ...ins].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await part(docs.get('reviewed-draft')!, 'word/settings.xml')).toContain('<w:trackRevisions/>');
  });

  it('gives the same bytes for the same meeting', async () => {
    expect(await exportDoc('docs:exportReviewedDraft', { meetingId: meeting.id })).toEqual(docs.get('reviewed-draft'));
  });
});

describe('LibreOffice', () => {
  let texts: Map<string, string[]>;
  beforeAll(() => {
    // A fresh profile per run: a shared one can be locked by another soffice.
    const profile = join(tmpdir(), `lo-${randomUUID()}`);
    try {
      run('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...[...docs.keys()].map((n) => join(outDir, `${n}.docx`)),
      ]);
    } finally {
      spawnSync('rm', ['-rf', profile]);
    }
    texts = new Map(
      [...docs.keys()].map((n) => {
        const pdf = join(outDir, `${n}.pdf`);
        if (!existsSync(pdf)) return [n, []];
        return [
          n,
          run('pdftotext', ['-layout', pdf, '-'])
            .split('\f')
            .map((page) => page.replace(/[ \t]+/g, ' ')),
        ];
      }),
    );
  }, 200_000);

  it('converts every exported document to PDF', () => {
    for (const n of docs.keys()) expect(texts.get(n)!.join('').length, n).toBeGreaterThan(100);
  });

  it('shows the approved minutes headed as the pack item on their first page, pages numbered from the pack page', () => {
    const pages = texts.get('pack-minutes')!.filter((p) => p.trim());
    expect(pages[0]).toContain('Agenda Item 1');
    expect(pages[1]).not.toContain('Agenda Item 1');
    expect(pages[0]).toContain('Page 5');
    expect(pages[1]).toContain('Page 6');
    expect(pages[0]).toContain('Monday 19 September 2016');
    expect(pages.join('')).toContain('Minutes are subject to confirmation at the next meeting');
  });

  it('lays the action log out as a table with status and dated notes', async () => {
    const all = texts.get('action-log')!.join('\n').replace(/\s+/g, ' ');
    for (const s of ['Action log', 'As at Tuesday 20 September 2016', 'Meeting and item', 'Report commissioned'])
      expect(all).toContain(s);
    // The table as Word holds it: one row per entry, cells in the header's order.
    const xml = await part(docs.get('action-log')!, 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([tr]) =>
      [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) =>
        [...tc.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
          .map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
          .join('\n'),
      ),
    );
    expect(rows[0]).toEqual(['No.', 'Meeting and item', 'Action', 'Owner', 'Due', 'Status', 'Updates']);
    expect(rows.length).toBe(1 + meeting.actions.filter((a) => a.status === 'open').length);
    const first = meeting.actions[0]!;
    const item = meeting.agenda.find((i) => i.id === first.itemId)!;
    expect(rows[1]![1]).toBe(`19 September 2016\nItem ${item.number}: ${item.title}`.replace(/'/g, '&apos;'));
    expect(rows[1]![3]).toBe(first.owners.join(' / ').replace(/'/g, '&apos;'));
    expect(rows[1]![5]).toBe('In progress');
    expect(rows[1]![6]).toBe('20 September 2016 (Bathsheba Mall): Report commissioned [In progress]');
    expect(rows[2]![5]).toBe('Open');
  });

  it("writes the work programme in the reference pack's style", () => {
    const all = texts.get('work-programme')!.join('\n').replace(/\s+/g, ' ');
    for (const s of [
      'CEPAC Work Programme 2016/17',
      '21 November 2016 | Report deadline: 7 November',
      'Local Safeguarding Children Board Annual Report – About Local Safeguarding',
      '30 January 2017 | Report deadline: 16 January',
      'NEW MUNICIPAL YEAR',
      '12 June 2017 | Report deadline: 29 May',
      'Unallocated Items',
      'Fostering',
    ]) {
      expect(all).toContain(s);
    }
    expect(all.indexOf('NEW MUNICIPAL YEAR')).toBeGreaterThan(all.indexOf('30 January 2017'));
    expect(all.indexOf('NEW MUNICIPAL YEAR')).toBeLessThan(all.indexOf('12 June 2017'));
  });
});
