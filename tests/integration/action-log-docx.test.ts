// The action log as printed (issue 17, defect 1): each Action cell a short statement, never the
// whole paragraph; rows never split across pages; the sample's 11 actions on a page or two.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportedDocument } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { derivedStatement, type ActionLogEntry } from '$shared/planning/action-log';
import { renderActionLogDocx } from '../../electron/services/docs/action-log-docx';
import { loadSample } from './helpers/sample';
import { sampleServices } from '../helpers/review';
import { tempDir } from '../helpers/temp-dir';

let envs: Awaited<ReturnType<typeof sampleServices>>[] = [];
afterEach(async () => {
  for (const e of envs) await e.cleanup();
  envs = [];
});

/** The action log of the sample committee after its meeting's actions are carried forward, as a .docx on disk. */
async function exportedLog(
  change?: (m: Meeting) => Meeting,
): Promise<{ path: string; bytes: Uint8Array; dir: string; meeting: Meeting }> {
  const env = await sampleServices(() => new Date('2016-09-20T10:15:00Z'));
  envs.push(env);
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  let meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
  if (change) {
    const changed = change(meeting);
    for (const a of changed.actions) {
      const was = meeting.actions.find((x) => x.id === a.id)!;
      if (was.description !== a.description)
        await env.call('actions:update', {
          meetingId: meeting.id,
          actionId: a.id,
          patch: { description: a.description },
        });
    }
    meeting = (await env.call('meetings:get', { meetingId: meeting.id })) as Meeting;
  }
  await env.call('actionLog:carryForward', { meetingId: meeting.id });
  const doc = (await env.call('docs:exportActionLog', { committeeId: meeting.committeeId })) as ExportedDocument;
  const bytes = new Uint8Array(Buffer.from(doc.base64, 'base64'));
  const { dir } = await tempDir('scrutineer-action-log-');
  const path = join(dir, 'action-log.docx');
  await writeFile(path, bytes);
  return { path, bytes, dir, meeting };
}

/** The table's rows, each a list of cell texts, as python-docx reads them. */
function tableRows(path: string): string[][] {
  const script = [
    'import docx, json, sys',
    'd = docx.Document(sys.argv[1])',
    'sys.stdout.write(json.dumps([[c.text for c in r.cells] for r in d.tables[0].rows]))',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

function pdfPages(path: string, dir: string): string[] {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const lo = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (lo.status !== 0) throw new Error(lo.stderr);
  return spawnSync('pdftotext', ['-enc', 'UTF-8', path.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
    .stdout.split('\f')
    .filter((p) => p.trim());
}

describe('1. the action log as printed', () => {
  it("prints the sample's 11 actions with their statements and due dates, rows unsplit, on two pages at most", async () => {
    const { path, bytes, dir, meeting } = await exportedLog();
    const rows = tableRows(path);
    expect(rows[0]).toEqual(['No.', 'Meeting and item', 'Action', 'Owner', 'Due', 'Status', 'Updates']);
    const body = rows.slice(1);
    expect(body).toHaveLength(11);
    expect(body.map((r) => r[2])).toEqual(meeting.actions.map((a) => a.description));
    for (const r of body) {
      expect(r[2]!.length).toBeLessThan(200);
      expect(r[2]).not.toContain('[to be completed]');
    }
    expect(body[0]![2]).toBe(
      "Report to the Committee on the complaints about school meals (Eden Foodservice), after the Schools Contract Monitoring Team's investigation",
    );
    expect(body.map((r) => r[4])).toEqual([
      'Not set',
      'Not set',
      'Not set',
      'Not set',
      'Not set',
      'Not set',
      'Not set',
      '2017/18 work programme',
      'Not set',
      'Autumn 2017',
      'June 2017 meeting',
    ]);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const trs = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(trs).toHaveLength(12);
    for (const tr of trs) expect(tr).toMatch(/<w:trPr>[\s\S]*<w:cantSplit\/>[\s\S]*<\/w:trPr>/);
    const pages = pdfPages(path, dir);
    expect(pages.length).toBeLessThanOrEqual(2);
  }, 180_000);

  it('shows a short derived statement marked "[to be completed]" for an action captured without one, never the whole paragraph', async () => {
    const { path, meeting } = await exportedLog((m) => ({
      ...m,
      actions: m.actions.map((a) => ({ ...a, description: '' })),
    }));
    const body = tableRows(path).slice(1);
    expect(body).toHaveLength(11);
    for (const r of body) {
      expect(r[2]).toMatch(/ \[to be completed\]$/);
      expect(r[2]!.split(' ').length).toBeLessThanOrEqual(28);
    }
    // The first action's paragraph ends with what was agreed: its last sentence is the statement.
    expect(body[0]![2]).toBe(
      'The Schools Contract Monitoring Team would investigate further and it was agreed that officers would produce a report for the Committee to consider [to be completed]',
    );
    expect(meeting.actions).toHaveLength(11);
  }, 180_000);

  it('derives a statement from a paragraph: its last sentence, cut to 25 words', () => {
    expect(derivedStatement('')).toBe('[to be completed]');
    expect(derivedStatement('It was noted. Officers would report back.')).toBe(
      'Officers would report back [to be completed]',
    );
    const long = `First. ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}.`;
    expect(derivedStatement(long)).toBe(
      `${Array.from({ length: 25 }, (_, i) => `w${i}`).join(' ')}… [to be completed]`,
    );
  });

  it('prints a whole paragraph kept by an older log cut short and marked, as a statement', async () => {
    const { committee } = loadSample();
    const paragraph = `${'The Committee discussed the matter at length and heard from officers. '.repeat(8)}Officers would report back to the next meeting with the figures.`;
    const entry: ActionLogEntry = {
      id: 'old-1',
      origin: {
        meetingId: 'm1',
        meetingDate: '2016-09-19',
        itemId: 'i1',
        itemNumber: '5',
        itemTitle: 'UPDATE',
        actionId: 'a1',
      },
      description: paragraph,
      owners: ["Children's Services"],
      due: '',
      status: 'open',
      carriedAt: '2016-09-20T09:00:00.000Z',
      notes: [],
    };
    const { dir } = await tempDir('scrutineer-action-log-old-');
    const path = join(dir, 'old.docx');
    const bytes = await renderActionLogDocx(committee, [entry], '2016-09-20T10:00:00.000Z');
    await writeFile(path, bytes);
    expect(tableRows(path)[1]![2]).toBe(
      'Officers would report back to the next meeting with the figures [to be completed]',
    );
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:rStyle w:val="Marker"/>');
  });
});
