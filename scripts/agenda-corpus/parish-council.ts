/**
 * A parish council's agenda as its clerk writes it in Word: "You are hereby summoned to attend"
 * with place, day and time in one sentence, the clerk's signature, items phrased as "To receive
 * ...", planning sub-items (a), (b) under their item, "Members of the public are welcome", no
 * page numbers, no membership (or a "Councillors:" line), and the clerk as contact.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda, Kind } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, kind: Kind];
interface Notice {
  id: string;
  notes: string;
  council: string;
  /** The summons sentence, with the venue, date and time in it. */
  summons: string;
  signed: string;
  councillors: string;
  rows: Row[];
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'coOptees'>;
}

const CSS = `body{font-family:Calibri,Arial,sans-serif;font-size:12pt} h1{text-align:center;font-size:16pt} .sub{margin-left:28pt}`;

function render(n: Notice): string {
  const e = n.expected;
  const rows = n.rows
    .map(([num, t]) =>
      /^[0-9]+$/.test(num)
        ? `<p><b>${esc(num)}.</b>&nbsp;&nbsp;${esc(t)}</p>`
        : `<p class="sub">(${esc(num.replace(/^[0-9]+/, ''))})&nbsp;&nbsp;${esc(t)}</p>`,
    )
    .join('\n');
  const body = `<h1>${esc(n.council.toUpperCase())}</h1>
<p style="text-align:center">Clerk: ${esc(e.contact?.name ?? '')} &nbsp;·&nbsp; ${esc(e.contact?.phone ?? '')} &nbsp;·&nbsp; ${esc(e.contact?.email ?? '')}</p>
${n.councillors ? `<p>Councillors: ${esc(n.councillors)}</p>` : '<p>To: All Members of the Council</p>'}
<p>${esc(n.summons)}</p>
<p>${esc(n.signed)}</p>
<p><i>Members of the public are welcome to attend and may speak during the public participation session.</i></p>
<h2>AGENDA</h2>
${rows}`;
  return htmlPage(n.council, CSS, body);
}

