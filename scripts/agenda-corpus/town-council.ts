/**
 * A town council's committee agenda: crest line, "NOTICE OF MEETING", a "Members of the
 * Committee:" paragraph naming the Chairman and Vice-Chairman with "Cllr", the meeting details
 * as "Date / Time / Place" lines, items numbered "5." with roman sub-items "5(i)", "5(ii)", a
 * confidential section "Items to be taken in private", and "Town Clerk" as contact.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, kind: Kind, note?: string];
interface Notice {
  id: string;
  notes: string;
  town: string;
  dateText: string;
  timeText: string;
  members: [string, Role][];
  rows: Row[];
  /** Items from this number on are taken in private. */
  privateFrom?: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Georgia,serif;font-size:11.5pt} .sub{margin-left:30pt}`;
const ROLE_TEXT: Record<Role, string> = { chair: ' (Chairman)', 'vice-chair': ' (Vice-Chairman)', member: '' };

function render(n: Notice): string {
  const e = n.expected;
  const rows = n.rows
    .map(([num, t, , note]) => {
      const sub = /\(/.test(num);
      const head =
        num === n.privateFrom
          ? '<p><b>ITEMS TO BE TAKEN IN PRIVATE</b></p>\n<p>The following item is confidential under the Public Bodies (Admission to Meetings) Act 1960, s1(2).</p>\n'
          : '';
      return `${head}<p${sub ? ' class="sub"' : ''}>${sub ? esc(num.replace(/^[0-9]+/, '')) : `<b>${esc(num)}.</b>`}&nbsp;&nbsp;${sub ? esc(t) : `<b>${esc(t)}</b>`}</p>${note ? `<p class="sub">${esc(note)}</p>` : ''}`;
    })
    .join('\n');
  const body = `<p style="text-align:center"><b>${esc(n.town.toUpperCase())} TOWN COUNCIL</b><br>The Guildhall, Market Place</p>
