// The agenda front sheet of 21 November 2016 as Word writes it: read back from word/document.xml
// and held against the reference pack, paragraph by paragraph and style by style; the same bytes
// every time; LibreOffice opens it; and the CLI command end to end.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import type { FrontSheetOutline } from '$shared/agenda/front-sheet-outline';
import { renderAgendaDocx } from '../../electron/services/docs/agenda-docx';
import { openServices } from '../../electron/host/open-services';
import { committeeFor2016_11_21, meeting2016_11_21, run } from '../helpers/agenda-2016-11-21';
import { packItems, packLine } from '../helpers/reference-agenda';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';
import { Committee } from '$shared/domain';
import { readDocx, type ReadDocx } from './helpers/read-docx';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const committee = committeeFor2016_11_21();
const meeting = meeting2016_11_21(committee);

/** What the front sheet must say, style by style, built from the pack's printed text. */
function expectedParagraphs(): string[] {
  const members = packLine(16)
    .split('\t')
    .map((column) => column.split(/ (?=Councillor )/));
  const body = [
    `Authority|London Borough of Hammersmith & Fulham`,
    `Title|${packLine(3).replace(/^# /, '')}`,
    `Subtitle|${packLine(5).replace(/^## /, '')}`,
    `Meeting Details|${packLine(7)}`,
    `Meeting Details|${packLine(9)}`,
    `Meeting Details|${packLine(11)}`,
    `Heading 1|${packLine(13).replace(/^### /, '')}`,
    // Each group's label with its members: the order a screen reader reads the layout table in.
    'Group Label|Administration:',
    ...members[0]!.map((m) => `Member|${m}`),
    'Group Label|Opposition:',
    ...members[1]!.map((m) => `Member|${m}`),
    `Group Label|${packLine(17).trim()}`,
    // Roster order; Matthew Jenkins under the name he is known by, as the pack prints it.
    ...[
      'Nandini Ganesh, Parentsactive Representative',
      "Philippa O'Driscoll, Westminster Diocesan Education Service Representative",
      'Nadia Taylor, Parent Governor Representative',
      'Vic Daniels, Parent Governor Representative',
      'Eleanor Allen, London Diocesan Board for Schools',
      'Matt Jenkins, Teacher Representative',
    ].map((c) => {
      expect(packLine(18)).toContain(c);
      return `Member|${c}`;
    }),
    `Contact Officer|${[20, 21, 22, 23, 24].map((n) => packLine(n).replace(/\*\*/g, '').trim()).join('\n')}`,
    `Standing Note|${packLine(26).trim()}\n${/\[(.*)\]/.exec(packLine(27))![1]!.replace(/\\\\_/g, '_')}`,
    `Standing Note|${packLine(29)}`,
    `Date Issued|${packLine(31)}`,
    `Agenda Heading|${packLine(33).replace(/^# /, '')}`,
    `Agenda Date|${packLine(35)}`,
    'Table Heading|Item',
    'Table Heading|Pages',
  ];
  for (const item of packItems()) {
    body.push(
      `Item Number|${item.number}`,
      `Item Title|${item.title}`,
      ...item.summary.map((s) => `Item Summary|${s}`),
    );
    body.push(item.pages ? `Item Pages|${item.pages}` : 'Normal|');
  }
  return [...body, 'Normal|'];
}

