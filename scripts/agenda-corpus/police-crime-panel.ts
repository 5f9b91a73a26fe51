/**
 * A police and crime panel (a joint committee hosted by one council): date, time and venue in one
 * row of a three-cell table, the panel in a "Member | Representing" table mixing the councils'
 * members with the independent co-opted members, and the agenda as "Item | Subject | Page No."
 * with a closing note on confidential items.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, exempt?: boolean];
interface Sheet {
  id: string;
  notes: string;
  dateText: string;
  timeText: string;
  /** [name, representing, role]; representing "Independent Co-opted Member" makes a co-optee. */
  panel: [string, string, Role][];
  rows: Row[];
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CO_OPTED = 'Independent Co-opted Member';
const CSS = `body{font-family:Arial,sans-serif;font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #333;padding:3pt 5pt;text-align:left;vertical-align:top}`;
const ROLE_TEXT: Record<Role, string> = { chair: ' (Chairman)', 'vice-chair': ' (Vice-Chairman)', member: '' };

function render(s: Sheet): string {
  const e = s.expected;
  const body = `<h1>${esc(e.committee)}</h1>
<table><tr><td><b>Date:</b> ${esc(s.dateText)}</td><td><b>Time:</b> ${esc(s.timeText)}</td><td><b>Venue:</b> ${esc(e.venue)}</td></tr></table>
<p>For further information about this agenda please contact ${esc(e.contact?.name ?? '')} on ${esc(e.contact?.phone ?? '')} or ${esc(e.contact?.email ?? '')}.</p>
<h3>Panel Members</h3>
<table><tr><th>Member</th><th>Representing</th></tr>
${s.panel.map(([n, r, role]) => `<tr><td>${r === CO_OPTED ? esc(n) : `Cllr ${esc(n)}`}${ROLE_TEXT[role]}</td><td>${esc(r)}</td></tr>`).join('\n')}
</table>
<h2>Agenda</h2>
<table><tr><th>Item</th><th>Subject</th><th>Page No.</th></tr>
${s.rows.map(([n, t, p, , ex]) => `<tr><td>${esc(n)}</td><td>${esc(t)}${ex ? '<br><b>CONFIDENTIAL – not for publication by virtue of paragraph 7 of Part 1 of Schedule 12A</b>' : ''}</td><td>${p ? `${p[0]} - ${p[1]}` : ''}</td></tr>`).join('\n')}
</table>
<p>Agenda produced and published by the Head of Legal and Democratic Services, Shire Hall, Wardenbury WB1 3AE.</p>`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'police-crime-panel-1',
    notes: 'date/time/venue in one table row; members and independent co-optees in one Member/Representing table',
    dateText: 'Friday 2 February 2024',
    timeText: '11.00 am',
    panel: [
      ['Aled Rhydderch', 'Wardenbury County Council', 'chair'],
      ['Maggie Tunstall', 'Hereward District Council', 'vice-chair'],
      ['Kashif Nawaz', 'Wardenbury County Council', 'member'],
      ['Deborah Fitton', 'Malvernshire District Council', 'member'],
      ['Ollie Brandwood', 'Telham Borough Council', 'member'],
      ['Dr Ruth Ellerby', CO_OPTED, 'member'],
      ['Mr Colin Whatley', CO_OPTED, 'member'],
    ],
    rows: [
      ['1', 'Welcome and Introductions', null, 'other'],
      ['2', 'Apologies and Substitutes', null, 'apologies'],
      ['3', 'Declarations of Interest', null, 'declarations'],
      ['4', 'Public Participation', null, 'public-participation'],
      ['5', 'Confirmation of the Minutes of the Previous Meeting', [1, 8], 'minutes'],
      ['6', 'Proposed Precept 2024/25', [9, 40], 'report'],
      ['7', 'Police and Crime Plan Activity and Performance Monitoring Report', [41, 60], 'report'],
      ['8', 'Work Programme 2024/25', [61, 64], 'work-programme'],
    ],
    expected: {
      committee: 'Wardenbury Police and Crime Panel',
      meetingDate: '2024-02-02',
      startTime: '11:00',
      venue: 'Council Chamber, Shire Hall, Wardenbury WB1 3AE',
      contact: { name: 'Samantha Morris', phone: '01905 844871', email: 'sjmorris@wardenbury.gov.uk' },
    },
  },
  {
    id: 'police-crime-panel-2',
    notes: 'confidential item marked in its cell (paragraph 7), six councils, one co-optee',
    dateText: 'Tuesday 25 June 2024',
    timeText: '10.30 am',
    panel: [
      ['Aled Rhydderch', 'Wardenbury County Council', 'chair'],
      ['Maggie Tunstall', 'Hereward District Council', 'vice-chair'],
      ['Priya Venkatesh', 'Wardenbury County Council', 'member'],
      ['Graham Ludlow', 'Malvernshire District Council', 'member'],
      ['Ollie Brandwood', 'Telham Borough Council', 'member'],
      ['Hannah Crewe', 'Shropley Council', 'member'],
      ['Mr Colin Whatley', CO_OPTED, 'member'],
    ],
    rows: [
      ['1', 'Appointment of Chairman', null, 'other'],
      ['2', 'Apologies and Substitutes', null, 'apologies'],
      ['3', 'Declarations of Interest', null, 'declarations'],
      ['4', 'Confirmation of the Minutes of the Previous Meeting', [1, 6], 'minutes'],
      ['5', 'Police and Crime Commissioner’s Annual Report 2023/24', [7, 42], 'report'],
      ['6', 'Complaints against the Commissioner', [43, 48], 'report', true],
    ],
    expected: {
      committee: 'Wardenbury Police and Crime Panel',
      meetingDate: '2024-06-25',
      startTime: '10:30',
      venue: 'Council Chamber, Shire Hall, Wardenbury WB1 3AE',
      contact: { name: 'Samantha Morris', phone: '01905 844871', email: 'sjmorris@wardenbury.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'Police and crime panel (host county template)',
  notes: s.notes,
  html: render(s),
  expected: {
    ...s.expected,
    members: s.panel.filter(([, r]) => r !== CO_OPTED).map(([name, group, role]) => ({ name, group, role })),
    coOptees: s.panel.filter(([, r]) => r === CO_OPTED).map(([name, body]) => ({ name, body })),
    items: s.rows.map(([number, title, p, kind, ex]) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: !!ex,
    })),
  },
}));
