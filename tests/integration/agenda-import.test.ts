import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';
import { extractAgendaFile, extractAgendaText, MAX_IMPORT_BYTES } from '../../electron/services/import/extract';
import { importAgendaFile } from '../../electron/services/import/import-agenda';
import { htmlToLines } from '../../electron/services/import/html-to-lines';
import { sniffType } from '../../electron/services/import/detect-type';
import { expectAgenda } from '../helpers/expect-agenda';
import {
  exemptAgenda,
  itemNumberingAgenda,
  referencePack,
  tableAgenda,
  type ExpectedAgenda,
} from '../fixtures/agendas/expected';

const dir = join(__dirname, '../fixtures/agendas');
const fixture = (name: string): string => join(dir, name);

async function extracted(name: string): Promise<string[]> {
  const r = await extractAgendaFile(fixture(name));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value.lines;
}

describe('the reference pack (149 pages) through extraction', () => {
  for (const name of ['reference-pack.docx', 'reference-pack.pdf']) {
    it(`${name}: front sheet, membership and the 12 items, and nothing from the reports`, async () => {
      const lines = await extracted(name);
      expect(lines.length).toBeGreaterThan(3000); // the whole pack, reports included
      const agenda = expectAgenda(lines, parseAgenda(lines), referencePack);
      const minutes = lines.findIndex((l) => /Committee Minutes$/.test(l.trim()));
      expect(minutes).toBeGreaterThan(0);
      expect(agenda.span.to).toBeLessThan(minutes);
    });
  }

  it('reports the source of each extraction', async () => {
    expect((await extractAgendaFile(fixture('reference-pack.docx'))).ok && 'docx').toBe('docx');
    const pdf = await extractAgendaFile(fixture('reference-pack.pdf'));
    expect(pdf.ok ? pdf.value.source : pdf.error.code).toBe('pdf');
    const text = await extractAgendaFile(join(__dirname, '../fixtures/reference-pack.txt'));
    expect(text.ok ? text.value.source : text.error.code).toBe('text');
  });

  it('keeps Word table rows as tab-separated cells', async () => {
    const lines = await extracted('reference-pack.docx');
    expect(lines).toContain("5.\tEXECUTIVE DIRECTOR'S UPDATE\t12 - 26");
    expect(lines).toContain(
      "\tThis report provides an overview of recent developments of relevance in Children's Services.\t",
    );
  });
});

const handMade: [string, ExpectedAgenda][] = [
  ['table-agenda', tableAgenda],
  ['item-numbering-agenda', itemNumberingAgenda],
  ['exempt-agenda', exemptAgenda],
];

describe('agendas laid out as councils lay them out in Word', () => {
  for (const [name, expected] of handMade) {
    for (const ext of ['docx', 'pdf']) {
      it(`${name}.${ext}`, async () => {
        const lines = await extracted(`${name}.${ext}`);
        expectAgenda(lines, parseAgenda(lines), expected);
      });
    }
  }

  it('the exempt items carry the line that says which paragraph applies', async () => {
    const lines = await extracted('exempt-agenda.pdf');
    const r = parseAgenda(lines);
    const item9 = r.ok ? r.value.items.find((i) => i.number.value === '9') : undefined;
    expect(item9?.exempt?.source.map((s) => s.text).join(' ')).toContain('paragraph 3 of Schedule 12A');
  });
});

