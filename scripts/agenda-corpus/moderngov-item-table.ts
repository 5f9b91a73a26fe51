/**
 * ModernGov as a London borough publishes it: meeting details in a two-column table, the
 * membership in a table with one column per political group, co-opted members in a
 * Name/Representing table, and the agenda as a table with number, title (and summary) and pages
 * in separate cells. Two of the three are whole packs: minutes and reports follow.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import { minutesPages, reportPages } from './pack-pages';
import type { ExpectedCorpusAgenda, Kind } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, summary: string];
interface Sheet {
  id: string;
  notes: string;
  when: string;
  groups: { name: string; members: [string, 'member' | 'chair' | 'vice-chair'][] }[];
  coOptees: [string, string][];
  items: Row[];
  pack: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:11pt} table{border-collapse:collapse} td,th{vertical-align:top;padding:3pt 6pt;text-align:left} .items td{border-bottom:1px solid #999}`;
const ROLE = { member: '', chair: ' (Chair)', 'vice-chair': ' (Vice-Chair)' };

function render(s: Sheet): string {
  const e = s.expected;
  const depth = Math.max(...s.groups.map((g) => g.members.length));
  const memberRows = Array.from(
    { length: depth },
    (_, r) =>
      `<tr>${s.groups.map((g) => `<td>${g.members[r] ? `Councillor ${esc(g.members[r][0])}${ROLE[g.members[r][1]]}` : ''}</td>`).join('')}</tr>`,
  ).join('\n');
  const items = s.items
    .map(
      ([n, t, p, , summary]) =>
        `<tr><td>${esc(n)}</td><td><b>${esc(t)}</b>${summary ? `<br><br>${esc(summary)}` : ''}<br></td><td>${p ? `${p[0]} - ${p[1]}` : ''}</td></tr>`,
    )
    .join('\n');
  const body = `<h1>London Borough of Kelmscott</h1>
<h2>Agenda</h2>
<table>
<tr><td><b>Meeting</b></td><td>${esc(e.committee)}</td></tr>
<tr><td><b>Date and time</b></td><td>${esc(s.when)}</td></tr>
<tr><td><b>Venue</b></td><td>${esc(e.venue)}</td></tr>
</table>
<h3>Membership</h3>
<table>
<tr>${s.groups.map((g) => `<th>${esc(g.name)}</th>`).join('')}</tr>
${memberRows}
</table>
<h3>Co-opted Members</h3>
<table border="1">
<tr><th>Name</th><th>Representing</th></tr>
${s.coOptees.map(([n, b]) => `<tr><td>${esc(n)}</td><td>${esc(b)}</td></tr>`).join('\n')}
</table>
<p><b>CONTACT OFFICER:</b> ${esc(e.contact?.name ?? '')}, Committee Co-ordinator<br>Tel: ${esc(e.contact?.phone ?? '')}<br>E-mail: ${esc(e.contact?.email ?? '')}</p>
<p>Reports on the open agenda are available on the Council’s website: www.kelmscott.gov.uk/councilmeetings</p>
<h2>AGENDA</h2>
<table class="items" style="width:100%">
<tr><th>Item</th><th></th><th>Pages</th></tr>
${items}
</table>
${s.pack}`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'moderngov-item-table-1',
    notes:
      'WHOLE PACK: item table (number/title/pages cells), members in columns by group, 7 co-optees; minutes numbered 1-9 follow',
    when: 'Tuesday 6 February 2024 at 7.00 pm',
    groups: [
      {
        name: 'Labour Group',
        members: [
          ['Helen Rowbotham', 'chair'],
          ['Sanjay Mistry', 'member'],
          ['Grace Ogunleye', 'member'],
          ['Patrick Doherty', 'member'],
        ],
      },
      {
        name: 'Conservative Group',
        members: [
          ['Victoria Ashworth', 'vice-chair'],
          ['Julian Fenwick', 'member'],
        ],
      },
    ],
    coOptees: [
      ['Ms Eleni Christou', 'Parent Governor Representative'],
      ['Mr Daniel Okafor', 'Parent Governor Representative'],
      ['Mrs Ruth Haddon', 'Church of England Diocese Representative'],
      ['Mr Brendan Keane', 'Roman Catholic Diocese Representative'],
      ['Ms Amira Haddad', 'Youth Council Representative'],
      ['Dr Lionel Fairweather', 'Headteacher Representative'],
      ['Ms Kerry-Ann Boateng', 'Special Educational Needs Parent Forum'],
    ],
    items: [
      ['1', 'APOLOGIES FOR ABSENCE AND SUBSTITUTIONS', null, 'apologies', ''],
      [
        '2',
        'DECLARATIONS OF INTEREST',
        null,
        'declarations',
        'Members are asked to declare any interest they may have in any matter being considered at this meeting.',
      ],
      [
        '3',
        'MINUTES OF THE PREVIOUS MEETING',
        [1, 8],
        'minutes',
        'To approve as a correct record the minutes of the meeting held on 28 November 2023.',
      ],
      [
        '4',
        'SCHOOL PLACE PLANNING AND SURPLUS PRIMARY PLACES',
        [9, 30],
        'report',
        'This report sets out the pressures from falling primary rolls and the options for reducing surplus places.',
      ],
      ['5', 'ELECTIVE HOME EDUCATION', [31, 44], 'report', ''],
      [
        '6',
        'YOUTH JUSTICE PLAN 2023-24',
        [45, 70],
        'report',
        'The Committee is asked to comment on the draft plan before it goes to Full Council.',
      ],
      ['7', 'WORK PROGRAMME 2023-24', [71, 74], 'work-programme', ''],
      ['8', 'DATES OF FUTURE MEETINGS', null, 'next-meeting', '19 March 2024 and 16 April 2024.'],
    ],
    pack: [
      minutesPages({
        council: 'London Borough of Kelmscott',
        committee: 'Children and Young People Scrutiny Committee',
        heldOn: 'Tuesday 28 November 2023',
        venue: 'Committee Room 1, Kelmscott Town Hall',
        present:
          'Councillors Helen Rowbotham (Chair), Sanjay Mistry, Grace Ogunleye, Victoria Ashworth and Julian Fenwick',
        firstPage: 1,
        minutes: [
          {
            number: '1.',
            heading: 'APOLOGIES FOR ABSENCE AND SUBSTITUTIONS',
            text: 'Apologies were received from Councillor Patrick Doherty.',
          },
          { number: '2.', heading: 'DECLARATIONS OF INTEREST', text: 'There were no declarations of interest.' },
          {
            number: '3.',
            heading: 'MINUTES OF THE PREVIOUS MEETING',
            text: 'RESOLVED that the minutes of the meeting held on 10 October 2023 be approved.',
          },
          {
            number: '4.',
            heading: 'CHILDREN’S SOCIAL CARE WORKFORCE',
            text: 'The Director of Children’s Services introduced the report on agency staffing.',
          },
          {
            number: '5.',
            heading: 'SCHOOL EXCLUSIONS',
            text: 'Members asked about the rise in suspensions at secondary schools.',
          },
          {
            number: '6.',
            heading: 'CHILDREN’S CENTRES REVIEW',
            text: 'The Committee noted the review and asked for a further report.',
          },
          { number: '7.', heading: 'BUDGET PROPOSALS 2024-25', text: 'The Cabinet Member presented the proposals.' },
          { number: '8.', heading: 'WORK PROGRAMME', text: 'The work programme was noted.' },
          { number: '9.', heading: 'DATE OF NEXT MEETING', text: 'Tuesday 6 February 2024 at 7.00 pm.' },
        ],
      }),
      reportPages({
        firstPage: 9,
        from: 'Children and Young People Scrutiny Committee',
        title: 'School Place Planning and Surplus Primary Places',
        sections: [
          {
            number: '1.',
            heading: 'Purpose of Report',
            paragraphs: ['To set out the position on surplus primary places.'],
          },
          {
            number: '2.',
            heading: 'Recommendations',
            paragraphs: [
              '2.1 That the Committee notes the report.',
              '2.2 That the Committee comments on the options in section 5.',
            ],
          },
          { number: '3.', heading: 'Background', paragraphs: ['Births in the borough have fallen by 18% since 2012.'] },
          { number: '4.', heading: 'Financial Implications', paragraphs: ['Schools are funded on pupil numbers.'] },
          {
            number: '5.',
            heading: 'Options',
            paragraphs: ['Option A: reduce published admission numbers. Option B: amalgamate schools.'],
          },
        ],
        appendix: {
          title: 'Appendix 1 - Surplus places by planning area',
          rows: [
            ['Planning area', 'Places', 'Surplus'],
            ['North', '2,340', '12%'],
            ['South', '1,980', '9%'],
          ],
        },
      }),
    ].join('\n'),
    expected: {
      committee: 'Children and Young People Scrutiny Committee',
      meetingDate: '2024-02-06',
      startTime: '19:00',
      venue: 'Committee Room 1, Kelmscott Town Hall, King Street, London W6 9JU',
      contact: { name: 'Bathsheba Malling', phone: '020 8753 5758', email: 'bathsheba.malling@kelmscott.gov.uk' },
    },
  },
  {
    id: 'moderngov-item-table-2',
    notes:
      'WHOLE PACK: three groups in columns (uneven lengths), 2 co-optees, an item list with pages in their own cells; minutes numbered from 45 and a report with 1./2. headings',
    when: 'Wednesday 13 March 2024 at 6.30 pm',
    groups: [
      {
        name: 'Labour',
        members: [
          ['Olumide Adebayo', 'chair'],
          ['Niamh Gallagher', 'member'],
          ['Rupinder Sandhu', 'member'],
        ],
      },
      { name: 'Liberal Democrat', members: [['Timothy Hargreaves', 'vice-chair']] },
      {
        name: 'Green',
        members: [
          ['Freya Lindqvist', 'member'],
          ['Callum Ferris', 'member'],
        ],
      },
    ],
    coOptees: [
      ['Mr Desmond Pryce', 'Kelmscott Federation of Tenants and Residents'],
      ['Ms Farzana Begum', 'Leaseholders’ Forum'],
    ],
    items: [
      ['1', 'MINUTES', [1, 7], 'minutes', 'To approve the minutes of the meeting held on 17 January 2024.'],
      ['2', 'APOLOGIES FOR ABSENCE', null, 'apologies', ''],
      ['3', 'DECLARATION OF INTERESTS', null, 'declarations', ''],
      [
        '4',
        'HOUSING REPAIRS PERFORMANCE',
        [8, 26],
        'report',
        'The report sets out repairs performance against the new contract targets.',
      ],
      ['5', 'DAMP AND MOULD ACTION PLAN', [27, 41], 'report', ''],
      ['6', 'TENANT SATISFACTION MEASURES', [42, 55], 'report', 'The first year of the regulator’s measures.'],
      ['7', 'WORK PROGRAMME', [56, 58], 'work-programme', ''],
    ],
    pack: [
      minutesPages({
        council: 'London Borough of Kelmscott',
        committee: 'Housing and Homelessness Policy and Accountability Committee',
        heldOn: 'Wednesday 17 January 2024',
        venue: 'Main Hall, Kelmscott Town Hall',
        present:
          'Councillors Olumide Adebayo (Chair), Niamh Gallagher, Rupinder Sandhu, Timothy Hargreaves and Freya Lindqvist',
        firstPage: 1,
        minutes: [
          { number: '45.', heading: 'MINUTES', text: 'RESOLVED that the minutes of 15 November 2023 be agreed.' },
          {
            number: '46.',
            heading: 'APOLOGIES FOR ABSENCE',
            text: 'Apologies were received from Councillor Callum Ferris.',
          },
          { number: '47.', heading: 'DECLARATION OF INTERESTS', text: 'None.' },
          {
            number: '48.',
            heading: 'RENT SETTING 2024-25',
            text: 'The Committee considered the proposed rent increase of 7.7%.',
          },
          { number: '49.', heading: 'WORK PROGRAMME', text: 'Noted.' },
        ],
      }),
      reportPages({
        firstPage: 8,
        from: 'Housing and Homelessness Policy and Accountability Committee',
        title: 'Housing Repairs Performance',
        sections: [
          {
            number: '1',
            heading: 'SUMMARY',
            paragraphs: ['Repairs completed on time rose to 88% in the third quarter.'],
          },
          {
            number: '2',
            heading: 'RECOMMENDATIONS',
            paragraphs: ['For the Committee to note and comment on the report.'],
          },
          {
            number: '3',
            heading: 'PERFORMANCE',
            paragraphs: [
              '3.1 Emergency repairs: 97% within 24 hours.',
              '3.2 Routine repairs: 84% within 20 working days.',
            ],
          },
          { number: '4', heading: 'NEXT STEPS', paragraphs: ['A new scheduling system goes live in April.'] },
        ],
      }),
    ].join('\n'),
    expected: {
      committee: 'Housing and Homelessness Policy and Accountability Committee',
      meetingDate: '2024-03-13',
      startTime: '18:30',
      venue: 'Main Hall, Kelmscott Town Hall, King Street, London W6 9JU',
      contact: { name: 'Charles Francombe', phone: '020 8753 2530', email: 'charles.francombe@kelmscott.gov.uk' },
    },
  },
  {
    id: 'moderngov-item-table-3',
    notes:
      'front sheet only: item table with sub-items 4a/4b in their own rows, one group column and a single co-optee',
    when: 'Monday 22 April 2024 at 7.00 pm',
    groups: [
      {
        name: 'Members',
        members: [
          ['Abdul Rahman', 'chair'],
          ['Sophie Kettering', 'vice-chair'],
          ['Martin Healey', 'member'],
          ['Chloe Adeniran', 'member'],
          ['Ivan Petrović', 'member'],
        ],
      },
    ],
    coOptees: [['Mr Keith Dunmore', 'Kelmscott Healthwatch']],
    items: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      ['3', 'Minutes', [1, 6], 'minutes', 'To approve the minutes of the meeting held on 5 February 2024.'],
      ['4', 'Adult Social Care Charging Policy', null, 'report', ''],
      ['4a', 'Consultation Findings', [7, 22], 'report', ''],
      ['4b', 'Equality Impact Assessment', [23, 34], 'report', ''],
      ['5', 'Hospital Discharge Arrangements', [35, 48], 'report', 'Report of the Director of Adult Social Care.'],
      ['6', 'Work Programme', [49, 52], 'work-programme', ''],
    ],
    pack: '',
    expected: {
      committee: 'Health, Inclusion and Social Care Policy and Accountability Committee',
      meetingDate: '2024-04-22',
      startTime: '19:00',
      venue: 'Committee Room 2, Kelmscott Town Hall, King Street, London W6 9JU',
      contact: { name: 'Debbie Yeung', phone: '07769 672031', email: 'debbie.yeung@kelmscott.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'ModernGov item table (London borough)',
  notes: s.notes,
  html: render(s),
  expected: {
    ...s.expected,
    members: s.groups.flatMap((g) =>
      g.members.map(([name, role]) => ({ name, group: g.name === 'Members' ? '' : g.name, role })),
    ),
    coOptees: s.coOptees.map(([name, body]) => ({ name, body })),
    items: s.items.map(([number, title, p, kind]) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: false,
    })),
  },
}));