const notices: Notice[] = [
  {
    id: 'parish-council-1',
    notes: 'summons sentence (venue, day, time), planning sub-items (a)-(c), no pages, no membership',
    council: 'Little Hadstock Parish Council',
    summons:
      'You are hereby summoned to attend a meeting of Little Hadstock Parish Council to be held in the Village Hall, The Ford, Little Hadstock on Monday 8 January 2024 at 7.30pm for the purpose of transacting the following business.',
    signed: 'Signed: Amanda Fairbrother, Clerk to the Council. Dated: 2 January 2024',
    councillors: '',
    rows: [
      ['1', 'To receive apologies for absence', 'apologies'],
      ['2', 'To receive declarations of interest in items on the agenda', 'declarations'],
      ['3', 'To approve the minutes of the meeting held on 13 November 2023', 'minutes'],
      ['4', 'Public participation session (15 minutes)', 'public-participation'],
      ['5', 'To receive the report of the County and District Councillors', 'report'],
      ['6', 'Planning', 'report'],
      ['6a', 'UTT/23/2874/HHF - 4 Ford Lane: single storey rear extension', 'report'],
      ['6b', 'UTT/23/2911/FUL - Land east of Church End: two dwellings', 'report'],
      ['6c', 'To note decisions made by the planning authority', 'report'],
      ['7', 'To set the precept for 2024/25', 'report'],
      ['8', 'Finance: to approve the payments listed', 'report'],
      ['9', 'Date of next meeting: Monday 11 March 2024', 'next-meeting'],
    ],
    expected: {
      committee: 'Little Hadstock Parish Council',
      meetingDate: '2024-01-08',
      startTime: '19:30',
      venue: 'Village Hall, The Ford, Little Hadstock',
      members: [],
      contact: { name: 'Amanda Fairbrother', phone: '01799 540227', email: 'clerk@littlehadstock-pc.gov.uk' },
    },
  },
  {
    id: 'parish-council-2',
    notes: 'councillors listed on one line with (Chairman), meeting in the church room, AOB item',
    council: 'Kingsbury Episcopi Parish Council',
    summons:
      'Notice is hereby given that the Annual Parish Meeting will be followed by a meeting of Kingsbury Episcopi Parish Council in the Church Rooms, Back Lane, Kingsbury Episcopi on Wednesday 15 May 2024 at 7.45pm. All members are summoned to attend.',
    signed: 'Graham Venn, Parish Clerk, 8 May 2024',
    councillors: 'P Lorimer (Chairman), S Cattermole (Vice-Chairman), D Bunce, H Oyelaran, R Tilley, M Yeo',
    rows: [
      ['1', 'Election of Chairman for the year 2024/25', 'other'],
      ['2', 'Election of Vice-Chairman for the year 2024/25', 'other'],
      ['3', 'Apologies for absence', 'apologies'],
      ['4', 'Declarations of interest', 'declarations'],
      ['5', 'Minutes of the meeting held on 17 April 2024', 'minutes'],
      ['6', 'Public question time', 'public-participation'],
      ['7', 'Highways and footpaths', 'report'],
      ['8', 'Playing field: annual inspection report', 'report'],
      ['9', 'Any other business (for information only)', 'other'],
    ],
    expected: {
      committee: 'Kingsbury Episcopi Parish Council',
      meetingDate: '2024-05-15',
      startTime: '19:45',
      venue: 'Church Rooms, Back Lane, Kingsbury Episcopi',
      members: [
        { name: 'P Lorimer', group: '', role: 'chair' },
        { name: 'S Cattermole', group: '', role: 'vice-chair' },
        { name: 'D Bunce', group: '', role: 'member' },
        { name: 'H Oyelaran', group: '', role: 'member' },
        { name: 'R Tilley', group: '', role: 'member' },
        { name: 'M Yeo', group: '', role: 'member' },
      ],
      contact: { name: 'Graham Venn', phone: '01935 823416', email: 'clerk.kepc@gmail.com' },
    },
  },
  {
    id: 'parish-council-3',
    notes: 'planning committee of a parish: sub-items (a)-(d), time written "7pm"',
    council: 'Great Bardfield Parish Council',
    summons:
      'Members of the Planning Committee are summoned to a meeting to be held at the Town Hall, Bridge Street, Great Bardfield on Tuesday 20 February 2024 at 7pm.',
    signed: 'Signed: Linda Okonjo, Clerk. 14 February 2024',
    councillors: '',
    rows: [
      ['1', 'Apologies for absence', 'apologies'],
      ['2', 'Declarations of interest', 'declarations'],
      ['3', 'Minutes of the Planning Committee held on 23 January 2024', 'minutes'],
      ['4', 'Planning applications', 'report'],
      ['4a', '24/00123/HH - Brook House, Vine Street: replacement windows', 'report'],
      ['4b', '24/00130/LBC - The Old Forge, Dunmow Road: internal alterations', 'report'],
      ['4c', '24/00141/OUT - Land north of Bell Lane: up to 30 dwellings', 'report'],
      ['4d', '24/00155/TPO - 2 Mill Road: fell one ash tree', 'report'],
      ['5', 'Appeals and decisions', 'report'],
    ],
    expected: {
      committee: 'Planning Committee',
      meetingDate: '2024-02-20',
      startTime: '19:00',
      venue: 'Town Hall, Bridge Street, Great Bardfield',
      members: [],
      contact: { name: 'Linda Okonjo', phone: '01371 811920', email: 'clerk@greatbardfield-pc.gov.uk' },
    },
  },
  {
    id: 'parish-council-4',
    notes: 'extraordinary meeting, three items, venue in the sentence after the date',
    council: 'Ashwell Parish Council',
    summons:
      'An Extraordinary Meeting of Ashwell Parish Council will be held on Thursday 4 July 2024 at 8.00pm in the Ashwell Village Hall, Gardiners Lane, Ashwell. Councillors are summoned to attend.',
    signed: 'Jenny Stroud, Clerk to Ashwell Parish Council, 27 June 2024',
    councillors: '',
    rows: [
      ['1', 'Apologies for absence', 'apologies'],
      ['2', 'Declarations of interest', 'declarations'],
      ['3', 'To consider the Parish Council’s response to the Local Plan Regulation 19 consultation', 'report'],
    ],
    expected: {
      committee: 'Ashwell Parish Council',
      meetingDate: '2024-07-04',
      startTime: '20:00',
      venue: 'Ashwell Village Hall, Gardiners Lane, Ashwell',
      members: [],
      contact: { name: 'Jenny Stroud', phone: '01462 742117', email: 'clerk@ashwellparishcouncil.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = notices.map((n) => ({
  id: n.id,
  layout: 'Parish council clerk’s Word notice',
  notes: n.notes,
  html: render(n),
  expected: {
    ...n.expected,
    coOptees: [],
    items: n.rows.map(([number, title, kind]) => ({ number, title, pages: null, kind, exempt: false })),
  },
}));
