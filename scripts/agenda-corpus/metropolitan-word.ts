/**
 * A metropolitan borough's Word agenda: "NOTICE IS HEREBY GIVEN" that the committee meets, the
 * councillors in a borderless three-column grid of names (columns, not groups), voting co-optees
 * as "Name (Body)" lines, the procedural items as numbered text lines and then the business items
 * continuing, with the next numbers, in a "No. | Report | Pages" table. The second is a whole pack.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import { minutesPages, reportPages } from './pack-pages';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, by: string];
interface Sheet {
  id: string;
  notes: string;
  notice: string;
  members: [string, Role][];
  coOptees: [string, string][];
  /** Numbered text lines first, then the rest in a table. */
  lines: Row[];
  table: Row[];
  pack: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:12pt} table{border-collapse:collapse} .grid td{padding:1pt 18pt 1pt 0} .items td,.items th{border:1px solid #000;padding:3pt;text-align:left;vertical-align:top}`;
const ROLE_TEXT: Record<Role, string> = { chair: ' (Chair)', 'vice-chair': ' (Deputy Chair)', member: '' };
const pages = (p: [number, number] | null) => (p ? `${p[0]} - ${p[1]}` : '');

function render(s: Sheet): string {
  const e = s.expected;
  const grid: string[] = [];
  for (let i = 0; i < s.members.length; i += 3)
    grid.push(
      `<tr>${s.members
        .slice(i, i + 3)
        .map(([n, r]) => `<td>${esc(n)}${ROLE_TEXT[r]}</td>`)
        .join('')}</tr>`,
    );
  const body = `<p style="text-align:right">Democratic Services<br>Town Hall, Oldcastle OL1 1UT</p>
<h1>${esc(e.committee)}</h1>
<p>${esc(s.notice)}</p>
<p><b>Councillors</b></p>
<table class="grid">${grid.join('\n')}</table>
<p><b>Co-opted Members (voting on education matters)</b></p>
<p>${s.coOptees.map(([n, b]) => `${esc(n)} (${esc(b)})`).join('<br>')}</p>
<p>Contact officer for this agenda: ${esc(e.contact?.name ?? '')} Tel. ${esc(e.contact?.phone ?? '')} E-mail ${esc(e.contact?.email ?? '')}</p>
<h2>AGENDA</h2>
${s.lines.map(([n, t, p, , by]) => `<p>${esc(n)}.&nbsp;&nbsp;${esc(t)}${p ? `&nbsp;&nbsp;(pages ${pages(p)})` : ''}${by ? `<br>${esc(by)}` : ''}</p>`).join('\n')}
<table class="items" style="width:100%"><tr><th>No.</th><th>Report</th><th>Pages</th></tr>
${s.table.map(([n, t, p, , by]) => `<tr><td>${esc(n)}</td><td><b>${esc(t)}</b>${by ? `<br>${esc(by)}` : ''}</td><td>${pages(p)}</td></tr>`).join('\n')}
</table>
${s.pack}`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'metropolitan-word-1',
    notes: 'item list runs from numbered text lines into a table; members in a 3-column grid of names; eight co-optees',
    notice:
      'NOTICE IS HEREBY GIVEN that a meeting of the Children and Young People Scrutiny Board will be held on Wednesday 31 January 2024 commencing at 6.00 pm in Committee Room 1, Oldcastle Civic Centre, West Street, Oldcastle OL1 1UT.',
    members: [
      ['Zafar Chaudhry', 'chair'],
      ['Eddie Moorhouse', 'vice-chair'],
      ['Hannah Robertshaw', 'member'],
      ['Louie Hambleton', 'member'],
      ['Mohon Alam', 'member'],
      ['Pam Byrom', 'member'],
      ['Chris Glossop', 'member'],
    ],
    coOptees: [
      ['Mrs Anne Fairclough', 'Church of England Diocese'],
      ['Mr Liam Doherty', 'Roman Catholic Diocese'],
      ['Mrs Shabana Iqbal', 'Parent Governor, Primary'],
      ['Mr Gareth Pye', 'Parent Governor, Secondary'],
      ['Ms Jo Ashton', 'Parent Governor, Special'],
      ['Dr Imran Siddiqui', 'Oldcastle Muslim Council of Schools'],
      ['Mr Peter Hallworth', 'Oldcastle Youth Council'],
      ['Ms Kate Brierley', 'Oldcastle Association of Governors'],
    ],
    lines: [
      ['1', 'Apologies For Absence', null, 'apologies', ''],
      ['2', 'Urgent Business', null, 'other', 'Urgent business, if any, introduced by the Chair'],
      [
        '3',
        'Declarations of Interest',
        null,
        'declarations',
        'To receive declarations of interest in any contract or matter to be discussed at the meeting.',
      ],
      [
        '4',
        'Public Question Time',
        null,
        'public-participation',
        'To receive questions from the public, in accordance with the Council’s Constitution.',
      ],
      [
        '5',
        'Minutes of Previous Meeting',
        [1, 8],
        'minutes',
        'The Minutes of the meeting held on 22 November 2023 are attached for approval.',
      ],
    ],
    table: [
      [
        '6',
        'Ofsted Inspection of Local Authority Children’s Services',
        [9, 30],
        'report',
        'Report of the Director of Children’s Social Care',
      ],
      [
        '7',
        'Education Attainment 2023',
        [31, 56],
        'report',
        'Report of the Director of Education, Skills and Early Years',
      ],
      ['8', 'Children and Young People Scrutiny Board Work Programme', [57, 62], 'work-programme', ''],
    ],
    pack: '',
    expected: {
      committee: 'Children and Young People Scrutiny Board',
      meetingDate: '2024-01-31',
      startTime: '18:00',
      venue: 'Committee Room 1, Oldcastle Civic Centre, West Street, Oldcastle OL1 1UT',
      contact: {
        name: 'Constitutional Services',
        phone: '0161 770 5151',
        email: 'constitutional.services@oldcastle.gov.uk',
      },
    },
  },
  {
    id: 'metropolitan-word-2',
    notes:
      'WHOLE PACK: text lines into a table, then minutes numbered 1-7 and a report with 1./2. headings and an appendix',
    notice:
      'NOTICE IS HEREBY GIVEN that a meeting of the Health Scrutiny Committee will be held on Tuesday 19 March 2024 commencing at 6.00 pm in the Council Chamber, Oldcastle Civic Centre, West Street, Oldcastle OL1 1UT.',
    members: [
      ['Colin McLaughlin', 'chair'],
      ['Marie Bashall', 'vice-chair'],
      ['Ros Birchall', 'member'],
      ['Sajed Husein', 'member'],
      ['Lewis Quigley', 'member'],
      ['Graham Shutt', 'member'],
    ],
    coOptees: [['Mr Tamoor Tarin', 'Healthwatch Oldcastle']],
    lines: [
      ['1', 'Apologies For Absence', null, 'apologies', ''],
      ['2', 'Urgent Business', null, 'other', ''],
      ['3', 'Declarations of Interest', null, 'declarations', ''],
      ['4', 'Public Question Time', null, 'public-participation', ''],
      ['5', 'Minutes of Previous Meeting', [3, 8], 'minutes', ''],
    ],
    table: [
      ['6', 'Oldcastle Healthy Weight Strategy', [9, 22], 'report', 'Report of the Director of Public Health'],
      ['7', 'GP Access in Oldcastle', null, 'report', 'Presentation by the Integrated Care Board'],
      ['8', 'Health Scrutiny Work Programme 2023/24', [23, 26], 'work-programme', ''],
    ],
    pack: [
      minutesPages({
        council: 'Oldcastle Metropolitan Borough Council',
        committee: 'Health Scrutiny Committee',
        heldOn: 'Tuesday 16 January 2024',
        venue: 'the Council Chamber, Oldcastle Civic Centre',
        present: 'Councillors Colin McLaughlin (Chair), Marie Bashall, Ros Birchall and Sajed Husein',
        firstPage: 3,
        minutes: [
          {
            number: '1',
            heading: 'ELECTION OF CHAIR',
            text: 'Councillor McLaughlin was elected Chair for the meeting.',
          },
          { number: '2', heading: 'APOLOGIES FOR ABSENCE', text: 'Apologies were received from Councillor Quigley.' },
          { number: '3', heading: 'URGENT BUSINESS', text: 'There were no items of urgent business.' },
          {
            number: '4',
            heading: 'DECLARATIONS OF INTEREST',
            text: 'There were no declarations of interest received.',
          },
          { number: '5', heading: 'PUBLIC QUESTION TIME', text: 'There were no public questions received.' },
          {
            number: '6',
            heading: 'MINUTES OF PREVIOUS MEETING',
            text: 'RESOLVED that the minutes be approved as a correct record.',
          },
          {
            number: '7',
            heading: 'MATERNITY SERVICES',
            text: 'The Committee received an update on maternity services.',
          },
        ],
      }),
      reportPages({
        firstPage: 9,
        from: 'Health Scrutiny Committee',
        title: 'Oldcastle Healthy Weight Strategy',
        sections: [
          {
            number: '1',
            heading: 'Reason for the Report',
            paragraphs: ['To seek the Committee’s views on the draft strategy.'],
          },
          {
            number: '2',
            heading: 'Recommendations',
            paragraphs: ['That the Committee comments on the draft strategy.'],
          },
          { number: '3', heading: 'Background', paragraphs: ['One in four children in Oldcastle is obese by Year 6.'] },
        ],
        appendix: {
          title: 'Appendix 1: Action plan',
          rows: [
            ['Action', 'Lead', 'Date'],
            ['Healthy schools award', 'Public Health', 'Sept 2024'],
          ],
        },
      }),
    ].join('\n'),
    expected: {
      committee: 'Health Scrutiny Committee',
      meetingDate: '2024-03-19',
      startTime: '18:00',
      venue: 'Council Chamber, Oldcastle Civic Centre, West Street, Oldcastle OL1 1UT',
      contact: {
        name: 'Constitutional Services',
        phone: '0161 770 5151',
        email: 'constitutional.services@oldcastle.gov.uk',
      },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'Metropolitan borough Word agenda (text lines into a table)',
  notes: s.notes,
  html: render(s),
  expected: {
    ...s.expected,
    members: s.members.map(([name, role]) => ({ name, group: '', role })),
    coOptees: s.coOptees.map(([name, body]) => ({ name, body })),
    items: [...s.lines, ...s.table].map(([number, title, p, kind]) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: false,
    })),
  },
}));
