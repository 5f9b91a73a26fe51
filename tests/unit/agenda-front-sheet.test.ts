// The agenda front sheet's outline for the meeting of 21 November 2016, against the reference
// pack's front sheet and item table (tests/fixtures/reference-pack.txt, lines 1-61).
import { describe, expect, it } from 'vitest';
import { agendaFileName, composeFrontSheet, PART_II_TITLE } from '$shared/agenda/front-sheet';
import type { FrontSheetBlock, FrontSheetOutline, ItemRow } from '$shared/agenda/front-sheet-outline';
import { REFERENCE_PACK_NOTES } from '$shared/agenda/standing-notes';
import { plainText } from '$shared/minutes/outline';
import { committeeFor2016_11_21, meeting2016_11_21, run } from '../helpers/agenda-2016-11-21';
import { packItems, packLine } from '../helpers/reference-agenda';

function only<T extends FrontSheetBlock['type']>(
  outline: FrontSheetOutline,
  type: T,
): Extract<FrontSheetBlock, { type: T }> {
  const found = outline.blocks.filter((b): b is Extract<FrontSheetBlock, { type: T }> => b.type === type);
  expect(found, `one ${type} block`).toHaveLength(1);
  return found[0]!;
}

const lines = (runs: { text: string }[][]) => runs.map((r) => plainText(r));

