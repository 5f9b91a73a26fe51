/**
 * A district council's own Word template: a summons letter ("To: All Members of the ...",
 * "You are requested to attend ...") where the date, time and venue are inside sentences
 * ("This meeting will take place in the Council Chamber, ..., at 7.15pm."), the membership in a
 * Name | Group | Role table, co-optees in a second table, and items "1." with "Pages 1 to 8"
 * on the right. The third is a whole pack.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import { minutesPages, reportPages } from './pack-pages';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, text: string];
interface Letter {
  id: string;
  notes: string;
  dateText: string;
  timeText: string;
  issued: string;
  members: [string, string, Role][];
  coOptees: [string, string][];
  rows: Row[];
  pack: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:'Times New Roman',serif;font-size:12pt} table{border-collapse:collapse} td,th{border:1px solid #000;padding:2pt 6pt;text-align:left;vertical-align:top}`;
const ROLE_TEXT: Record<Role, string> = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'Member' };

function render(l: Letter): string {
  const e = l.expected;
  const items = l.rows
    .map(
      ([n, t, p, , text]) =>
        `<p><b>${esc(n)}.&nbsp;&nbsp;${esc(t)}</b>${p ? `&nbsp;&nbsp;&nbsp;&nbsp;Pages ${p[0]} to ${p[1]}` : ''}</p>${text ? `<p style="margin-left:30pt">${esc(text)}</p>` : ''}`,
    )
    .join('\n');
  const body = `<p style="text-align:center"><b>SOUTH MENDIP DISTRICT COUNCIL</b></p>
<p>To: All Members of the ${esc(e.committee)}</p>
<p>Dear Councillor,</p>
<p>You are requested to attend a meeting of the ${esc(e.committee)} on ${esc(l.dateText)}. This meeting will take place in the ${esc(e.venue)}, at ${esc(l.timeText)}.</p>
<p>The meeting will be open to the public and press, subject to the passing of any resolution under Section 100A(4) of the Local Government Act 1972.</p>
<p>Yours sincerely,<br>${esc(e.contact?.name ?? '')}<br>Democratic Services Officer<br>Tel: ${esc(e.contact?.phone ?? '')}<br>Email: ${esc(e.contact?.email ?? '')}</p>
<p>Date of publication: ${esc(l.issued)}</p>
<p><b>Membership of the ${esc(e.committee)}</b></p>
<table><tr><th>Councillor</th><th>Group</th><th>Role</th></tr>
${l.members.map(([n, g, r]) => `<tr><td>${esc(n)}</td><td>${esc(g)}</td><td>${ROLE_TEXT[r]}</td></tr>`).join('\n')}
</table>
${l.coOptees.length ? `<p><b>Co-opted Members (non-voting)</b></p>\n<table><tr><th>Name</th><th>Representing</th></tr>\n${l.coOptees.map(([n, b]) => `<tr><td>${esc(n)}</td><td>${esc(b)}</td></tr>`).join('\n')}\n</table>` : ''}
<h2>AGENDA</h2>
${items}
${l.pack}`;
  return htmlPage(e.committee, CSS, body);
}

const letters: Letter[] = [
  {
    id: 'district-summons-1',
    notes:
      'time and venue inside the summons sentence; membership in a Name/Group/Role table; six co-optees in a table',
    dateText: 'Tuesday 5 March 2024',
    timeText: '7.15pm',
    issued: '23 February 2024',
    members: [
      ['Councillor Nigel Hewlett-Coombe', 'Liberal Democrat', 'chair'],
      ['Councillor Helen Sprowston-Whyte', 'Liberal Democrat', 'vice-chair'],
      ['Councillor Damon Hoolihan', 'Conservative', 'member'],
      ['Councillor Barry O’Laoire', 'Liberal Democrat', 'member'],
      ['Councillor Clare Sulley', 'Independent', 'member'],
      ['Councillor Edric Hobday', 'Green', 'member'],
    ],
    coOptees: [
      ['Mrs Frances Pettigrew', 'Parent Governor (Primary)'],
      ['Mr Alastair Byrne', 'Parent Governor (Secondary)'],
      ['Revd Canon Jane Whitlock', 'Diocese of Bath and Wells'],
      ['Mr Thomas Nkemelu', 'Diocese of Clifton'],
      ['Ms Poppy Danvers', 'Youth Parliament'],
      ['Mrs Gwen Tallis', 'Special Schools Representative'],
    ],
    rows: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', 'To receive any declarations of interest from Members.'],
      ['3', 'Minutes of the Meeting held on 16 January 2024', [1, 6], 'minutes', ''],
      [
        '4',
        'Public Participation',
        null,
        'public-participation',
        'Any member of the public wishing to speak should notify Democratic Services by noon on the working day before the meeting.',
      ],
      ['5', 'Chair’s Announcements', null, 'other', ''],
      ['6', 'Early Help Service Review', [7, 18], 'report', ''],
      ['7', 'Home to School Transport Policy', [19, 32], 'report', ''],
      ['8', 'Scrutiny Work Plan', [33, 36], 'work-programme', ''],
    ],
    pack: '',
    expected: {
      committee: 'Scrutiny Board',
      meetingDate: '2024-03-05',
      startTime: '19:15',
      venue: 'Council Chamber, Mendip District Council, Shepton Mallet',
      contact: { name: 'Rachel Fordyce', phone: '0300 303 8588', email: 'rachel.fordyce@southmendip.gov.uk' },
    },
  },
  {
    id: 'district-summons-2',
    notes:
      'summons sentence with the time in "6.30 pm" form; no co-optees; Part II item after an exclusion resolution; pages on some items',
    dateText: 'Thursday 18 April 2024',
    timeText: '6.30 pm',
    issued: '10 April 2024',
    members: [
      ['Councillor Rosamund Wykeham', 'Liberal Democrat', 'chair'],
      ['Councillor Philip Hamley', 'Conservative', 'vice-chair'],
      ['Councillor Tessa Mountjoy-Harris', 'Liberal Democrat', 'member'],
      ['Councillor Graham Noakes', 'Conservative', 'member'],
      ['Councillor Sam Phippen', 'Labour', 'member'],
    ],
    coOptees: [],
    rows: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      ['3', 'Minutes', [1, 4], 'minutes', 'To confirm the minutes of the meeting held on 7 March 2024.'],
      ['4', 'Public Participation', null, 'public-participation', ''],
      ['5', 'Revenue and Capital Outturn 2023/24', [5, 22], 'report', ''],
      [
        '6',
        'Exclusion of the Press and Public',
        null,
        'other',
        'To consider passing a resolution under Section 100A(4) of the Local Government Act 1972 to exclude the press and public for the following item, which involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
      ],
      ['7', 'Sale of Land at Cathedral Green', [23, 30], 'report', 'PART II - NOT FOR PUBLICATION. Paragraph 3.'],
    ],
    pack: '',
    expected: {
      committee: 'Audit Committee',
      meetingDate: '2024-04-18',
      startTime: '18:30',
      venue: 'Council Chamber, Cannards Grave Road, Shepton Mallet',
      contact: { name: 'Rachel Fordyce', phone: '0300 303 8588', email: 'rachel.fordyce@southmendip.gov.uk' },
    },
  },
  {
    id: 'district-summons-3',
    notes: 'WHOLE PACK: summons letter, then previous minutes numbered "SB 45" style and a report with 1./1.1 headings',
    dateText: 'Wednesday 12 June 2024',
    timeText: '2.30pm',
    issued: '3 June 2024',
    members: [
      ['Councillor Nigel Hewlett-Coombe', 'Liberal Democrat', 'chair'],
      ['Councillor Helen Sprowston-Whyte', 'Liberal Democrat', 'vice-chair'],
      ['Councillor Damon Hoolihan', 'Conservative', 'member'],
      ['Councillor Clare Sulley', 'Independent', 'member'],
    ],
    coOptees: [['Mr Ian Rusholme', 'Independent Person']],
    rows: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      ['3', 'Minutes of the Meeting held on 5 March 2024', [3, 7], 'minutes', ''],
      ['4', 'Public Participation', null, 'public-participation', ''],
      ['5', 'Leisure Centre Contract - Annual Review', [8, 15], 'report', ''],
      ['6', 'Scrutiny Work Plan', [16, 18], 'work-programme', ''],
    ],
    pack: [
      minutesPages({
        council: 'South Mendip District Council',
        committee: 'Scrutiny Board',
        heldOn: 'Tuesday 5 March 2024',
        venue: 'the Council Chamber, Shepton Mallet',
        present: 'Councillor Nigel Hewlett-Coombe (Chair), Councillor Helen Sprowston-Whyte, Councillor Damon Hoolihan',
        firstPage: 3,
        minutes: [
          {
            number: 'SB 45',
            heading: 'Apologies for Absence',
            text: 'Apologies were received from Councillor Clare Sulley.',
          },
          { number: 'SB 46', heading: 'Declarations of Interest', text: 'None.' },
          {
            number: '1.',
            heading: 'Early Help Service Review',
            text: 'The Board considered the report and made three recommendations.',
          },
          { number: '2.', heading: 'Home to School Transport Policy', text: 'The Board noted the policy.' },
          { number: '3.', heading: 'Scrutiny Work Plan', text: 'The work plan was agreed.' },
        ],
      }),
      reportPages({
        firstPage: 8,
        from: 'Scrutiny Board',
        title: 'Leisure Centre Contract - Annual Review',
        sections: [
          {
            number: '1.',
            heading: 'Summary',
            paragraphs: ['1.1 This report reviews the first year of the leisure contract.'],
          },
          {
            number: '2.',
            heading: 'Recommendations',
            paragraphs: ['2.1 That the Board notes the performance of the operator.'],
          },
          { number: '3.', heading: 'Performance', paragraphs: ['3.1 Visits rose by 11% on the year before.'] },
          { number: '4.', heading: 'Background Papers', paragraphs: ['None.'] },
        ],
      }),
    ].join('\n'),
    expected: {
      committee: 'Scrutiny Board',
      meetingDate: '2024-06-12',
      startTime: '14:30',
      venue: 'Council Chamber, Mendip District Council, Shepton Mallet',
      contact: { name: 'Rachel Fordyce', phone: '0300 303 8588', email: 'rachel.fordyce@southmendip.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = letters.map((l) => ({
  id: l.id,
  layout: 'District council Word summons template',
  notes: l.notes,
  html: render(l),
  expected: {
    ...l.expected,
    members: l.members.map(([n, group, role]) => ({ name: n.replace(/^Councillor\s+/, ''), group, role })),
    coOptees: l.coOptees.map(([name, body]) => ({ name, body })),
    items: l.rows.map(([number, title, p, kind], i, all) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: all.slice(0, i).some((r) => r[1].startsWith('Exclusion')),
    })),
  },
}));
