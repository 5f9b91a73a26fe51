// Two import defects, through the real router: the same agenda imported twice into a committee
// needs the user's word before a second meeting on that date is made; and a summary's
// paragraphs (the reference pack's four-paragraph Declarations of Interest note) survive the
// import from text, Word and PDF, and come out as four paragraphs on the front sheet.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedAgendaFile } from '$shared/api/import-contract';
import type { Meeting } from '$shared/domain';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { tempDir } from '../helpers/temp-dir';
import { readDocx } from './helpers/read-docx';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample');
const SAMPLE_COMMITTEE = '6ebd3145-1732-4a32-ac3f-1f1da2651dfb';

let opened: OpenedServices;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  opened = await openServices({ dataDir: t.dir, host: 'cli', sampleDir: SAMPLE });
});
afterEach(async () => {
  await opened.close();
  await cleanup();
});

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } };
const call = async (channel: string, input: unknown): Promise<Answer> =>
  (await opened.router.get(channel)!(input, { trusted: true })) as Answer;
const meetingsOn = (date: string) =>
  opened.services.store
    .meetingIds()
    .map((id) => opened.services.store.meeting(id))
    .filter((m) => m.committeeId === SAMPLE_COMMITTEE && m.date === date);

async function parsed(path: string): Promise<ParsedAgendaFile> {
  const bytes = await readFile(join(FIXTURES, path));
  const r = await call('import:parseAgenda', { fileName: path.split('/').pop(), base64: bytes.toString('base64') });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ParsedAgendaFile;
}

/** The review's answer when everything is accepted as read, into the sample committee. */
function intoSample(file: ParsedAgendaFile) {
  const a = file.agenda;
  return {
    committeeId: SAMPLE_COMMITTEE,
    date: a.meetingDate!.value,
    startTime: a.startTime!.value,
    venue: a.venue?.value ?? '',
    items: a.items.map((i) => ({
      number: i.number.value,
      title: i.title.value,
      summary: i.summary.value,
      kind: i.kind.value,
      ...(i.pages ? { pages: i.pages.value } : {}),
    })),
  };
}

const PARAGRAPH_STARTS = [
  'If a Councillor has a disclosable',
  'At meetings where members of the public',
  'Where Members of the public are not allowed',
  'Councillors are not obliged to withdraw',
];

describe('importing the same agenda twice', () => {
  it('refuses a second meeting of the committee on that date, naming the first, until the user confirms', async () => {
    const input = intoSample(await parsed('agendas/reference-pack.docx'));
    const first = await call('import:createMeeting', input);
    expect(first.ok).toBe(true);
    expect(meetingsOn('2016-11-21')).toHaveLength(1);

    const again = await call('import:createMeeting', input);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('SAME_DATE');
      expect(again.error.field).toBe('date');
      expect(again.error.message).toContain('already has a meeting on Monday 21 November 2016');
      expect(again.error.message).toContain('7.00 pm');
      expect(again.error.message).toContain('12 items');
    }
    expect(meetingsOn('2016-11-21')).toHaveLength(1);

    // Confirmed: it really is another meeting on the same day.
    const confirmed = await call('import:createMeeting', { ...input, allowSameDate: true });
    expect(confirmed.ok).toBe(true);
    expect(meetingsOn('2016-11-21')).toHaveLength(2);
  });

  it('lets the same agenda go to another date, and to a new committee, without asking', async () => {
    const input = intoSample(await parsed('agendas/reference-pack.docx'));
    expect((await call('import:createMeeting', input)).ok).toBe(true);
    expect((await call('import:createMeeting', { ...input, date: '2016-11-22' })).ok).toBe(true);
    const { committeeId: _sample, ...rest } = input;
    expect(
      (
        await call('import:createMeeting', {
          ...rest,
          newCommittee: { name: 'Another committee', authority: 'Somewhere' },
        })
      ).ok,
    ).toBe(true);
  });
});

describe('an item summary of several paragraphs', () => {
  for (const path of ['reference-pack.txt', 'agendas/reference-pack.docx', 'agendas/reference-pack.pdf']) {
    it(`${path}: item 3 keeps its four paragraphs, in the meeting and on the front sheet`, async () => {
      const file = await parsed(path);
      const summary = file.agenda.items[2]!.summary.value;
      const paragraphs = summary.split('\n\n');
      expect(paragraphs).toHaveLength(4);
      paragraphs.forEach((p, i) => {
        expect(p.startsWith(PARAGRAPH_STARTS[i]!), p).toBe(true);
        expect(p).not.toMatch(/\n|\s{2}/);
      });
      // One-paragraph summaries stay one paragraph.
      expect(file.agenda.items[0]!.summary.value).toBe('To approve the minutes of the previous meeting.');

      const created = await call('import:createMeeting', intoSample(file));
      if (!created.ok) throw new Error(created.error.message);
      const { meetingId } = created.value as { meetingId: string };
      const meeting = (await call('meetings:get', { meetingId })) as { ok: true; value: Meeting };
      expect(meeting.value.agenda[2]!.summary).toBe(summary);

      const exported = await call('docs:exportAgenda', { meetingId });
      if (!exported.ok) throw new Error(exported.error.message);
      const docx = await readDocx(new Uint8Array(Buffer.from((exported.value as { base64: string }).base64, 'base64')));
      const at = docx.paragraphs.findIndex((p) => p.style === 'Item Title' && p.text === 'DECLARATIONS OF INTEREST');
      expect(at).toBeGreaterThan(0);
      const after = docx.paragraphs.slice(at + 1, at + 5);
      expect(after.map((p) => p.style)).toEqual(['Item Summary', 'Item Summary', 'Item Summary', 'Item Summary']);
      expect(after.map((p) => p.text)).toEqual(paragraphs);
    });
  }
});
