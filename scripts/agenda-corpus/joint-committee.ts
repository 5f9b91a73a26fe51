/**
 * A joint health overview and scrutiny committee, published by its lead authority: the three
 * councils' members in an "Authority | Councillors" table (names comma-separated in a cell),
 * non-voting co-optees as "Body – Name" lines, the meeting details in a sentence under the title,
 * items numbered "1." with decimal sub-items 6.1, 6.2, and pages as "Page 5" or "Pages 9-24".
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, purpose: string];
interface Sheet {
  id: string;
  notes: string;
  /** "Friday 26 January 2024 at 10.00 am at ...": the line under the title. */
  whenWhere: string;
  authorities: { name: string; members: [string, Role][] }[];
  coOptees: [body: string, name: string][];
  rows: Row[];
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #666;padding:3pt;vertical-align:top;text-align:left}`;
const ROLE_TEXT: Record<Role, string> = { chair: ' (Chair)', 'vice-chair': ' (Vice-Chair)', member: '' };
const pagesText = (p: [number, number]) => (p[0] === p[1] ? `Page ${p[0]}` : `Pages ${p[0]}-${p[1]}`);

function render(s: Sheet): string {
  const e = s.expected;
  const rows = s.rows
    .map(
      ([n, t, p, , purpose]) =>
        `<tr><td>${esc(n)}</td><td><b>${esc(t)}</b>${purpose ? `<br><i>Purpose:</i> ${esc(purpose)}` : ''}</td><td>${p ? pagesText(p) : ''}</td></tr>`,
    )
    .join('\n');
  const body = `<h1>${esc(e.committee)}</h1>
<p>${esc(s.whenWhere)}</p>
<h3>Membership</h3>
<table><tr><th>Authority</th><th>Councillors</th></tr>
${s.authorities.map((a) => `<tr><td>${esc(a.name)}</td><td>${a.members.map(([m, r]) => `${esc(m)}${ROLE_TEXT[r]}`).join(', ')}</td></tr>`).join('\n')}
</table>
<p><b>Co-opted members (non-voting):</b></p>
<p>${s.coOptees.map(([b, n]) => `${esc(b)} – ${esc(n)}`).join('<br>')}</p>
<p>Enquiries to: ${esc(e.contact?.name ?? '')}, Scrutiny Officer, Lead Authority. Telephone ${esc(e.contact?.phone ?? '')}, email ${esc(e.contact?.email ?? '')}</p>
<h2>AGENDA</h2>
<table><tr><th>No.</th><th>Item</th><th>Page</th></tr>
${rows}
</table>`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'joint-committee-1',
    notes:
      'joint committee: members grouped by authority in a table, co-optees as "Body – Name", sub-items 6.1/6.2, "Page 5"',
    whenWhere: 'Friday 26 January 2024 at 10.00 am at Committee Room A, County Hall, Martineau Lane, Norbridge NR1 2DH',
    authorities: [
      {
        name: 'Norbridge County Council',
        members: [
          ['Frances Whitlam', 'chair'],
          ['Lucinda Shore', 'member'],
          ['Brenda Joliffe', 'member'],
        ],
      },
      {
        name: 'Suffield County Council',
        members: [
          ['Jeremy Hartop', 'vice-chair'],
          ['Keith Wellings', 'member'],
        ],
      },
      { name: 'Waveney District Council', members: [['Peter Boyden', 'member']] },
    ],
    coOptees: [
      ['Healthwatch Norbridge', 'Alexa Stewartby'],
      ['Healthwatch Suffield', 'Andrew Yeomans'],
    ],
    rows: [
      ['1', 'Election of Chair and Vice-Chair', null, 'other', ''],
      ['2', 'Apologies for absence', null, 'apologies', ''],
      ['3', 'Declarations of interest', null, 'declarations', ''],
      ['4', 'Minutes of the meeting held on 20 October 2023', [1, 6], 'minutes', ''],
      ['5', 'Public questions', null, 'public-participation', ''],
      ['6', 'Ambulance response times', null, 'report', ''],
      [
        '6.1',
        'Report of the East of England Ambulance Service',
        [7, 7],
        'report',
        'To receive an update on response times across the two counties.',
      ],
      [
        '6.2',
        'Hospital handover delays',
        [9, 24],
        'report',
        'To consider handover delays at the three acute hospitals.',
      ],
      ['7', 'Forward work programme', [25, 28], 'work-programme', ''],
    ],
    expected: {
      committee: 'Yarwell and Waveney Joint Health Scrutiny Committee',
      meetingDate: '2024-01-26',
      startTime: '10:00',
      venue: 'Committee Room A, County Hall, Martineau Lane, Norbridge NR1 2DH',
      contact: { name: 'Maureen Orton', phone: '01603 228912', email: 'maureen.orton@norbridge.gov.uk' },
    },
  },
  {
    id: 'joint-committee-2',
    notes: 'joint committee of four councils, four co-optees, 3.1-3.3 under a heading item, afternoon start',
    whenWhere: 'Thursday 18 April 2024 at 2.00 pm in the Council Chamber, Riverside House, Mill Lane, Ashmere AM4 7TJ',
    authorities: [
      {
        name: 'Ashmere Borough Council',
        members: [
          ['Tom Hollis', 'chair'],
          ['Sunita Pawar', 'member'],
        ],
      },
      {
        name: 'Brackley District Council',
        members: [
          ['Gwyneth Morgan', 'vice-chair'],
          ['Dev Kapoor', 'member'],
        ],
      },
      {
        name: 'Carrow City Council',
        members: [
          ['Jo Lindsay', 'member'],
          ['Michael Ogundipe', 'member'],
        ],
      },
      { name: 'Dunholme County Council', members: [['Peter Lavelle', 'member']] },
    ],
    coOptees: [
      ['Healthwatch Ashmere', 'Brian Clegg'],
      ['Healthwatch Carrow', 'Nasreen Akhtar'],
      ['Patient Participation Group Network', 'Hilary Stone'],
      ['Voluntary Sector Forum', 'Callum Reid'],
    ],
    rows: [
      ['1', 'Apologies for absence and substitutions', null, 'apologies', ''],
      ['2', 'Declarations of interest', null, 'declarations', ''],
      ['3', 'Stroke services reconfiguration', null, 'report', ''],
      ['3.1', 'Outcome of public consultation', [1, 18], 'report', 'To note the consultation findings.'],
      [
        '3.2',
        'Decision-making business case',
        [19, 64],
        'report',
        'To comment on the business case before the Integrated Care Board decides.',
      ],
      ['3.3', 'Travel and access analysis', [65, 80], 'report', ''],
      ['4', 'Date of next meeting', null, 'next-meeting', 'To be confirmed.'],
    ],
    expected: {
      committee: 'Four Counties Joint Health Overview and Scrutiny Committee',
      meetingDate: '2024-04-18',
      startTime: '14:00',
      venue: 'Council Chamber, Riverside House, Mill Lane, Ashmere AM4 7TJ',
      contact: { name: 'Harriet Lomax', phone: '01632 418800', email: 'scrutiny@ashmere.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'Joint health scrutiny committee (lead authority template)',
  notes: s.notes,
  html: render(s),
  expected: {
    ...s.expected,
    members: s.authorities.flatMap((a) => a.members.map(([name, role]) => ({ name, group: a.name, role }))),
    coOptees: s.coOptees.map(([body, name]) => ({ name, body })),
    items: s.rows.map(([number, title, p, kind]) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: false,
    })),
  },
}));