describe('the front sheet of 21 November 2016', () => {
  const committee = committeeFor2016_11_21();
  const meeting = meeting2016_11_21(committee);
  const outline = composeFrontSheet(meeting, committee);

  it('opens with the committee, "Agenda", the date, the time and the venue, as in the pack', () => {
    expect(only(outline, 'title')).toMatchObject({
      committee: packLine(3).replace(/^# /, ''),
      subtitle: packLine(5).replace(/^## /, ''),
    });
    const details = outline.blocks.filter((b) => b.type === 'detail').map((b) => plainText(b.runs));
    expect(details).toEqual([packLine(7), packLine(9), packLine(11)]);
    expect(details).toEqual(['Monday 21 November 2016', '7.00 pm', 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL']);
    expect(outline.blocks[0]).toMatchObject({ type: 'authority', text: 'London Borough of Hammersmith & Fulham' });
  });

  it('lists the 5 councillors in their two groups, Chair and Vice-Chair marked', () => {
    const m = only(outline, 'membership');
    expect(m.heading).toBe('MEMBERSHIP');
    expect(m.columns.map((c) => c.label)).toEqual(['Administration:', 'Opposition:']);
    const [admin, opposition] = m.columns.map((c) => lines(c.members));
    expect(admin).toEqual([
      'Councillor Caroline Needham (Chair)',
      "Councillor Alan De'Ath",
      'Councillor Elaine Chumnerly',
    ]);
    expect(opposition).toEqual(['Councillor Caroline Ffiske (Vice-Chair)', 'Councillor Donald Johnson']);
    // Each column reads as the pack prints it (line 16: the two columns separated by a tab).
    expect(packLine(16)).toBe(`${admin!.join(' ')}\t${opposition!.join(' ')}`);
  });

  it('lists the 6 co-optees with their bodies, Eleanor Allen and Matt Jenkins among them', () => {
    const co = only(outline, 'membership').coOptees!;
    expect(co.label).toBe('Co-optees');
    const entries = lines(co.entries);
    expect(entries).toHaveLength(6);
    expect([...entries].sort()).toEqual(
      [
        'Eleanor Allen, London Diocesan Board for Schools',
        'Matt Jenkins, Teacher Representative',
        'Nandini Ganesh, Parentsactive Representative',
        "Philippa O'Driscoll, Westminster Diocesan Education Service Representative",
        'Nadia Taylor, Parent Governor Representative',
        'Vic Daniels, Parent Governor Representative',
      ].sort(),
    );
    // The roster names him Matthew Jenkins, known as Matt Jenkins: the pack prints the name he goes by.
    for (const e of entries) expect(packLine(18)).toContain(e);
  });

  it('gives the contact officer block, the standing notes and the date issued', () => {
    const contact = only(outline, 'contact');
    expect(contact.label).toBe('CONTACT OFFICER:');
    expect(lines(contact.lines)).toEqual([
      'David Abbott',
      'Scrutiny Manager',
      'Governance and Scrutiny',
      'Tel 020 8753 2063',
      'E-mail: david.abbott@lbhf.gov.uk',
    ]);
    expect(packLine(20)).toBe('**CONTACT OFFICER:** David Abbott  ');
    const notes = outline.blocks.filter((b) => b.type === 'note').map((b) => b.lines);
    expect(notes).toEqual([
      [
        "Reports on the open agenda are available on the Council's website:",
        'www.lbhf.gov.uk/Directory/Council_and_Democracy',
      ],
      [packLine(29)],
    ]);
    expect(packLine(26)).toBe(`${notes[0]![0]}  `);
    expect(plainText(only(outline, 'date-issued').runs)).toBe(packLine(31));
    expect(outline.missing).toEqual([]);
  });

  it('then the item table: the 12 items of the pack, with their summaries and pages', () => {
    expect(only(outline, 'agenda-heading')).toMatchObject({
      text: packLine(33).replace(/^# /, ''),
      date: packLine(35),
    });
    const table = only(outline, 'item-table');
    expect(table.headings).toEqual({ item: 'Item', pages: 'Pages' });
    const rows = table.rows as ItemRow[];
    const expected = packItems();
    expect(expected).toHaveLength(12);
    expect(rows.map((r) => ({ number: r.number, title: r.title, summary: r.summary, pages: r.pages }))).toEqual(
      expected,
    );
    expect(rows.every((r) => r.type === 'item' && !r.exempt && !r.subItem)).toBe(true);
    expect(rows[0]).toMatchObject({ number: '1.', title: 'MINUTES', pages: '1 - 11' });
    expect(rows[2]!.summary).toHaveLength(4);
  });

  it('is plain JSON with unique keys, dated from the meeting, with a file name to save under', () => {
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
    const keys = [...outline.blocks.map((b) => b.key), ...only(outline, 'item-table').rows.map((r) => r.key)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(outline.meta).toMatchObject({
      created: '2016-11-01T09:00:00.000Z',
      modified: '2016-11-11T10:00:00.000Z',
      fileName: 'CEPAC agenda 2016-11-21.docx',
    });
  });
});

describe('the front sheet for other meetings and settings', () => {
  const committee = committeeFor2016_11_21();
  const base = meeting2016_11_21(committee);

  it('lists the committee as it stood at the meeting: in September 2016, before Eleanor Allen and Matt Jenkins joined', () => {
    const september = composeFrontSheet({ ...base, date: '2016-09-19' }, committee);
    const co = lines(only(september, 'membership').coOptees!.entries);
    expect(co).toHaveLength(4);
    expect(co.join('\n')).not.toMatch(/Eleanor Allen|Jenkins/);
  });

  it("uses the meeting's own contact officer over the committee's", () => {
    const m = run(base, 'meeting:updateDetails', {
      patch: { agendaContact: { name: 'Bathsheba Mall', title: 'Committee Co-ordinator', phone: '020 8753 5758' } },
    });
    expect(lines(only(composeFrontSheet(m, committee), 'contact').lines)).toEqual([
      'Bathsheba Mall',
      'Committee Co-ordinator',
      'Tel 020 8753 5758',
    ]);
  });

  it("prints the committee's own standing notes, the defaults until it sets them, or none", () => {
    const notes = (c: typeof committee) =>
      composeFrontSheet(base, c)
        .blocks.filter((b) => b.type === 'note')
        .map((b) => b.lines.join('\n'));
    expect(notes(committee)).toEqual(REFERENCE_PACK_NOTES);
    expect(notes({ ...committee, agendaNotes: ['Filming is permitted.\nAsk the clerk first.'] })).toEqual([
      'Filming is permitted.\nAsk the clerk first.',
    ]);
    expect(notes({ ...committee, agendaNotes: [] })).toEqual([]);
  });

  it('marks what is still missing: the date issued, the venue, the contact officer', () => {
    const m = run(
      run(base, 'meeting:updateDetails', { patch: { dateIssued: null, venue: '' } }),
      'meeting:updateDetails',
      { patch: { agendaContact: { name: '' } } },
    );
    const outline = composeFrontSheet(m, committee);
    expect(only(outline, 'date-issued').runs).toEqual([
      { text: 'Date Issued: ' },
      { text: '[to be completed]', marker: true },
    ]);
    expect(outline.blocks.find((b) => b.type === 'detail' && b.what === 'venue')).toMatchObject({
      runs: [{ marker: true }],
    });
    expect(outline.missing.map((g) => g.where)).toEqual(['Heading', 'Date Issued', 'CONTACT OFFICER']);
  });

  it('numbers sub-items and puts the Part II heading before a run of exempt items', () => {
    let m = run(base, 'agenda:addSubItem', {
      parentItemId: 'report-5',
      item: { id: 'sub-a', title: 'SCHOOL MEALS', summary: 'An update.', kind: 'report' },
    });
    m = run(m, 'agenda:addItem', {
      item: { id: 'x1', number: '13', title: 'CONTRACT AWARD', exempt: { paragraph: '3' } },
    });
    m = run(m, 'agenda:addItem', {
      item: { id: 'x2', number: '14', title: 'LEGAL ADVICE', exempt: { paragraph: '5' } },
    });
    const rows = only(composeFrontSheet(m, committee), 'item-table').rows;
    const sub = rows.find((r) => r.type === 'item' && r.itemId === 'sub-a');
    expect(sub).toMatchObject({ number: '5a.', subItem: true, title: 'SCHOOL MEALS' });
    expect(rows.indexOf(sub!)).toBe(rows.findIndex((r) => r.type === 'item' && r.itemId === 'report-5') + 1);
    const tail = rows.slice(-3);
    expect(tail.map((r) => r.type)).toEqual(['part-heading', 'item', 'item']);
    expect(tail[0]).toMatchObject({ title: PART_II_TITLE });
    expect(tail.slice(1).map((r) => (r as ItemRow).exempt)).toEqual([
      'Exempt: Schedule 12A paragraph 3',
      'Exempt: Schedule 12A paragraph 5',
    ]);
    expect(rows.filter((r) => r.type === 'part-heading')).toHaveLength(1);
  });

  it('offers a file name that is safe on every file system', () => {
    expect(agendaFileName(base, { ...committee, shortName: 'A/B: C?' })).toBe('A-B- C- agenda 2016-11-21.docx');
    expect(agendaFileName(base, { ...committee, shortName: '' })).toBe(`${committee.name} agenda 2016-11-21.docx`);
  });
});
