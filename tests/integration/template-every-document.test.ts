// The committee's council template reaches every document the app exports, not only the draft
// minutes: each comes out different with the template, python-docx reads the template's Normal
// and Heading 1 in its styles, and the footer keeps the app's centred alignment although the
// template's footer is left-aligned.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedDocument } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { runCli } from '../../electron/cli/run';
import { sampleServices, text } from '../helpers/review';

const FIXED = new Date('2016-09-20T10:15:00Z');
let env: Awaited<ReturnType<typeof sampleServices>>;
let outDir: string;
let meeting: Meeting;

/** A council's template: Georgia throughout, a dark red Heading 1, and a left-aligned footer. */
async function template(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22 } } },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: 'Georgia', size: 22, color: '222222' } },
        {
          id: 'Heading1',
          name: 'heading 1',
          basedOn: 'Normal',
          run: { font: 'Georgia', size: 30, bold: true, color: 'C00000' },
        },
        {
          id: 'Footer',
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 16, color: '555555' },
          paragraph: { alignment: AlignmentType.LEFT },
        },
      ],
    },
    sections: [{ children: [new Paragraph({ text: 'Council template' })] }],
  });
  return Packer.pack(doc, 'uint8array');
}

const KINDS: Record<string, () => [string, unknown]> = {
  'draft minutes': () => ['docs:exportMinutes', { meetingId: meeting.id }],
  'tracked-changes draft': () => ['docs:exportReviewedDraft', { meetingId: meeting.id }],
  'pack minutes': () => ['docs:exportApprovedMinutes', { meetingId: meeting.id, itemNumber: '4', firstPage: 5 }],
  'agenda front sheet': () => ['docs:exportAgenda', { meetingId: meeting.id }],
  'action log': () => ['docs:exportActionLog', { committeeId: meeting.committeeId }],
  'work programme': () => ['docs:exportWorkProgramme', { committeeId: meeting.committeeId }],
};
const WITH_FOOTER = new Set(Object.keys(KINDS).filter((k) => k !== 'agenda front sheet'));

async function exportAll(): Promise<Map<string, ExportedDocument>> {
  const out = new Map<string, ExportedDocument>();
  for (const [kind, args] of Object.entries(KINDS)) {
    const [channel, input] = args();
    out.set(kind, (await env.call(channel, input)) as ExportedDocument);
  }
  return out;
}

/** What python-docx reads of a file's styles and footer. */
function readStyles(path: string): {
  normalFont: string | null;
  normalColour: string | null;
  heading1Colour: string | null;
  footerAlignment: string | null;
  footerParagraphAlignment: string | null;
} {
  const script = `
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
fonts = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr')).find(qn('w:rFonts'))
by_id = {s.style_id: s for s in d.styles}
def colour(s):
    c = s.font.color
    return str(c.rgb) if c is not None and c.type is not None else None
footer = by_id.get('Footer')
paras = [p for p in d.sections[0].footer.paragraphs if p.text.strip()]
print(json.dumps({
  'normalFont': by_id['Normal'].font.name or fonts.get(qn('w:ascii')),
  'normalColour': colour(by_id['Normal']),
  'heading1Colour': colour(by_id['Heading1']),
  'footerAlignment': str(footer.paragraph_format.alignment) if footer else None,
  'footerParagraphAlignment': str(paras[0].alignment) if paras else None,
}))
`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

let plain: Map<string, ExportedDocument>;
let styled: Map<string, ExportedDocument>;

beforeAll(async () => {
  env = await sampleServices(() => FIXED);
  outDir = await mkdtemp(join(tmpdir(), 'scrutineer-template-every-'));
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
  const p = meeting.notes[0]!;
  await env.call('notes:updateParagraph', {
    meetingId: meeting.id,
    paragraphId: p.id,
    content: text('Words the Chair will see.'),
  });
  await env.call('review:send', { meetingId: meeting.id, by: 'Bathsheba Mall' });
  await env.call('review:approve', { meetingId: meeting.id, by: 'Councillor Caroline Needham' });
  await env.call('workProgramme:addItem', {
    committeeId: meeting.committeeId,
    item: { title: 'Budget Report', summary: 'The budget', meetingDate: '2017-01-30' },
  });
  plain = await exportAll();
  await env.call('committees:setTemplate', {
    committeeId: meeting.committeeId,
    fileName: 'council.dotx',
    base64: Buffer.from(await template()).toString('base64'),
  });
  styled = await exportAll();
}, 120_000);

afterAll(async () => {
  await env?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("the committee's template reaches every document", () => {
  it.each(Object.keys(KINDS))('%s: different with the template, in its styles, footer still centred', async (kind) => {
    const before = plain.get(kind)!;
    const after = styled.get(kind)!;
    expect(after.templateError).toBeUndefined();
    expect(after.base64).not.toBe(before.base64);

    const file = (name: string, doc: ExportedDocument) => {
      const path = join(outDir, `${kind.replace(/\W+/g, '-')}-${name}.docx`);
      return writeFile(path, Buffer.from(doc.base64, 'base64')).then(() => path);
    };
    const house = readStyles(await file('house', before));
    const council = readStyles(await file('council', after));
    expect(house.normalFont).toBe('Arial');
    expect(council.normalFont).toBe('Georgia');
    expect(council.normalColour).toBe('222222');
    expect(council.heading1Colour).toBe('C00000');
    if (WITH_FOOTER.has(kind)) {
      expect(house.footerAlignment).toBe('CENTER (1)');
      // The template's footer is left-aligned; the app's footer keeps its centre.
      expect(council.footerAlignment).toBe('CENTER (1)');
      expect(council.footerParagraphAlignment).toBe('None');
    }
  });
});

describe('the CLI export commands say which styles came from the template', () => {
  async function cli(...args: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const code = await runCli(args, {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: {},
      appRoot: process.cwd(),
    });
    return { code, out: lines.join('\n') };
  }

  it("agenda wears the committee's own template from the data folder and lists the styles", async () => {
    const r = await cli('agenda', meeting.id, '--out', join(outDir, 'cli-agenda.docx'), '--data-dir', env.dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/styles from the template council\.dotx: .*\bNormal\b.*\bHeading1\b/);
    expect(r.out).toMatch(/styles kept from the house style: .*\bAuthority\b.*\bItemTitle\b/);
    expect(readStyles(join(outDir, 'cli-agenda.docx')).heading1Colour).toBe('C00000');
  });

  it('minutes --template takes a template file and lists the styles', async () => {
    const path = join(outDir, 'given.docx');
    await writeFile(path, await template());
    const r = await cli(
      'minutes',
      meeting.id,
      '--out',
      join(outDir, 'cli-minutes.docx'),
      '--template',
      path,
      '--data-dir',
      env.dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/styles from the template given\.docx: .*\bFooter\b/);
    expect(r.out).toMatch(
      /styles kept from the house style: .*\bResolved\b.*\bAction\b|styles kept from the house style: .*\bAction\b.*\bResolved\b/,
    );
    expect(readStyles(join(outDir, 'cli-minutes.docx')).footerAlignment).toBe('CENTER (1)');
  });
});