describe('bad input gets its own error, never an exception', () => {
  const cases: [string, string, RegExp][] = [
    ['bad/empty.docx', 'EMPTY_FILE', /empty/],
    ['bad/blank.docx', 'EMPTY_FILE', /no text/],
    ['bad/damaged.docx', 'DAMAGED_DOCX', /damaged/],
    ['bad/png-renamed.docx', 'NOT_A_DOCUMENT', /PNG image, not a Word document/],
    ['bad/scanned.pdf', 'SCANNED_PDF', /scan/],
    ['bad/encrypted.pdf', 'ENCRYPTED_PDF', /password/],
    ['bad/damaged.pdf', 'DAMAGED_PDF', /damaged/],
    ['bad/orphaned-rejection.pdf', 'DAMAGED_PDF', /damaged/],
  ];
  for (const [name, code, message] of cases) {
    it(`${name}: ${code}`, async () => {
      const r = await extractAgendaFile(fixture(name));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    });
  }

  it('a PDF on which pdfjs leaves rejected promises nobody awaits: reported as damaged, and no unhandled rejection reaches the app', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const r = await importAgendaFile(fixture('bad/orphaned-rejection.pdf'));
      expect(r.ok ? 'ok' : r.error.code).toBe('DAMAGED_PDF');
      await new Promise((done) => setTimeout(done, 200)); // rejections surface a tick or more later
      expect(unhandled.map(String)).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('a text file with no agenda: AGENDA_NOT_FOUND naming what is missing', async () => {
    const r = await importAgendaFile(fixture('bad/no-agenda.txt'));
    expect(r.ok ? 'ok' : r.error.code).toBe('AGENDA_NOT_FOUND');
    if (!r.ok && r.error.code === 'AGENDA_NOT_FOUND')
      expect(r.error.notFound).toEqual(['agenda items', 'committee name', 'meeting date']);
  });

  it('says what another kind of zip is (a spreadsheet is not a Word document)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    const r = await extractAgendaText(await zip.generateAsync({ type: 'uint8array' }), 'agenda.docx');
    expect(r.ok ? 'ok' : [r.error.code, r.error.actualType]).toEqual(['NOT_A_DOCUMENT', 'an Excel spreadsheet']);
  });

  it('trusts the bytes over the name: a PDF named .docx is read as a PDF', async () => {
    const bytes = await readFile(fixture('table-agenda.pdf'));
    const r = await extractAgendaText(bytes, 'agenda.docx');
    expect(r.ok ? r.value.source : r.error.code).toBe('pdf');
  });

  it('reads UTF-16 text and Windows-1252 text', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Audit Committee'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    const a = await extractAgendaText(utf16, 'agenda.txt');
    expect(a.ok ? a.value.lines : a.error.code).toEqual(['Audit Committee']);
    const cp1252 = new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x20, 0x96, 0x20, 0x31]);
    const b = await extractAgendaText(cp1252, 'agenda.txt');
    expect(b.ok ? b.value.lines : b.error.code).toEqual(['Café – 1']);
  });

  describe('files too large or missing', () => {
    let tmp = '';
    beforeAll(async () => {
      tmp = await mkdtemp(join(tmpdir(), 'scrutineer-import-'));
    });
    afterAll(async () => {
      await rm(tmp, { recursive: true, force: true });
    });

    it('refuses a file over the cap before reading it', async () => {
      const big = join(tmp, 'huge.pdf');
      await writeFile(big, '%PDF-1.7\n');
      await truncate(big, MAX_IMPORT_BYTES + 1); // sparse: nothing is really written
      const r = await extractAgendaFile(big);
      expect(r.ok ? 'ok' : r.error.code).toBe('TOO_LARGE');
      expect(r.ok ? '' : r.error.message).toMatch(/50 MB/);
      const small = await extractAgendaFile(fixture('table-agenda.docx'), { maxBytes: 1000 });
      expect(small.ok ? 'ok' : small.error.code).toBe('TOO_LARGE');
    });

    it('a missing file is UNREADABLE_FILE', async () => {
      const r = await extractAgendaFile(join(tmp, 'nope.docx'));
      expect(r.ok ? 'ok' : r.error.code).toBe('UNREADABLE_FILE');
    });
  });
});

describe('extraction details', () => {
  it('turns Word HTML into lines: paragraphs, breaks, aligned table cells, numbered lists', () => {
    const html =
      '<h1>Audit Committee</h1><p>Line one<br />Line two &amp; more</p>' +
      '<table><tr><td><p>5</p></td><td><p><strong>TITLE</strong></p><p>Its summary</p></td><td><p>3 - 9</p></td></tr></table>' +
      '<ol><li>Apologies</li></ol><p>A note under item 1.</p><ol><li>Minutes<ol><li>Part one</li></ol></li></ol>';
    expect(htmlToLines(html)).toEqual([
      'Audit Committee',
      '',
      'Line one',
      'Line two & more',
      '',
      '5\tTITLE\t3 - 9',
      '\tIts summary\t',
      '',
      '1.\tApologies',
      '',
      'A note under item 1.',
      '',
      '2.\tMinutes',
      'a)\tPart one',
    ]);
  });

  it('knows files by their first bytes', () => {
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ kind: 'other', description: 'a JPEG image' });
    expect(sniffType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).kind).toBe('other');
    expect(sniffType(Buffer.from('BMX club AGM agenda'))).toEqual({ kind: 'text', encoding: 'utf-8' });
    expect(sniffType(Buffer.from('%PDF-1.7')).kind).toBe('pdf');
    expect(sniffType(new Uint8Array([0x50, 0x4b, 0x03, 0x04])).kind).toBe('zip');
  });

  it('an import reads a PDF only as far as the agenda, and finds what reading every page finds', async () => {
    for (const name of ['reference-pack.pdf', 'table-agenda.pdf', 'exempt-agenda.pdf']) {
      const r = await importAgendaFile(fixture(name));
      const all = parseAgenda(await extracted(name));
      if (!r.ok || !all.ok) throw new Error(`${name} did not parse`);
      const values = (items: typeof all.value.items) =>
        items.map((i) => [i.number.value, i.title.value, i.summary.value, i.pages?.value, i.exempt?.value]);
      expect(values(r.value.agenda.items)).toEqual(values(all.value.items));
      expect(r.value.agenda.committee?.value).toBe(all.value.committee?.value);
      if (name === 'reference-pack.pdf') expect((r.value.pages?.read ?? 999) < (r.value.pages?.total ?? 0)).toBe(true);
    }
  });
});
