// Independent readers: LibreOffice lays the draft out and prints it to PDF; python-docx reads
// its styles back. If they read it as we meant it, so will Word.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMinutes } from '$shared/minutes';
import { renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { applyTemplateStyles } from '../../electron/services/docs/template-styles';
import { councilTemplate } from './helpers/council-template';
import { readDocx } from './helpers/read-docx';
import { loadSample, readFixture } from './helpers/sample';

let dir: string;
let draftPath: string;
let templatedPath: string;
let draft: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-minutes-'));
  const { meeting, committee } = loadSample();
  draft = await renderMinutesDocx(composeMinutes(meeting, committee));
  draftPath = join(dir, 'minutes.docx');
  await writeFile(draftPath, draft);
  const templated = await applyTemplateStyles(draft, await councilTemplate());
  if (!templated.ok) throw new Error(templated.error.message);
  templatedPath = join(dir, 'minutes-council.docx');
  await writeFile(templatedPath, templated.bytes);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(cmd: string, args: string[], timeout = 120_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('LibreOffice', () => {
  it('converts the draft to PDF, and the PDF says the key lines', async () => {
    // A fresh profile per run: a shared one can be locked by another soffice.
    const profile = join(dir, 'lo-profile');
    run('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      draftPath,
    ]);
    const pdf = join(dir, 'minutes.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
    const footer = readFixture('published-minutes-2016-09-19.txt').trimEnd().split('\n').at(-1)!;
    for (const line of [
      'London Borough of Hammersmith & Fulham',
      'Children and Education Policy and Accountability Committee Minutes',
      'Monday 19 September 2016',
      "PRESENT Committee members: Councillors Caroline Needham (Chair), Alan De'Ath, Caroline Ffiske (Vice-Chair) and Donald Johnson",
      '1. MINUTES RESOLVED The minutes of the meeting of the Children and Education Policy and Accountability Committee held on 13th June 2016 be confirmed',
      '2. APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor Elaine Chumnerly.',
      '3. DECLARATIONS OF INTEREST There were no declarations of interest.',
      '4. PUBLIC PARTICIPATION There were no public questions.',
      "ACTION: Children's Services / HWB",
      '1. That the outlined Semi Independent living Accommodation provision',
      '3. That the outlined future direction',
      'RESOLVED That the report be noted.',
      'Meeting started: 7.00 pm Meeting ended: 8.51 pm',
      'Chair .....',
      'Contact officer: Bathsheba Mall Committee Co-ordinator Governance and Scrutiny Tel 020 87535758 E-mail: bathsheba.mall@lbhf.gov.uk',
      footer,
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
    ]) {
      expect(text).toContain(line);
    }
    expect(pages).toBeGreaterThan(3);
    // The footer is on every page.
    expect(text.split(footer).length - 1).toBe(pages);
    // No line is laid over the one before it (a bare w:line is an exact height to LibreOffice,
    // and the 18 pt title's lines overlapped).
    const bbox = run('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', pdf, '-']);
    const lines = [
      ...bbox.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
    ].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[2]),
      words: [...m[3]!.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]).join(' '),
    }));
    expect(lines.length).toBeGreaterThan(5);
    // A line's box is its font's whole ascent and descent, so neighbours at ordinary spacing may
    // touch; more than a tenth of a line laid over the one before is text printed on text.
    const overlapping = lines
      .slice(1)
      .filter((l, i) => l.top > lines[i]!.top && l.top < lines[i]!.bottom - (lines[i]!.bottom - lines[i]!.top) / 10);
    expect(overlapping.map((l) => l.words)).toEqual([]);
  }, 180_000);
});

const PYTHON = `
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
h1 = next(s for s in d.styles if s.style_id == "Heading1")
# python-docx 0.8's Paragraph.text leaves out the text of hyperlinks (the contact's e-mail); 1.x reads it.
def text(p):
    marks = {qn("w:br"): "\\n", qn("w:cr"): "\\n", qn("w:tab"): "\\t"}
    return "".join(e.text or "" if e.tag == qn("w:t") else marks.get(e.tag, "") for e in p._p.iter())
out = {
  "paragraphs": [[p.style.name, text(p), [r.style.name for r in p.runs if r.style is not None]] for p in d.paragraphs],
  "footer": [p.text for p in d.sections[0].footer.paragraphs],
  "language": d.core_properties.language,
  "created": d.core_properties.created.isoformat(),
  "heading1_colour": str(h1.font.color.rgb) if h1.font.color.type else None,
  "heading1_font": h1.font.name,
}
print(json.dumps(out))
`;

interface PythonView {
  paragraphs: [string, string, string[]][];
  footer: string[];
  language: string;
  created: string;
  heading1_colour: string | null;
  heading1_font: string | null;
}

function pythonDocx(path: string): PythonView {
  return JSON.parse(run('/usr/bin/python3', ['-c', PYTHON, path])) as PythonView;
}

describe('python-docx', () => {
  it('reads back the style of every paragraph, the footer and the properties', async () => {
    const view = pythonDocx(draftPath);
    const ours = await readDocx(draft);
    expect(view.paragraphs.map(([style, text]) => [style, text])).toEqual(
      ours.paragraphs.map((p) => [p.style, p.text]),
    );
    expect(new Set(view.paragraphs.map(([style]) => style))).toEqual(
      new Set([
        'Authority',
        'Title',
        'Subtitle',
        'Heading 1',
        'Normal',
        'Resolved',
        'Action',
        'List Number',
        'Closing',
        'Signature',
        'Contact Officer',
      ]),
    );
    const present = view.paragraphs.find(([, text]) => text.startsWith('Committee members:'))!;
    expect(present[2][0]).toBe('Strong');
    expect(view.footer[0]).toMatch(/^Minutes are subject to confirmation at the next meeting/);
    expect(view.language).toBe('en-GB');
    expect(view.created).toMatch(/^2016-09-/);
  });

  it("sees the council template's look on the same paragraphs", () => {
    const plain = pythonDocx(draftPath);
    const council = pythonDocx(templatedPath);
    expect(council.paragraphs).toEqual(plain.paragraphs);
    expect(council.heading1_colour).toBe('C00000');
    expect(council.heading1_font).toBe('Georgia');
    expect(plain.heading1_colour).toBeNull();
  });
});
