// The draft minutes as Word writes them: read back from the .docx and checked line by line
// against the published minutes of 19 September 2016, style by style.
import { describe, expect, it, beforeAll } from 'vitest';
import { BLOCK_LOOK, composeMinutes, composeConfidentialAnnex } from '$shared/minutes';
import { renderConfidentialAnnexDocx, renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { fixtureCommittee, fixtureMeeting } from '../fixtures/minutes/load';
import type { ReadDocx } from './helpers/read-docx';
import { readDocx } from './helpers/read-docx';
import { loadSample, readFixture } from './helpers/sample';

/**
 * Where the draft deliberately differs from the published text: the published minutes contradict
 * the facts or the naming rule (tests/fixtures/published-minutes-deliberate-differences.md says why).
 * [item, paragraph | action | clause, index within the item from 1, published, draft]
 */
const DELIBERATE: [string, 'paragraph' | 'action' | 'clause', number, string, string][] = [
  [
    '5',
    'paragraph',
    1,
    'on behalf of Executive Director For Schools, Claire Chamberlain, as she',
    'on behalf of Claire Chamberlain, Executive Director For Schools, as she',
  ],
  [
    '5',
    'paragraph',
    2,
    'provided by the Cabinet Member for Children and Education, Councillor Sue Macmillan, in protecting',
    'provided by Councillor Sue Macmillan, Cabinet Member for Children and Education, in protecting',
  ],
  ['5', 'paragraph', 3, "Director of Children's Commissioning", "Director of Commissioning for Children's Services"],
  ['5', 'action', 1, "ACTION: Children's Service", "ACTION: Children's Services"],
  [
    '6',
    'paragraph',
    1,
    'Councillor Sue Macmillan, Cabinet Member for Children and Education, informed',
    'Councillor Macmillan informed',
  ],
  ['7', 'paragraph', 5, "Children's Services confirmed", "Children's Services, confirmed"],
  [
    '7',
    'paragraph',
    10,
    'Former Committee member Dennis Jarman, commented',
    'Dennis Jarman, former Committee member, commented',
  ],
  ['8', 'paragraph', 1, 'Head of Housing Support and', 'Head of Housing Support, and'],
  ['8', 'paragraph', 1, 'Centrepont', 'Centrepoint'],
  [
    '8',
    'paragraph',
    3,
    'Andy Sutton, Looked after Children, Service Manager,',
    'Andy Sutton, Service Manager, Looked After Children,',
  ],
  ['8', 'paragraph', 3, 'Councillor Caroline Ffiske enquired', 'Councillor Caroline Ffiske, Vice-Chair, enquired'],
  ['8', 'paragraph', 3, 'Centrepont', 'Centrepoint'],
  ['8', 'paragraph', 4, "Alan D'Ath", "Alan De'Ath"],
  ['8', 'paragraph', 4, 'Centrepont', 'Centrepoint'],
  ['8', 'action', 1, 'Children’s Services', "Children's Services"],
  ['8', 'clause', 2, 'Centrepoint’s', "Centrepoint's"],
  ['9', 'paragraph', 1, 'Elaine Chumney', 'Elaine Chumnerly'],
  [
    '9',
    'paragraph',
    1,
    'invited Rosemarie Lawrence to present',
    'invited Rosemary Salliss, Social Worker, Health, to present',
  ],
  [
    '9',
    'paragraph',
    2,
    "Phillippa O'Driscoll, Westminster Diocesan Education Service Representative enquired",
    "Philippa O'Driscoll, Westminster Diocesan Education Service Representative, enquired",
  ],
  ['9', 'action', 2, "CHILDREN'S SERVICES", "Children's Services"],
];

/** PRESENT follows the facts: Chumnerly sent apologies; those who spoke were present; one spelling each. */
const PRESENT_AS_FACTS: Record<string, string> = {
  'Committee members':
    "Committee members: Councillors Caroline Needham (Chair), Alan De'Ath, Caroline Ffiske (Vice-Chair) and Donald Johnson",
  'Co-opted members':
    "Co-opted members: Nandini Ganesh (Parentsactive Representative), Philippa O'Driscoll (Westminster Diocesan Education Service Representative), Nadia Taylor (Parent Governor Representative) and Vic Daniels (Parent Governor Representative)",
  Officers:
    "Officers: Steve Miley, Director for Family Services, Rachael Wright-Turner, Director of Commissioning for Children's Services, Mandy Lawson, Assistant Director, Special Educational Needs, Fiona Phelps, Head of Special Educational Needs, Rosemary Salliss, Social Worker, Health, Ian Heggs, Director of Schools and Commissioning, Dave McNamara, Director of Finance & Resources, Children's Services, Andy Sutton, Service Manager, Looked After Children, Bathsheba Mall, Committee Co-ordinator",
};
const ALSO_PRESENT =
  'Also present: Councillors Sue Macmillan (Cabinet Member for Children and Education) and Marcus Ginn';

const isItemHeading = (line: string) => /^\d+\. [^a-z]+$/.test(line);
const isClause = (line: string) => /^\d+\. That /.test(line);

/** The published text with the deliberate differences applied: what the draft must say, line by line. */
function expectedLines(published: string[]): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  let item = '';
  const count = { paragraph: 0, action: 0, clause: 0 };
  for (const line of published) {
    const label = /^([A-Za-z -]+): /.exec(line)?.[1];
    if (label && PRESENT_AS_FACTS[label]) {
      out.push(PRESENT_AS_FACTS[label]);
      continue;
    }
    if (label === 'External Guests') {
      out.push(line, ALSO_PRESENT);
      continue;
    }
    if (isItemHeading(line)) {
      item = line.split('.')[0]!;
      count.paragraph = count.action = count.clause = 0;
      out.push(line);
      continue;
    }
    const kind =
      line === 'RESOLVED' || !item
        ? null
        : line.startsWith('ACTION:')
          ? 'action'
          : isClause(line)
            ? 'clause'
            : 'paragraph';
    let text = line;
    if (kind) {
      const n = ++count[kind];
      DELIBERATE.forEach(([i, k, idx, from, to], row) => {
        if (i === item && k === kind && idx === n) {
          expect(text, `deliberate difference ${row + 1} (${from}) must be in the published text`).toContain(from);
          text = text.split(from).join(to);
          used.add(row);
        }
      });
    }
    out.push(text);
  }
  expect([...used].length, 'every deliberate difference applies somewhere').toBe(DELIBERATE.length);
  return out;
}