describe('the agenda front sheet of 21 November 2016 as a Word document (golden)', () => {
  let outline: FrontSheetOutline;
  let bytes: Uint8Array;
  let doc: ReadDocx;

  beforeAll(async () => {
    outline = composeFrontSheet(meeting, committee);
    bytes = await renderAgendaDocx(outline);
    doc = await readDocx(bytes);
  });

  it('says what the reference pack says, paragraph by paragraph, each in its Word style', () => {
    expect(doc.paragraphs.map((p) => `${p.style}|${p.text}`)).toEqual(expectedParagraphs());
  });

  it('lays out the membership in a column per group and the items in a number | item | pages table', () => {
    const xml = doc.text('word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    const [membership, items] = tables as [string, string];
    expect(membership.match(/<w:gridCol /g)).toHaveLength(2);
    // A layout table: one row of groups, one of co-optees; no header row, "Header Row" unticked.
    expect(membership.match(/<w:tr>|<w:tr /g)).toHaveLength(2);
    expect(membership).not.toContain('<w:tblHeader');
    expect(membership).toContain('w:firstRow="false"');
    expect(membership).toContain('<w:gridSpan w:val="2"/>');
    expect(items.match(/<w:gridCol /g)).toHaveLength(3);
    expect(items.match(/<w:tr>|<w:tr /g)).toHaveLength(13);
    expect(items).toContain('<w:tblHeader/>');
    // The item list starts a page of its own.
    expect(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:pStyle w:val="AgendaHeading"\/><w:pageBreakBefore\/>/.test(xml)).toBe(true);
  });

  it('uses styles, not direct formatting: no bold, size or font set on any run', () => {
    const xml = doc.text('word/document.xml');
    expect(xml).not.toMatch(/<w:b\/>|<w:b |<w:sz |<w:rFonts |<w:i\/>/);
    // The label in Strong, the e-mail address a link in Word's Hyperlink style.
    expect(doc.paragraphs.find((p) => p.text.startsWith('CONTACT OFFICER:'))!.runStyles).toEqual([
      'Strong',
      'Hyperlink',
    ]);
    const styles = doc.text('word/styles.xml');
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    for (const name of ['Item Title', 'Item Summary', 'Member', 'Standing Note', 'Exempt Note', 'Part Heading'])
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
  });

  it('gives the same bytes every time, dated from the meeting, never from the clock', async () => {
    const again = await renderAgendaDocx(composeFrontSheet(structuredClone(meeting), structuredClone(committee)));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = doc.text('docProps/core.xml');
    expect(core).toMatch(/<dcterms:created[^>]*>2016-11-01T09:00:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2016-11-11T10:00:00Z</);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    const zip = await JSZip.loadAsync(bytes);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10)));
    expect([...dates]).toEqual(['2016-11-11']);
  });

  it('marks gaps with the Marker style, and exempt items under the Part II heading', async () => {
    let m = run(meeting, 'meeting:updateDetails', { patch: { dateIssued: null } });
    m = run(m, 'agenda:addItem', {
      item: {
        id: 'x1',
        number: '13',
        title: 'CONTRACT AWARD',
        summary: 'Award of the contract.',
        exempt: { paragraph: '3' },
      },
    });
    const read = await readDocx(await renderAgendaDocx(composeFrontSheet(m, committee)));
    const issued = read.paragraphs.find((p) => p.style === 'Date Issued')!;
    expect(issued).toMatchObject({ text: 'Date Issued: [to be completed]', runStyles: ['Marker'] });
    const tail = read.paragraphs.slice(-8).map((p) => `${p.style}|${p.text}`);
    expect(tail[0]).toBe('Part Heading|PART II - NOT FOR PUBLICATION');
    expect(tail[1]).toMatch(/^Part Note\|The press and public are likely to be excluded .* Schedule 12A /);
    expect(tail.slice(2)).toEqual([
      'Item Number|13.',
      'Item Title|CONTRACT AWARD',
      'Item Summary|Award of the contract.',
      'Exempt Note|Exempt: Schedule 12A paragraph 3',
      'Normal|',
      'Normal|',
    ]);
  });
});

describe('front sheets with little in them', () => {
  it('renders a committee with nobody on it and an empty agenda, gaps marked', async () => {
    const bare = testCommittee();
    const read = await readDocx(
      await renderAgendaDocx(composeFrontSheet(testMeeting(bare.id, { agenda: [], venue: '' }), bare)),
    );
    const text = read.paragraphs.map((p) => `${p.style}|${p.text}`);
    expect(text).toContain('Group Label|Members:');
    expect(read.paragraphs.find((p) => p.style === 'Member')).toMatchObject({
      text: '[to be completed]',
      runStyles: ['Marker'],
    });
    expect(text.filter((t) => t.startsWith('Table Heading|'))).toEqual(['Table Heading|Item', 'Table Heading|Pages']);
    expect(text.some((t) => t.startsWith('Item Title|'))).toBe(false);
  });

  it('renders co-optees alone when no councillor holds a seat, across one column', async () => {
    const c = Committee.parse({
      ...testCommittee(),
      people: [{ id: 'p1', kind: 'co-optee', name: 'Nadia Taylor', title: 'Parent Governor Representative' }],
      memberships: [{ id: 'm1', personId: 'p1', role: 'member' }],
    });
    const read = await readDocx(await renderAgendaDocx(composeFrontSheet(testMeeting(c.id), c)));
    const i = read.paragraphs.findIndex((p) => p.style === 'Heading 1');
    expect(read.paragraphs.slice(i, i + 3).map((p) => `${p.style}|${p.text}`)).toEqual([
      'Heading 1|MEMBERSHIP',
      'Group Label|Co-optees',
      'Member|Nadia Taylor, Parent Governor Representative',
    ]);
  });
});

const hasSoffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].some(existsSync);
const hasPdftotext = existsSync('/usr/bin/pdftotext');

describe.skipIf(!hasSoffice || !hasPdftotext)('LibreOffice opens it', () => {
  it('converts it to PDF without error, with the key lines in reading order', async () => {
    const { dir, cleanup } = await tempDir('scrutineer-agenda-lo-');
    try {
      const docx = join(dir, 'agenda.docx');
      await writeFile(docx, await renderAgendaDocx(composeFrontSheet(meeting, committee)));
      // A fresh profile: no shared LibreOffice state between runs, and no first-run dialogs.
      await exec(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        { timeout: 120_000 },
      );
      const { stdout: pdfText } = await exec('pdftotext', [join(dir, 'agenda.pdf'), '-']);
      // Lines wrap where the page says; compare with runs of white space made one.
      const text = pdfText.replace(/\s+/g, ' ');
      const keyLines = [
        'Children and Education Policy and Accountability Committee Agenda Monday 21 November 2016',
        '7.00 pm',
        'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL',
        'MEMBERSHIP',
        'Councillor Caroline Needham (Chair)',
        'Councillor Caroline Ffiske (Vice-Chair)',
        'Eleanor Allen, London Diocesan Board for Schools',
        'CONTACT OFFICER: David Abbott',
        'E-mail: david.abbott@lbhf.gov.uk',
        'Date Issued: 11 November 2016',
        'Children and Education Policy and Accountability Committee Agenda',
        ...packItems().map((i) => i.title.replace(/ 2015-16$/, '')),
      ];
      let at = 0;
      for (const line of keyLines) {
        const found = text.indexOf(line, at);
        expect(found, `"${line}" after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found + line.length;
      }
      // The pages column: pdftotext reads table columns in an order of its own, so only their presence.
      for (const pages of packItems()
        .map((i) => i.pages)
        .filter(Boolean))
        expect(text).toContain(pages);
      expect(pdfText.split('\f').filter((p) => p.trim()).length).toBeGreaterThanOrEqual(2);
    } finally {
      await cleanup();
    }
  }, 180_000);
});

describe('npm run cli -- agenda', () => {
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
        cwd: root,
        env: { ...process.env, SCRUTINEER_DATA_DIR: '' },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('writes the same front sheet from a meeting id and from an exported meeting file, and says clearly what is wrong', async () => {
    const { dir, cleanup } = await tempDir('scrutineer-agenda-cli-');
    try {
      const dataDir = join(dir, 'data');
      const opened = await openServices({ dataDir, host: 'cli', sampleDir: join(root, 'resources/sample') });
      try {
        await opened.services.store.changeCommittees((f) => ({
          ...f,
          committees: f.committees.map((c) => (c.id === committee.id ? committee : c)),
        }));
        await opened.services.store.addMeeting(meeting);
      } finally {
        await opened.close();
      }
      const expected = await renderAgendaDocx(composeFrontSheet(meeting, committee));

      const byId = await cli('agenda', meeting.id, '--out', join(dir, 'by-id.docx'), '--data-dir', dataDir);
      expect(byId.stderr).toBe('');
      expect(byId).toMatchObject({ code: 0 });
      expect(byId.stdout.trim()).toBe(
        `Wrote the agenda of ${committee.name}, Monday 21 November 2016, to ${join(dir, 'by-id.docx')}`,
      );
      expect(Buffer.from(await readFile(join(dir, 'by-id.docx'))).equals(Buffer.from(expected))).toBe(true);

      const exported = await cli(
        'export-meeting',
        meeting.id,
        '--out',
        join(dir, 'meeting.json'),
        '--data-dir',
        dataDir,
      );
      expect(exported.code).toBe(0);
      const byFile = await cli('agenda', join(dir, 'meeting.json'), '--out', join(dir, 'by-file.docx'));
      expect(byFile.code).toBe(0);
      expect(Buffer.from(await readFile(join(dir, 'by-file.docx'))).equals(Buffer.from(expected))).toBe(true);

      await writeFile(join(dir, 'other.json'), JSON.stringify({ format: 'something.else', version: 1 }));
      await writeFile(join(dir, 'broken.json'), '{"format": ');
      await mkdir(join(dir, 'folder.docx'));
      // Each a process of its own: run them side by side.
      const [noMeeting, notMeeting, broken, noFolder, noFile, noDataDir, usage, isFolder] = await Promise.all([
        cli('agenda', 'no-such-meeting', '--out', join(dir, 'x.docx'), '--data-dir', dataDir),
        cli('agenda', join(dir, 'other.json'), '--out', join(dir, 'x.docx')),
        cli('agenda', join(dir, 'broken.json'), '--out', join(dir, 'x.docx')),
        cli('agenda', meeting.id, '--out', join(dir, 'missing', 'agenda.docx'), '--data-dir', dataDir),
        cli('agenda', './nowhere/meeting.json', '--out', join(dir, 'x.docx')),
        cli('agenda', meeting.id, '--out', join(dir, 'x.docx'), '--data-dir', join(dir, 'nothing-here')),
        cli('agenda', meeting.id),
        cli('agenda', meeting.id, '--out', join(dir, 'folder.docx'), '--data-dir', dataDir),
      ]);
      expect(noMeeting).toMatchObject({ code: 1 });
      expect(noMeeting.stderr.trim()).toBe(
        `There is no meeting with id no-such-meeting in ${dataDir}; \`npm run cli -- list\` shows the meetings and their ids`,
      );
      expect(notMeeting).toMatchObject({ code: 1 });
      expect(notMeeting.stderr).toContain(
        `${join(dir, 'other.json')} is not a Scrutineer meeting file (format "something.else")`,
      );
      expect(broken.stderr).toContain('is not a readable JSON file');
      expect(noFolder).toMatchObject({ code: 1 });
      expect(noFolder.stderr.trim()).toBe(
        `The folder ${join(dir, 'missing')} does not exist; create it or choose another --out`,
      );
      expect(noFile.stderr.trim()).toBe(`There is no file ${join(root, 'nowhere/meeting.json')}`);
      expect(noDataDir.stderr).toContain(`There is no data folder at ${join(dir, 'nothing-here')}`);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain(
        'Usage: npm run cli -- agenda <meeting-id|meeting.json> --out agenda.docx [--template council.docx] [--data-dir D]',
      );
      expect(isFolder.stderr).toContain('is a folder');
      expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    } finally {
      await cleanup();
    }
  }, 120_000);
});

describe('docs:exportAgenda', () => {
  it('answers the Word file as base64 with a file name and the gaps; an unknown meeting in words', async () => {
    const { dir, cleanup } = await tempDir('scrutineer-agenda-api-');
    const opened = await openServices({ dataDir: dir, host: 'dev' });
    try {
      await opened.services.store.changeCommittees((f) => ({ ...f, committees: [committee] }));
      await opened.services.store.addMeeting(run(meeting, 'meeting:updateDetails', { patch: { dateIssued: null } }));
      const call = (input: unknown) => opened.router.get('docs:exportAgenda')!(input, { trusted: true });
      const r = await call({ meetingId: meeting.id });
      if (!r.ok) throw new Error(r.error.message);
      const value = r.value as { fileName: string; base64: string; missing: { where: string; what: string }[] };
      expect(value.fileName).toBe('CEPAC agenda 2016-11-21.docx');
      expect(value.missing).toEqual([{ where: 'Date Issued', what: 'the date the agenda is issued' }]);
      const read = await readDocx(new Uint8Array(Buffer.from(value.base64, 'base64')));
      expect(read.paragraphs.find((p) => p.style === 'Date Issued')?.text).toBe('Date Issued: [to be completed]');
      expect(read.paragraphs.filter((p) => p.style === 'Item Title')).toHaveLength(12);
      expect(await call({ meetingId: 'nope' })).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'There is no meeting with id nope' },
      });
      expect(await call({ meetingId: meeting.id, extra: 1 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    } finally {
      await opened.close();
      await cleanup();
    }
  });
});
