/**
 * CMIS as a metropolitan city council publishes it: Meeting/Date/Time/Venue in a table, Chair and
 * Vice-chair on lines of their own above the group columns, a quorum line, "Information for the
 * public" with the contact in a table, and the agenda as an "Item No. | Title" table broken by
 * section rows (MEETING BUSINESS ITEMS, DISCUSSION ITEMS), pages in brackets inside the title
 * cell, and Part 2 exempt items. The second is a whole pack.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import { minutesPages, reportPages } from './pack-pages';
import type { ExpectedCorpusAgenda, Kind } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, note: string] | string;
interface Sheet {
  id: string;
  notes: string;
  dateText: string;
  timeText: string;
  chair: [string, string];
  vice: [string, string];
  columns: { name: string; members: string[] }[];
  rows: Row[];
  pack: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:12pt} table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:2pt 5pt} .sec td{font-weight:bold;background:#ddd}`;

function render(s: Sheet): string {
  const e = s.expected;
  const depth = Math.max(...s.columns.map((c) => c.members.length));
  const cols = Array.from(
    { length: depth },
    (_, r) =>
      `<tr>${s.columns.map((c) => `<td>${c.members[r] ? `Cllr ${esc(c.members[r])}` : ''}</td>`).join('')}</tr>`,
  ).join('\n');
  const rows = s.rows
    .map((r) => {
      if (typeof r === 'string') return `<tr class="sec"><td colspan="2">${esc(r)}</td></tr>`;
      const [n, t, p, , note] = r;
      return `<tr><td>${esc(n)}</td><td><b>${esc(t)}</b>${note ? ` [${esc(note)}]` : ''}${p ? `<br>(Pages ${p[0]} - ${p[1]})` : ''}</td></tr>`;
    })
    .join('\n');
  const body = `<p style="text-align:right">Agenda</p>
<table>
<tr><td><b>Meeting:</b></td><td>${esc(e.committee)}</td></tr>
<tr><td><b>Date:</b></td><td>${esc(s.dateText)}</td></tr>
<tr><td><b>Time:</b></td><td>${esc(s.timeText)}</td></tr>
<tr><td><b>Venue:</b></td><td>${esc(e.venue)}</td></tr>
</table>
<h2>Membership</h2>
<p>Chair Cllr ${esc(s.chair[0])} (${esc(s.chair[1])})<br>Vice-chair Cllr ${esc(s.vice[0])} (${esc(s.vice[1])})</p>
<table><tr>${s.columns.map((c) => `<td><b>${esc(c.name)}</b></td>`).join('')}</tr>
${cols}</table>
<p>Quorum for this meeting is three Councillors.</p>
<h2>Information for the Public</h2>
<p>If you have any queries about this meeting, please contact the Democratic Services team:</p>
<table>
<tr><td><b>Contact</b></td><td>${esc(e.contact?.name ?? '')}</td></tr>
<tr><td><b>Tel/Email</b></td><td>${esc(e.contact?.phone ?? '')} or ${esc(e.contact?.email ?? '')}</td></tr>
<tr><td><b>Address</b></td><td>Democratic Services, Civic Centre, 1st floor, St Peter’s Square, Wolverton WV1 1RL</td></tr>
</table>
<p>Copies of other agendas and reports are available from the Council’s website.</p>
<h2>Agenda</h2>
<p><b>Part 1 – items open to the press and public</b></p>
<table>
<tr><td><b>Item No.</b></td><td><b>Title</b></td></tr>
${rows}
</table>
${s.pack}`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'cmis-1',
    notes:
      'section rows inside the item table, pages on a line of their own in the title cell, Part 2 rows in the same table',
    dateText: 'Tuesday 12 March 2024',
    timeText: '6.00 pm',
    chair: ['Jasbir Kaur Dhaliwal', 'Labour'],
    vice: ['Wendy Parkhurst', 'Conservative'],
    columns: [
      { name: 'Labour', members: ['Harbans Bajwa', 'Asha Mattock', 'Rita Pottinger', 'Gurmukh Sandhar'] },
      { name: 'Conservative', members: ['Andrew Mellish', 'Udey Sahota'] },
    ],
    rows: [
      'MEETING BUSINESS ITEMS',
      ['1', 'Apologies for absence', null, 'apologies', ''],
      ['2', 'Declarations of interest', null, 'declarations', ''],
      [
        '3',
        'Minutes of the previous meeting',
        [5, 10],
        'minutes',
        'To approve the minutes of the previous meeting as a correct record.',
      ],
      ['4', 'Matters arising', null, 'other', 'To consider any matters arising from the minutes.'],
      'DISCUSSION ITEMS',
      ['5', 'Budget Scrutiny 2024-2025', [11, 38], 'report', 'To consider the draft budget proposals.'],
      ['6', 'Scrutiny Work Programme', [39, 44], 'work-programme', ''],
      'Part 2 – exempt items, closed to press and public',
      [
        '7',
        'Civic Halls Refurbishment - Contract Award',
        [45, 58],
        'report',
        'Information relating to the financial or business affairs of any particular person - Paragraph 3',
      ],
    ],
    pack: '',
    expected: {
      committee: 'Scrutiny Board',
      meetingDate: '2024-03-12',
      startTime: '18:00',
      venue: 'Committee Room 3, Civic Centre, St Peter’s Square, Wolverton WV1 1SH',
      contact: { name: 'Julia Cleverly', phone: '01902 555046', email: 'julia.cleverly@wolverton.gov.uk' },
    },
  },
  {
    id: 'cmis-2',
    notes:
      'WHOLE PACK: CMIS front sheet, then minutes with their own "1. Apologies" headings and a report with numbered sections',
    dateText: 'Wednesday 24 January 2024',
    timeText: '10.00 am',
    chair: ['Milkinder Jaswal', 'Labour'],
    vice: ['Simon Bennison', 'Conservative'],
    columns: [
      { name: 'Labour', members: ['Paula Brookhouse', 'Sohail Kanwar', 'Linda Leachman'] },
      { name: 'Conservative', members: ['Ellis Turville'] },
      { name: 'Liberal Democrat', members: ['Ian Claypole'] },
    ],
    rows: [
      'MEETING BUSINESS ITEMS',
      ['1', 'Apologies for absence', null, 'apologies', ''],
      ['2', 'Declarations of interest', null, 'declarations', ''],
      [
        '3',
        'Minutes of the previous meeting',
        [3, 8],
        'minutes',
        'To approve the minutes of the previous meeting as a correct record.',
      ],
      'DISCUSSION ITEMS',
      ['4', 'Adult Social Care Winter Plan', [9, 16], 'report', 'To receive a report on the winter plan.'],
      ['5', 'Carers Strategy Refresh', null, 'report', 'To receive a presentation.'],
      ['6', 'Health Scrutiny Panel Work Programme', [17, 20], 'work-programme', ''],
    ],
    pack: [
      minutesPages({
        council: 'City of Wolverton Council',
        committee: 'Health Scrutiny Panel',
        heldOn: 'Thursday 23 November 2023',
        venue: 'Committee Room 3, Civic Centre',
        present:
          'Cllr Milkinder Jaswal (Chair), Cllr Simon Bennison (Vice-chair), Cllr Paula Brookhouse, Cllr Sohail Kanwar',
        firstPage: 3,
        minutes: [
          { number: '1', heading: 'Apologies for absence', text: 'Apologies were received from Cllr Linda Leachman.' },
          { number: '2', heading: 'Declarations of interest', text: 'There were no declarations of interest.' },
          {
            number: '3',
            heading: 'Minutes of the previous meeting',
            text: 'That the minutes of 21 September 2023 be approved.',
          },
          { number: '4', heading: 'Matters arising', text: 'There were no matters arising.' },
          {
            number: '5',
            heading: 'Urgent and Emergency Care',
            text: 'The panel received a report from the hospital trust.',
          },
          {
            number: '6',
            heading: 'Dental Services Access',
            text: 'The panel expressed concern about access to NHS dentistry.',
          },
          { number: '7', heading: 'Work Programme', text: 'The work programme was agreed.' },
        ],
      }),
      reportPages({
        firstPage: 9,
        from: 'Health Scrutiny Panel',
        title: 'Adult Social Care Winter Plan',
        sections: [
          { number: '1.0', heading: 'Purpose', paragraphs: ['1.1 To inform the panel of the winter plan.'] },
          {
            number: '2.0',
            heading: 'Background',
            paragraphs: ['2.1 Winter brings higher demand for hospital discharge support.'],
          },
          {
            number: '3.0',
            heading: 'Financial implications',
            paragraphs: ['3.1 The plan is funded from the Better Care Fund.'],
          },
        ],
      }),
    ].join('\n'),
    expected: {
      committee: 'Health Scrutiny Panel',
      meetingDate: '2024-01-24',
      startTime: '10:00',
      venue: 'Committee Room 3, Civic Centre, St Peter’s Square, Wolverton WV1 1SH',
      contact: { name: 'Martin Stevenage', phone: '01902 550947', email: 'martin.stevenage@wolverton.gov.uk' },
    },
  },
  {
    id: 'cmis-3',
    notes: 'no page numbers anywhere, a Vice-chair from a third group, a long venue',
    dateText: 'Thursday 6 June 2024',
    timeText: '5.30 pm',
    chair: ['Bhupinder Gakhar', 'Labour'],
    vice: ['Jonathan Croftwood', 'Conservative'],
    columns: [
      { name: 'Labour', members: ['Qaiser Azim', 'Philip Pagett', 'Anita Stanworth'] },
      { name: 'Conservative', members: ['Stephanie Haynesworth'] },
    ],
    rows: [
      'MEETING BUSINESS ITEMS',
      ['1', 'Apologies for absence', null, 'apologies', ''],
      ['2', 'Declarations of interest', null, 'declarations', ''],
      [
        '3',
        'Minutes of the previous meeting',
        null,
        'minutes',
        'To approve the minutes of the previous meeting as a correct record.',
      ],
      'DISCUSSION ITEMS',
      [
        '4',
        'City Centre Public Space Protection Order',
        null,
        'report',
        'To consider the results of the consultation.',
      ],
      ['5', 'Fly-tipping Enforcement', null, 'report', ''],
      ['6', 'Work Programme 2024-2025', null, 'work-programme', ''],
    ],
    pack: '',
    expected: {
      committee: 'Stronger City Economy Scrutiny Panel',
      meetingDate: '2024-06-06',
      startTime: '17:30',
      venue: 'Council Chamber, 4th Floor, Civic Centre, St Peter’s Square, Wolverton WV1 1SH',
      contact: { name: 'Earl Pigott-Smythe', phone: '01902 551251', email: 'earl.pigott-smythe@wolverton.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => {
  let exempt = false;
  const items: ExpectedCorpusAgenda['items'] = [];
  for (const r of s.rows) {
    if (typeof r === 'string') {
      if (r.startsWith('Part 2')) exempt = true;
      continue;
    }
    items.push({ number: r[0], title: r[1], pages: r[2] ? { from: r[2][0], to: r[2][1] } : null, kind: r[3], exempt });
  }
  return {
    id: s.id,
    layout: 'CMIS (metropolitan city council)',
    notes: s.notes,
    html: render(s),
    expected: {
      ...s.expected,
      members: [
        { name: s.chair[0], group: s.chair[1], role: 'chair' as const },
        { name: s.vice[0], group: s.vice[1], role: 'vice-chair' as const },
        ...s.columns.flatMap((c) => c.members.map((name) => ({ name, group: c.name, role: 'member' as const }))),
      ],
      coOptees: [],
      items,
    },
  };
});