<h2 style="text-align:center">NOTICE OF MEETING</h2>
<p><b>Members of the Committee:</b> ${n.members.map(([m, r]) => `Cllr ${esc(m)}${ROLE_TEXT[r]}`).join(', ')}</p>
<p>You are summoned to attend a meeting of the <b>${esc(e.committee)}</b>:</p>
<p>Date: ${esc(n.dateText)}<br>Time: ${esc(n.timeText)}<br>Place: ${esc(e.venue)}</p>
<p>${esc(e.contact?.name ?? '')}<br>Town Clerk<br>${esc(e.contact?.phone ?? '')} | ${esc(e.contact?.email ?? '')}</p>
<h2>AGENDA</h2>
${rows}`;
  return htmlPage(e.committee, CSS, body);
}

const notices: Notice[] = [
  {
    id: 'town-council-1',
    notes: 'roman sub-items 5(i)-5(iii), members with Cllr and (Chairman), Date/Time/Place lines',
    town: 'Wymondley',
    dateText: 'Monday 15 January 2024',
    timeText: '7.00pm',
    members: [
      ['Alison Pettit', 'chair'],
      ['Ken Dorrington', 'vice-chair'],
      ['Fiona Blackwood', 'member'],
      ['Suresh Ramani', 'member'],
      ['Josh Akehurst', 'member'],
      ['Ruth Carnaby', 'member'],
      ['Eddie Lamb', 'member'],
    ],
    rows: [
      ['1', 'Apologies for Absence', 'apologies'],
      ['2', 'Declarations of Interest', 'declarations'],
      [
        '3',
        'Public Forum',
        'public-participation',
        'A period of up to 15 minutes for members of the public to address the Committee.',
      ],
      ['4', 'Minutes of the meeting held on 20 November 2023', 'minutes'],
      ['5', 'Budget and Precept 2024/25', 'report'],
      ['5(i)', 'Draft budget and earmarked reserves', 'report'],
      ['5(ii)', 'Grants to local organisations', 'report'],
      ['5(iii)', 'Precept recommendation to Full Council', 'report'],
      ['6', 'Christmas Lights Review', 'report'],
      ['7', 'Date of Next Meeting', 'next-meeting', 'Monday 18 March 2024.'],
    ],
    expected: {
      committee: 'Finance and General Purposes Committee',
      meetingDate: '2024-01-15',
      startTime: '19:00',
      venue: 'Council Chamber, The Guildhall, Market Place, Wymondley',
      contact: { name: 'Stephen Garrod', phone: '01953 603302', email: 'townclerk@wymondley-tc.gov.uk' },
    },
  },
  {
    id: 'town-council-2',
    notes:
      'confidential section "Items to be taken in private" (Admission to Meetings Act, not Schedule 12A), 9(i)/9(ii)',
    town: 'Wymondley',
    dateText: 'Monday 18 March 2024',
    timeText: '7.30pm',
    members: [
      ['Alison Pettit', 'chair'],
      ['Ken Dorrington', 'vice-chair'],
      ['Fiona Blackwood', 'member'],
      ['Suresh Ramani', 'member'],
      ['Josh Akehurst', 'member'],
    ],
    rows: [
      ['1', 'Apologies for Absence', 'apologies'],
      ['2', 'Declarations of Interest', 'declarations'],
      ['3', 'Public Forum', 'public-participation'],
      ['4', 'Minutes of the meeting held on 15 January 2024', 'minutes'],
      ['5', 'Internal Auditor’s Interim Report', 'report'],
      ['6', 'Cemetery Fees 2024/25', 'report'],
      ['7', 'Allotments: Waiting List and Rents', 'report'],
      ['8', 'Risk Register', 'report'],
      ['9', 'Staffing', 'report'],
      ['9(i)', 'Town Clerk’s Appraisal', 'report'],
      ['9(ii)', 'Grounds Maintenance Contract Tenders', 'report'],
    ],
    privateFrom: '9',
    expected: {
      committee: 'Finance and General Purposes Committee',
      meetingDate: '2024-03-18',
      startTime: '19:30',
      venue: 'Council Chamber, The Guildhall, Market Place, Wymondley',
      contact: { name: 'Stephen Garrod', phone: '01953 603302', email: 'townclerk@wymondley-tc.gov.uk' },
    },
  },
  {
    id: 'town-council-3',
    notes: 'different committee of the same town: eight members, item notes under titles, no sub-items',
    town: 'Wymondley',
    dateText: 'Tuesday 9 April 2024',
    timeText: '6.30pm',
    members: [
      ['Eddie Lamb', 'chair'],
      ['Ruth Carnaby', 'vice-chair'],
      ['Alison Pettit', 'member'],
      ['Mo Haider', 'member'],
      ['Bethan Rhys', 'member'],
      ['Colin Shipp', 'member'],
      ['Gail Tovey', 'member'],
      ['Nat Ward', 'member'],
    ],
    rows: [
      ['1', 'Apologies for Absence', 'apologies'],
      ['2', 'Declarations of Interest', 'declarations'],
      ['3', 'Public Forum', 'public-participation'],
      ['4', 'Minutes of the meeting held on 5 February 2024', 'minutes'],
      [
        '5',
        'Planning Applications',
        'report',
        'To consider the applications on the schedule circulated with this agenda.',
      ],
      ['6', 'Neighbourhood Plan Steering Group Update', 'report'],
      ['7', 'Street Naming: Land off Norwich Road', 'report'],
    ],
    expected: {
      committee: 'Planning and Environment Committee',
      meetingDate: '2024-04-09',
      startTime: '18:30',
      venue: 'Council Chamber, The Guildhall, Market Place, Wymondley',
      contact: { name: 'Stephen Garrod', phone: '01953 603302', email: 'townclerk@wymondley-tc.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = notices.map((n) => {
  const cut = n.privateFrom ? n.rows.findIndex((r) => r[0] === n.privateFrom) : -1;
  return {
    id: n.id,
    layout: 'Town council committee notice',
    notes: n.notes,
    html: render(n),
    expected: {
      ...n.expected,
      members: n.members.map(([name, role]) => ({ name, group: '', role })),
      coOptees: [],
      items: n.rows.map(([number, title, kind], i) => ({
        number,
        title,
        pages: null,
        kind,
        exempt: cut >= 0 && i >= cut,
      })),
    },
  };
});
