/**
 * A Jadu CMS "Agenda and minutes" page saved from a district council's website: breadcrumb,
 * "Meeting details" with Venue/Contact lines, a "Date:"/"Time:" pair, items as "No." / "Item"
 * rows with the documents' links ("Minutes 12 December 2023 PDF 212 KB") under them, sub-items
 * 6.1 and 6.2, and no page numbers anywhere.
 */
import { esc, htmlPage, type CorpusAgenda } from './corpus-agenda';
import type { ExpectedCorpusAgenda, Kind } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, kind: Kind, links: string[]];
interface Page {
  id: string;
  notes: string;
  dateText: string;
  timeText: string;
  /** "Councillors:" paragraph as the membership tab prints it. */
  councillors: [string, 'member' | 'chair' | 'vice-chair'][];
  rows: Row[];
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Verdana,sans-serif;font-size:10pt} .crumb{font-size:8pt} .doc{font-size:9pt;color:#036}`;
const ROLE = { member: '', chair: ' (Chairman)', 'vice-chair': ' (Vice-Chairman)' };

function render(p: Page): string {
  const e = p.expected;
  const rows = p.rows
    .map(
      ([n, t, , links]) =>
        `<tr><td>${esc(n)}.</td><td><b>${esc(t)}</b>${links.map((l) => `<br><span class="doc">${esc(l)}</span>`).join('')}</td></tr>`,
    )
    .join('\n');
  const body = `<p class="crumb">Home &gt; Council and democracy &gt; Councillors, committees and meetings &gt; Agenda and minutes</p>
<h1>Agenda and minutes</h1>
<h2>${esc(e.committee)} - ${esc(p.dateText)} ${esc(p.timeText)}</h2>
<h3>Meeting details</h3>
<p><b>Venue:</b> ${esc(e.venue)}</p>
<p><b>Contact:</b> ${esc(e.contact?.name ?? '')}, Democratic Services Officer, ${esc(e.contact?.phone ?? '')}, Email: ${esc(e.contact?.email ?? '')}</p>
<p><b>Date:</b> ${esc(p.dateText)} <b>Time:</b> ${esc(p.timeText)}</p>
<p><b>Councillors:</b> ${p.councillors.map(([n, r]) => `${esc(n)}${ROLE[r]}`).join(', ')}</p>
<p>Media</p>
<h3>Items</h3>
<table>
<tr><th>No.</th><th>Item</th></tr>
${rows}
</table>
<p class="crumb">Back to top of page. Was this page helpful? Yes / No</p>`;
  return htmlPage(e.committee, CSS, body);
}

const pages: Page[] = [
  {
    id: 'jadu-export-1',
    notes: 'web export: document links under items, sub-items 6.1/6.2, no pages, Chairman/Vice-Chairman',
    dateText: 'Tuesday, 16th January, 2024',
    timeText: '7.00 pm',
    councillors: [
      ['Councillor Peter Wickham', 'chair'],
      ['Councillor Naomi Trelawney', 'vice-chair'],
      ['Councillor Glyn Ashby', 'member'],
      ['Councillor Susan Marchant', 'member'],
      ['Councillor Ravi Chandran', 'member'],
      ['Councillor Lottie Brent', 'member'],
    ],
    rows: [
      ['1', 'Apologies for absence', 'apologies', []],
      [
        '2',
        'Minutes',
        'minutes',
        ['To approve the minutes of the meeting held on 14 November 2023.', 'Minutes 14 November 2023 PDF 212 KB'],
      ],
      ['3', 'Declarations of interest', 'declarations', []],
      ['4', 'Public participation', 'public-participation', ['Public speaking scheme PDF 88 KB']],
      [
        '5',
        'Corporate Performance Report Quarter 2',
        'report',
        ['Performance report Q2 PDF 1 MB', 'Appendix A - Key indicators PDF 340 KB'],
      ],
      ['6', 'Task and finish groups', 'report', []],
      ['6.1', 'Flood Resilience Task and Finish Group - Final Report', 'report', ['Final report PDF 620 KB']],
      ['6.2', 'Town Centre Vitality Task and Finish Group - Scoping', 'report', ['Scoping document PDF 96 KB']],
      ['7', 'Overview and Scrutiny Work Programme', 'work-programme', ['Work programme 2023-24 PDF 150 KB']],
    ],
    expected: {
      committee: 'Overview and Scrutiny Committee',
      meetingDate: '2024-01-16',
      startTime: '19:00',
      venue: 'Council Chamber, Marlowe House, Station Road, Sidcombe, SC14 1DL',
      contact: { name: 'Emma Halloran', phone: '01372 732129', email: 'democraticservices@sidcombe.gov.uk' },
    },
  },
  {
    id: 'jadu-export-2',
    notes: 'web export: "Councillors:" list without Councillor prefix, urgent business item, no pages',
    dateText: 'Wednesday, 13th March, 2024',
    timeText: '6.30 pm',
    councillors: [
      ['Marion Ellacott', 'chair'],
      ['Derek Penhale', 'vice-chair'],
      ['Bridget Colley', 'member'],
      ['Tariq Mahmood', 'member'],
      ['Owen Prideaux', 'member'],
    ],
    rows: [
      ['1', 'Apologies for Absence and Substitutions', 'apologies', []],
      ['2', 'Declarations of Interest', 'declarations', []],
      ['3', 'Minutes of the Previous Meeting', 'minutes', ['Minutes 24 January 2024 PDF 180 KB']],
      ['4', 'Questions from the Public', 'public-participation', []],
      [
        '5',
        'Housing Allocations Policy Review',
        'report',
        ['Report PDF 410 KB', 'Appendix 1 - Draft policy PDF 730 KB'],
      ],
      ['6', 'Empty Homes Strategy 2024-2029', 'report', ['Strategy PDF 520 KB']],
      ['7', 'Urgent Business', 'other', ['To consider any business which the Chairman considers urgent.']],
    ],
    expected: {
      committee: 'Communities Scrutiny Panel',
      meetingDate: '2024-03-13',
      startTime: '18:30',
      venue: 'Committee Room 1, Marlowe House, Station Road, Sidcombe, SC14 1DL',
      contact: { name: 'Lewis Carrick', phone: '01372 732137', email: 'lewis.carrick@sidcombe.gov.uk' },
    },
  },
  {
    id: 'jadu-export-3',
    notes: 'web export: sub-items 4.1 to 4.3 after a heading item, no pages, short list',
    dateText: 'Thursday, 23rd May, 2024',
    timeText: '7.30 pm',
    councillors: [
      ['Councillor Imogen Farrant', 'chair'],
      ['Councillor Neville Thorne', 'member'],
      ['Councillor Yasmin Qureshi-Bell', 'member'],
      ['Councillor Alun Pritchard', 'vice-chair'],
    ],
    rows: [
      ['1', 'Apologies for absence', 'apologies', []],
      ['2', 'Declarations of interest', 'declarations', []],
      ['3', 'Minutes', 'minutes', ['Minutes 7 March 2024 PDF 160 KB']],
      ['4', 'Internal Audit', 'report', []],
      ['4.1', 'Internal Audit Annual Report 2023-24', 'report', ['Annual report PDF 300 KB']],
      ['4.2', 'Internal Audit Plan 2024-25', 'report', ['Plan PDF 240 KB']],
      ['4.3', 'Progress on Audit Recommendations', 'report', []],
      ['5', 'Annual Governance Statement 2023-24', 'report', ['Draft statement PDF 310 KB']],
      ['6', 'Work Programme', 'work-programme', []],
    ],
    expected: {
      committee: 'Audit and Governance Committee',
      meetingDate: '2024-05-23',
      startTime: '19:30',
      venue: 'Council Chamber, Marlowe House, Station Road, Sidcombe, SC14 1DL',
      contact: { name: 'Emma Halloran', phone: '01372 732129', email: 'democraticservices@sidcombe.gov.uk' },
    },
  },
];

const bare = (n: string) => n.replace(/^Councillor\s+/, '');

export const agendas: CorpusAgenda[] = pages.map((p) => ({
  id: p.id,
  layout: 'Jadu CMS web export (district council)',
  notes: p.notes,
  html: render(p),
  expected: {
    ...p.expected,
    members: p.councillors.map(([n, role]) => ({ name: bare(n), group: '', role })),
    coOptees: [],
    items: p.rows.map(([number, title, kind]) => ({ number, title, pages: null, kind, exempt: false })),
  },
}));
