// Characters a Word file cannot hold (issue 12, item 3). One U+FFFE in a committee's name made
// every Word file refuse to open in python-docx and LibreOffice. Text entering the store loses
// them (the schemas), and so does text leaving for XML (the writers), for data written before.
// Each kind, in a committee's name, a standing agenda note, an item's title and a minutes note,
// exported as the minutes and as the agenda front sheet: both readers open both files, and the
// text around every removed character is there.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAgendaDocx } from '../../electron/services/docs/agenda-docx';
import { renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { openServices } from '../../electron/host/open-services';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { newId, type Committee, type Meeting } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import { testCommittee, testMeeting } from '../helpers/meetings';
import { tempDir } from '../helpers/temp-dir';
import { libreOfficeText, pythonDocxText } from './helpers/word-readers';

const repo = resolve(import.meta.dirname, '..', '..');
const SAMPLE_MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';

/** Every kind of character removed: C0 controls, lone surrogates, U+FFFE/U+FFFF and the other noncharacters. */
const ILLEGAL: [string, string][] = [
  ['NUL', '\u0000'],
  ['U+0001', '\u0001'],
  ['backspace', '\u0008'],
  ['vertical tab', '\u000B'],
  ['form feed', '\u000C'],
  ['U+001F', '\u001F'],
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDFFF'],
  ['U+FDD0', '\uFDD0'],
  ['U+FDEF', '\uFDEF'],
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['U+1FFFE', '\u{1FFFE}'],
  ['U+10FFFF', '\u{10FFFF}'],
];

/** Words with one illegal character after each (every kind in turn): what is written, and what must be read back. */
function dirty(sentence: string): { text: string; clean: string } {
  const words = sentence.split(' ');
  expect(words.length).toBeGreaterThanOrEqual(ILLEGAL.length);
  return { text: words.map((w, i) => `${w}${ILLEGAL[i % ILLEGAL.length]![1]}`).join(' '), clean: sentence };
}

const NAME = dirty(
  'Children and Education Policy and Accountability Committee of the London Borough on Monday evening',
);
const NOTE = dirty('The committee noted that school places were sufficient for the coming year in every ward');
const AGENDA_NOTE = dirty(
  'Members of the public may film this meeting from the public gallery unless the Chair says otherwise',
);
const TITLE = dirty('Semi Independent Living Accommodation for young people leaving care in the borough this year');

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Writes each file, opens it with python-docx and converts it with LibreOffice, and checks each
 * reader finds the texts given for it (headings may be printed in capitals, so LibreOffice is
 * held to the body text).
 */
async function openInBoth(
  dir: string,
  files: { name: string; bytes: Uint8Array; paragraphs: string[]; printed: string[] }[],
): Promise<void> {
  const paths = await Promise.all(
    files.map(async (f) => {
      const path = join(dir, f.name);
      await mkdir(dir, { recursive: true });
      await writeFile(path, f.bytes);
      return path;
    }),
  );
  const pdfs = await libreOfficeText(paths, join(dir, 'pdf'));
  files.forEach((f, i) => {
    // python-docx refused the whole file over one U+FFFE; here it reads every paragraph.
    const paragraphs = flat(pythonDocxText(paths[i]!).join('\n'));
    for (const text of f.paragraphs) expect(paragraphs, `${f.name}, read by python-docx`).toContain(text);
    const pdf = flat(pdfs[i]!);
    for (const text of f.printed) expect(pdf, `${f.name}, printed by LibreOffice`).toContain(text);
  });
}

async function illegalLeft(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await zip.file(name)!.async('string');
    for (const [what, c] of ILLEGAL) if (text.includes(c)) found.push(`${what} in ${name}`);
  }
  return found;
}

