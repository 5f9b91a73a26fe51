// What the draft minutes say, read back from the Word file (issue 17): a meeting not yet held
// does not read as if it had been, and Part II's exclusion is resolved in public, before the item.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import { exportMinutes } from '../../electron/services/docs/export-minutes';
import { run } from '../helpers/agenda-2016-11-21';
import { sampleServices } from '../helpers/review';
import { tempDir } from '../helpers/temp-dir';
import { readDocx } from './helpers/read-docx';
import { pythonDocxText } from './helpers/word-readers';
import { loadSample } from './helpers/sample';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('scrutineer-clerk-content-'));
});
afterAll(async () => cleanup());

/** The document's paragraphs as python-docx reads them (body only, in order). */
async function docxLines(bytes: Uint8Array, name: string): Promise<string[]> {
  const path = join(dir, `${name}.docx`);
  await writeFile(path, bytes);
  const fromPython = pythonDocxText(path);
  const ours = (await readDocx(bytes)).paragraphs.map((p) => p.text);
  // Two readers, one text: what python-docx reads is what the document says.
  expect(fromPython.slice(0, ours.length)).toEqual(ours);
  return ours;
}

/** The lines between an item's heading and the next item's heading. */
function itemLines(lines: string[], number: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`${number}. `));
  const end = lines.findIndex((l, i) => i > start && /^\d+\. [^a-z]+$/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('6. a meeting not yet held does not read as if it had been', () => {
  const { meeting, committee } = loadSample();
  const planned: Meeting = {
    ...meeting,
    status: 'planned',
    declarations: [],
    publicQuestions: [],
    clock: { adjournments: [] },
  };

  it('prints "[to be completed]" for declarations and public questions until the meeting has started, and lists them as gaps', async () => {
    const doc = await exportMinutes(planned, committee);
    const lines = await docxLines(doc.bytes, 'planned');
    expect(lines.join('\n')).not.toContain('There were no declarations of interest');
    expect(lines.join('\n')).not.toContain('There were no public questions');
    expect(itemLines(lines, '3')).toEqual(['[to be completed]']);
    expect(itemLines(lines, '4')).toEqual(['[to be completed]']);
    expect(doc.missing).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          where: 'Item 3: DECLARATIONS OF INTEREST',
          what: 'the declarations of interest: the meeting has not started yet',
        }),
        expect.objectContaining({
          where: 'Item 4: PUBLIC PARTICIPATION',
          what: 'the public questions: the meeting has not started yet',
        }),
      ]),
    );
  });

  it('says there were none once the meeting has started', async () => {
    for (const status of ['live', 'ended'] as const) {
      const lines = await docxLines((await exportMinutes({ ...planned, status }, committee)).bytes, status);
      expect(itemLines(lines, '3')).toEqual(['There were no declarations of interest.']);
      expect(itemLines(lines, '4')).toEqual(['There were no public questions.']);
    }
  });
});

describe('7. Part II: the exclusion is resolved in public, before the exempt item', () => {
  const { meeting, committee } = loadSample();
  const item8 = meeting.agenda.find((i) => i.number === '8')!;
  const exempt = run(meeting, 'agenda:setExempt', {
    itemId: item8.id,
    paragraph: '3',
    publicLeftAt: '20:05',
    publicReturnedAt: '20:30',
  });

  it('prints the s100A(4) resolution with its Schedule 12A paragraph in the public minutes, before the item, and not in the annex', async () => {
    const lines = await docxLines((await exportMinutes(exempt, committee)).bytes, 'public');
    const exclusion = lines.findIndex((l) =>
      l.startsWith('That under Section 100A (4) of the Local Government Act 1972'),
    );
    const heading = lines.indexOf('8. CARE-LEAVER ACCOMMODATION');
    expect(exclusion).toBeGreaterThan(0);
    expect(lines[exclusion]).toContain('the following item of business');
    expect(lines[exclusion]).toContain('paragraph 3 of Schedule 12A');
    expect(lines[exclusion - 1]).toBe('RESOLVED');
    // Introduced in words, so it is not read as the resolution of the item before.
    expect(lines[exclusion - 2]).toBe('Before item 8, the Committee considered the exclusion of the press and public.');
    // Right before the item it speaks of, after the item before it.
    expect(heading).toBe(exclusion + 1);
    expect(lines.indexOf("7. THE IMPACT OF RECENT 'SEN' POLICY CHANGES")).toBeLessThan(exclusion);
    expect(lines[heading + 1]).toMatch(
      /^The Committee considered this item in private, .* paragraph 3 of Part 1 of Schedule 12A/,
    );
    // The discussion stays out of the public minutes.
    expect(lines.join('\n')).not.toContain('Notting Hill Housing Association');

    const annex = await docxLines((await exportMinutes(exempt, committee, { confidential: true })).bytes, 'annex');
    expect(annex.join('\n')).toContain('Notting Hill Housing Association');
    expect(annex.join('\n')).not.toContain('Section 100A');
    expect(annex.filter((l) => l === 'RESOLVED')).toHaveLength(1);
  });

  it('answers a request for the confidential minutes of a meeting with no exempt item in words, not INTERNAL', async () => {
    const env = await sampleServices();
    try {
      const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
      const r = await env.attempt('docs:exportMinutes', { meetingId: summary!.id, confidential: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'NO_EXEMPT_ITEMS' } });
      expect(r.error!.message).toBe(
        'This meeting has no item taken in private, so there are no confidential minutes to export. To take an item in private, mark it exempt in the agenda with its Schedule 12A paragraph.',
      );
    } finally {
      await env.cleanup();
    }
  });
});