/** The document as lines, as the published fixture writes them, each with its paragraph style. */
function docxLines(doc: ReadDocx): { text: string; style: string; runStyles: string[] }[] {
  return doc.paragraphs.flatMap((p) => {
    if (p.style === 'Title') return [{ ...p, text: p.text.replace('\n', ' ') }];
    if (p.number) return [{ ...p, text: `${p.number}. ${p.text}` }];
    return p.text.split('\n').map((text) => ({ ...p, text }));
  });
}

/** The style each kind of line must carry. */
function styleFor(line: string, index: number, resolvedSeen: boolean): string {
  if (index === 0) return 'Authority';
  if (index === 1) return 'Title';
  if (index === 2) return 'Subtitle';
  if (line === 'PRESENT' || isItemHeading(line)) return 'Heading 1';
  if (line === 'RESOLVED') return 'Resolved';
  if (line.startsWith('ACTION:')) return 'Action';
  if (resolvedSeen && isClause(line)) return 'List Number';
  if (/^Meeting (started|ended): /.test(line)) return 'Closing';
  if (line === 'Chair .....') return 'Signature';
  return 'Normal';
}

describe('the sample meeting as a Word document (golden)', () => {
  let doc: ReadDocx;
  let published: string[];

  beforeAll(async () => {
    const { meeting, committee } = loadSample();
    const outline = composeMinutes(meeting, committee);
    expect(outline.missing).toEqual([]);
    doc = await readDocx(await renderMinutesDocx(outline));
    published = readFixture('published-minutes-2016-09-19.txt').trimEnd().split('\n');
  });

  it('says what the published minutes say, line for line, apart from the deliberate differences', () => {
    const body = published.slice(0, -1); // the last line is the page footer
    expect(docxLines(doc).map((l) => l.text)).toEqual(expectedLines(body));
  });

  it('gives every line its Word style', () => {
    const lines = docxLines(doc);
    const contactAt = lines.findIndex((l) => l.text.startsWith('Contact officer:'));
    let resolvedSeen = false;
    const expected = lines.map((l, i) => {
      if (l.text === 'RESOLVED') resolvedSeen = true;
      if (isItemHeading(l.text)) resolvedSeen = false;
      return i >= contactAt ? 'Contact Officer' : styleFor(l.text, i, resolvedSeen);
    });
    expect(lines.map((l) => l.style)).toEqual(expected);
    // PRESENT labels are bold through the Strong character style, not direct formatting.
    for (const l of lines.filter((x) =>
      /^(Committee members|Co-opted members|Officers|External Guests|Also present):/.test(x.text),
    )) {
      expect(l.runStyles[0]).toBe('Strong');
    }
  });

  it('has the eleven actions and four RESOLVED blocks of the meeting, clauses numbered from 1', () => {
    const lines = docxLines(doc);
    expect(lines.filter((l) => l.style === 'Action').map((l) => l.text)).toEqual([
      "ACTION: Children's Services",
      "ACTION: Children's Services",
      "ACTION: Children's Services / HWB",
      "ACTION: Children's Services",
      "ACTION: Children's Services",
      "ACTION: Children's Services",
      'ACTION: CEPAC / HWB',
      'ACTION: CEPAC',
      "ACTION: CEPAC / Children's Services / Centrepoint",
      'ACTION: CEPAC',
      "ACTION: CEPAC / Children's Services",
    ]);
    expect(lines.filter((l) => l.style === 'Resolved')).toHaveLength(4);
    expect(lines.filter((l) => l.style === 'List Number').map((l) => l.text.slice(0, 3))).toEqual([
      '1. ',
      '2. ',
      '3. ',
    ]);
  });

  it('prints the confirmation sentence and the page number on every page', () => {
    expect(doc.footer.map((p) => [p.style, p.text])).toEqual([
      ['Footer', published.at(-1)],
      ['Footer', 'Page  of '],
    ]);
    const footerXml = doc.text('word/footer1.xml');
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
    expect(doc.text('word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
  });

  it('declares every style the outline and the preview use', () => {
    for (const { wordStyle } of Object.values(BLOCK_LOOK)) expect(doc.styleNames.has(wordStyle), wordStyle).toBe(true);
    for (const id of ['Strong', 'Marker', 'Footer']) expect(doc.styleNames.has(id), id).toBe(true);
  });

  it('is in British English, dated from the meeting, and uses no direct formatting', () => {
    expect(doc.text('word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="en-GB"\/>/);
    const core = doc.text('docProps/core.xml');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2016-09-\d\dT[\d:]+Z</);
    const body = doc.text('word/document.xml');
    // Paragraphs and runs only name styles: no bold, size, font, colour or spacing set on them.
    expect(body).not.toMatch(/<w:(b|i|sz|rFonts|color|spacing|jc|ind|highlight)\b/);
  });
});

describe('markers, numbering and the confidential annex', () => {
  it('highlights every gap through the Marker style', async () => {
    const meeting = fixtureMeeting();
    meeting.clock.endedAt = undefined;
    meeting.actions[0]!.owners = [];
    const outline = composeMinutes(meeting, fixtureCommittee());
    const doc = await readDocx(await renderMinutesDocx(outline));
    const withMarkers = doc.paragraphs.filter((p) => p.runStyles.includes('Marker'));
    // The next-meeting item with nothing captured asks for its date (the date is data now, not notes).
    expect(withMarkers.map((p) => p.text)).toEqual([
      'ACTION: [to be completed]',
      'The Committee noted that the next meeting would be held on [to be completed].',
      'Meeting started: 7.00 pm\nMeeting ended: [to be completed]',
    ]);
    expect(outline.missing.map((m) => m.what)).toEqual([
      'an action without an owner',
      expect.stringMatching(/next meeting/),
      'the time the meeting ended',
    ]);
  });

  it('starts the numbering of each resolution at 1', async () => {
    const meeting = fixtureMeeting();
    meeting.resolutions.push({
      id: 'r5',
      itemId: 'i5',
      clauses: ['That the report be noted', 'That officers report back'],
    });
    const doc = await readDocx(await renderMinutesDocx(composeMinutes(meeting, fixtureCommittee())));
    const numbered = doc.paragraphs.filter((p) => p.number).map((p) => `${p.number}. ${p.text}`);
    expect(numbered).toEqual([
      '1. That the report be noted; and',
      '2. That officers report back.',
      expect.stringMatching(/^1\. That the outlined Semi/),
      expect.stringMatching(/^2\. That the summarised/),
      expect.stringMatching(/^3\. That the outlined future/),
    ]);
    // One numbering definition for clauses, declared once, however many resolutions.
    expect(doc.text('word/numbering.xml').match(/<w:lvlText w:val="%1\."\/>/g)).toHaveLength(1);
  });

  it('writes the confidential annex as its own document, and refuses to mix the two up', async () => {
    const annex = composeConfidentialAnnex(fixtureMeeting(), fixtureCommittee());
    const doc = await readDocx(await renderConfidentialAnnexDocx(annex));
    expect(doc.paragraphs.map((p) => p.text)).toContain(
      'Fiona Phelps, Head of Special Educational Needs, set out the commercial terms of the contract.',
    );
    expect(doc.footer[0]!.text).toMatch(/^Confidential: not for publication/);
    await expect(renderMinutesDocx(annex)).rejects.toThrow(/confidential annex/);
    await expect(renderConfidentialAnnexDocx(composeMinutes(fixtureMeeting(), fixtureCommittee()))).rejects.toThrow(
      /public minutes/,
    );
  });
});