describe('characters a Word file cannot hold', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutineer-xml-chars-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('in data written before (never through the schemas): the writers remove them, and both readers open the minutes and the front sheet', async () => {
    const committee: Committee = { ...testCommittee(), name: NAME.text, agendaNotes: [AGENDA_NOTE.text] };
    const base = testMeeting(committee.id, { dateIssued: '2016-09-09' });
    const item = base.agenda.at(-1)!;
    const meeting: Meeting = {
      ...base,
      agenda: base.agenda.map((a) => (a.id === item.id ? { ...a, title: TITLE.text } : a)),
      notes: [{ id: newId(), itemId: item.id, content: [{ t: 'text', text: NOTE.text }] }],
    };
    const minutes = await renderMinutesDocx(composeMinutes(meeting, committee));
    const agenda = await renderAgendaDocx(composeFrontSheet(meeting, committee));
    expect(await illegalLeft(minutes)).toEqual([]);
    expect(await illegalLeft(agenda)).toEqual([]);
    await openInBoth(join(dir, 'old'), [
      {
        name: 'minutes.docx',
        bytes: minutes,
        paragraphs: [NAME.clean, TITLE.clean, NOTE.clean],
        printed: [NAME.clean, NOTE.clean],
      },
      {
        name: 'agenda.docx',
        bytes: agenda,
        paragraphs: [NAME.clean, TITLE.clean, AGENDA_NOTE.clean],
        printed: [NAME.clean, AGENDA_NOTE.clean],
      },
    ]);
  });

  it('typed or pasted in: the store keeps the text without them, and both readers open what it exports', async () => {
    const { dir: data, cleanup } = await tempDir();
    const opened = await openServices({
      dataDir: join(data, 'data'),
      host: 'cli',
      sampleDir: join(repo, 'resources', 'sample'),
    });
    try {
      const call = async (channel: string, input: unknown) => {
        const r = (await opened.router.get(channel)!(input, { trusted: true })) as {
          ok: boolean;
          value?: unknown;
          error?: { message: string };
        };
        if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
        return r.value as Record<string, unknown>;
      };
      const meeting = opened.services.store.meeting(SAMPLE_MEETING);
      const item = meeting.agenda.at(-1)!;
      await call('committees:update', {
        committeeId: meeting.committeeId,
        patch: { name: NAME.text, agendaNotes: [AGENDA_NOTE.text] },
      });
      await call('notes:addParagraph', {
        meetingId: SAMPLE_MEETING,
        itemId: item.id,
        paragraphId: newId(),
        content: [{ t: 'text', text: NOTE.text }],
      });
      await call('agenda:updateItem', { meetingId: SAMPLE_MEETING, itemId: item.id, patch: { title: TITLE.text } });

      const committee = opened.services.store.committee(meeting.committeeId);
      expect(committee.name).toBe(NAME.clean);
      expect(committee.agendaNotes).toEqual([AGENDA_NOTE.clean]);
      const stored = opened.services.store.meeting(SAMPLE_MEETING);
      expect(stored.notes.filter((p) => p.itemId === item.id).at(-1)!.content).toEqual([
        { t: 'text', text: NOTE.clean },
      ]);
      expect(stored.agenda.at(-1)!.title).toBe(TITLE.clean);

      const minutes = Buffer.from(
        (await call('docs:exportMinutes', { meetingId: SAMPLE_MEETING })).base64 as string,
        'base64',
      );
      const agenda = Buffer.from(
        (await call('docs:exportAgenda', { meetingId: SAMPLE_MEETING })).base64 as string,
        'base64',
      );
      await openInBoth(join(dir, 'store'), [
        {
          name: 'minutes.docx',
          bytes: minutes,
          paragraphs: [NAME.clean, TITLE.clean, NOTE.clean],
          printed: [NAME.clean, NOTE.clean],
        },
        {
          name: 'agenda.docx',
          bytes: agenda,
          paragraphs: [NAME.clean, TITLE.clean, AGENDA_NOTE.clean],
          printed: [NAME.clean, AGENDA_NOTE.clean],
        },
      ]);
    } finally {
      await opened.close();
      await cleanup();
    }
  });
});
