/**
 * ModernGov front sheet as a shire unitary publishes it: "Public Document Pack", Date/Time/Venue
 * lines, the "agenda is divided into 2 parts" notice, items as bold numbered headings with
 * "(Pages 5 - 12)" after the title, the contact on the first page, and the membership as one
 * comma-separated sentence at the very end. Also its supplementary agenda.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda } from '../../tests/helpers/agenda-score';

type Item = ExpectedCorpusAgenda['items'][number] & { summary: string };
interface Sheet {
  id: string;
  notes: string;
  supplementary?: string;
  dateText: string;
  timeText: string;
  /** "Councillors S Adams, R Bailey (Chair), ..." as printed. */
  membershipLine: string;
  expected: Omit<ExpectedCorpusAgenda, 'items'> & { items: Item[] };
}

const CSS = `body{font-family:Arial,sans-serif;font-size:11pt} h1{font-size:20pt} .pack{font-size:9pt;text-align:right} .part{font-weight:bold;margin-top:14pt} .contact{border:1px solid #000;padding:6pt;margin-top:16pt}`;

function render(s: Sheet): string {
  const e = s.expected;
  const contact = e.contact
    ? `<div class="contact"><p><b>Contact:</b> ${esc(e.contact.name)}<br><b>Tel:</b> ${esc(e.contact.phone ?? '')}<br><b>E-Mail:</b> ${esc(e.contact.email ?? '')}</p></div>`
    : '';
  let part2 = false;
  const items = e.items
    .map((i) => {
      const pages = i.pages ? ` (Pages ${i.pages.from} - ${i.pages.to})` : '';
      const head =
        i.exempt && !part2
          ? ((part2 = true),
            `<p class="part">PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT</p>\n`)
          : '';
      return `${head}<p><b>${esc(i.number)}.&nbsp;&nbsp;&nbsp;${esc(i.title)}</b>${esc(pages)}</p>\n<p style="margin-left:36pt">${esc(i.summary)}</p>`;
    })
    .join('\n');
  const body = `<p class="pack">Public Document Pack</p>
<h1>${esc(e.committee)}</h1>
${s.supplementary ? `<h2>Supplementary Agenda</h2>\n<p>${esc(s.supplementary)}</p>` : '<h2>Agenda</h2>'}
<p><b>Date:</b> ${esc(s.dateText)}<br><b>Time:</b> ${esc(s.timeText)}<br><b>Venue:</b> ${esc(e.venue)}</p>
<p>The agenda is divided into 2 parts. Part 1 of the agenda is open to the public and press. Part 2 items will be considered in the absence of the public and press for the reasons indicated on the agenda and at the foot of each report.</p>
<p>It should be noted that Part 1 items of Dane Valley Council decision making meetings are audio recorded and the recordings will be uploaded to the Council’s website.</p>
<p class="part">PART 1 – MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT</p>
${items}
${contact}
${s.membershipLine ? `<p><b>Membership:</b> ${esc(s.membershipLine)}</p>` : ''}`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'moderngov-front-sheet-1',
    notes: 'membership as one sentence, ordinal date, Part 2 exempt item, pages after titles',
    dateText: 'Thursday, 11th January, 2024',
    timeText: '10.00 am',
    membershipLine:
      'Councillors S Akers, L Ansell, R Bardsley (Chair), J Birtles, L Cranage, S Eddison, D Jeavons (Vice-Chair), G Marland, M Simcock and J Snelson',
    expected: {
      committee: 'Scrutiny Committee',
      meetingDate: '2024-01-11',
      startTime: '10:00',
      venue: 'Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ',
      members: [
        { name: 'S Akers', group: '', role: 'member' },
        { name: 'L Ansell', group: '', role: 'member' },
        { name: 'R Bardsley', group: '', role: 'chair' },
        { name: 'J Birtles', group: '', role: 'member' },
        { name: 'L Cranage', group: '', role: 'member' },
        { name: 'S Eddison', group: '', role: 'member' },
        { name: 'D Jeavons', group: '', role: 'vice-chair' },
        { name: 'G Marland', group: '', role: 'member' },
        { name: 'M Simcock', group: '', role: 'member' },
        { name: 'J Snelson', group: '', role: 'member' },
      ],
      coOptees: [],
      contact: { name: 'Joanne Pickering', phone: '01270 686466', email: 'joanne.pickering@danevalley.gov.uk' },
      items: [
        {
          number: '1',
          title: 'Apologies for Absence',
          summary: 'To note any apologies for absence from Members.',
          pages: null,
          kind: 'apologies',
          exempt: false,
        },
        {
          number: '2',
          title: 'Declarations of Interest',
          summary:
            'To provide an opportunity for Members and Officers to declare any disclosable pecuniary interests, other registerable interests, and non-registerable interests in any item on the agenda.',
          pages: null,
          kind: 'declarations',
          exempt: false,
        },
        {
          number: '3',
          title: 'Minutes of Previous Meeting',
          summary: 'To approve as a correct record the minutes of the meeting held on 9 November 2023.',
          pages: { from: 5, to: 12 },
          kind: 'minutes',
          exempt: false,
        },
        {
          number: '4',
          title: 'Public Speaking/Open Session',
          summary:
            'In accordance with paragraph 2.24 of the Council’s Committee Procedure Rules, members of the public may speak on any matter relating to this agenda. A total period of 15 minutes is allocated for members of the public to put questions.',
          pages: null,
          kind: 'public-participation',
          exempt: false,
        },
        {
          number: '5',
          title: 'Dane Valley Integrated Care Board - Winter Plan 2023/24',
          summary: 'To receive a presentation from representatives of the Integrated Care Board.',
          pages: { from: 13, to: 30 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '6',
          title: 'Annual Report of the Local Government and Social Care Ombudsman',
          summary: 'To consider the report of the Director of Governance and Compliance.',
          pages: { from: 31, to: 44 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '7',
          title: 'Work Programme',
          summary: 'To consider the Work Programme and determine any required amendments.',
          pages: { from: 45, to: 52 },
          kind: 'work-programme',
          exempt: false,
        },
        {
          number: '8',
          title: 'Exclusion of the Press and Public',
          summary:
            'The report relating to the remaining item on the agenda has been withheld from public circulation and deposit pursuant to Section 100(B)(2) of the Local Government Act 1972 on the grounds that the matters may be determined with the press and public excluded. The Committee may decide that the press and public be excluded from the meeting during consideration of the following item pursuant to Section 100(A)4 of the Local Government Act 1972 on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
          pages: null,
          kind: 'other',
          exempt: false,
        },
        {
          number: '9',
          title: 'Leisure Services Contract - Options Appraisal',
          summary: 'To consider the report of the Executive Director of Place.',
          pages: { from: 53, to: 70 },
          kind: 'report',
          exempt: true,
        },
      ],
    },
  },
  {
    id: 'moderngov-front-sheet-2',
    notes: 'ten items without a single page range before item 3, "(Pages 3 - 4)" style, no Part 2',
    dateText: 'Monday, 4th March, 2024',
    timeText: '2.00 pm',
    membershipLine:
      'Councillors D Bradwell, C Burrows, S Cotterill, A Garside, E Gorst, G Hollins (Vice-Chair), C Hulme, J Pownall (Chair), J Ridgway, F Whitby and B Wyche',
    expected: {
      committee: 'Children and Families Committee',
      meetingDate: '2024-03-04',
      startTime: '14:00',
      venue: 'Council Chamber, Municipal Buildings, Earle Street, Crewe CW1 2BJ',
      members: [
        { name: 'D Bradwell', group: '', role: 'member' },
        { name: 'C Burrows', group: '', role: 'member' },
        { name: 'S Cotterill', group: '', role: 'member' },
        { name: 'A Garside', group: '', role: 'member' },
        { name: 'E Gorst', group: '', role: 'member' },
        { name: 'G Hollins', group: '', role: 'vice-chair' },
        { name: 'C Hulme', group: '', role: 'member' },
        { name: 'J Pownall', group: '', role: 'chair' },
        { name: 'J Ridgway', group: '', role: 'member' },
        { name: 'F Whitby', group: '', role: 'member' },
        { name: 'B Wyche', group: '', role: 'member' },
      ],
      coOptees: [],
      contact: { name: 'Sam Jolley', phone: '01270 686643', email: 'samuel.jolley@danevalley.gov.uk' },
      items: [
        {
          number: '1',
          title: 'Apologies for Absence',
          summary: 'To note any apologies for absence from Members.',
          pages: null,
          kind: 'apologies',
          exempt: false,
        },
        {
          number: '2',
          title: 'Declarations of Interest',
          summary:
            'To provide an opportunity for Members and Officers to declare any disclosable pecuniary interests in any item on the agenda.',
          pages: null,
          kind: 'declarations',
          exempt: false,
        },
        {
          number: '3',
          title: 'Minutes of Previous Meeting',
          summary: 'To approve as a correct record the minutes of the previous meeting held on 15 January 2024.',
          pages: { from: 3, to: 10 },
          kind: 'minutes',
          exempt: false,
        },
        {
          number: '4',
          title: 'Public Speaking/Open Session',
          summary:
            'A total period of 15 minutes is allocated for members of the public to put questions to the committee on any matter relating to this agenda.',
          pages: null,
          kind: 'public-participation',
          exempt: false,
        },
        {
          number: '5',
          title: 'Third Quarter Review 2023/24',
          summary: 'To receive the third quarter review of the Council’s finances as they relate to the committee.',
          pages: { from: 11, to: 36 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '6',
          title: 'Special Educational Needs and Disabilities - Written Statement of Action Update',
          summary: 'To receive an update on progress against the Written Statement of Action.',
          pages: { from: 37, to: 58 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '7',
          title: 'School Admission Arrangements 2025/26',
          summary: 'To determine the admission arrangements for community and voluntary controlled schools.',
          pages: { from: 59, to: 96 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '8',
          title: 'Corporate Parenting Annual Report',
          summary: 'To consider the annual report of the Corporate Parenting Committee.',
          pages: { from: 97, to: 118 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '9',
          title: 'Work Programme',
          summary: 'To consider the Work Programme and determine any required amendments.',
          pages: { from: 119, to: 124 },
          kind: 'work-programme',
          exempt: false,
        },
      ],
    },
  },
  {
    id: 'moderngov-front-sheet-3',
    notes: 'supplementary agenda: two late items, numbered as on the main agenda, no membership',
    supplementary:
      'This is a supplement to the agenda for the meeting above. The following reports were not available when the agenda was published.',
    dateText: 'Wednesday, 7th February, 2024',
    timeText: '10.30 am',
    membershipLine: '',
    expected: {
      committee: 'Corporate Policy Committee',
      meetingDate: '2024-02-07',
      startTime: '10:30',
      venue: 'Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ',
      members: [],
      coOptees: [],
      contact: { name: 'Nikki Brereton', phone: '01270 686463', email: 'nikki.brereton@danevalley.gov.uk' },
      items: [
        {
          number: '8',
          title: 'Medium Term Financial Strategy 2024/25 - 2027/28',
          summary:
            'To consider the recommendations of the Finance Sub-Committee on the Medium Term Financial Strategy.',
          pages: { from: 3, to: 48 },
          kind: 'report',
          exempt: false,
        },
        {
          number: '11',
          title: 'Council Tax Base 2024/25',
          summary: 'To approve the calculation of the council tax base for 2024/25.',
          pages: { from: 49, to: 60 },
          kind: 'report',
          exempt: false,
        },
      ],
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'ModernGov front sheet (shire unitary)',
  notes: s.notes,
  html: render(s),
  expected: { ...s.expected, items: s.expected.items.map(({ summary: _summary, ...i }) => i) },
}));
