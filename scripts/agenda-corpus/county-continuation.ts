/**
 * A county council's own Word template: "When:" / "Where:" labels, membership as a bulleted list
 * "Cllr Name (Chair) – Party", "Item 1" numbering with "Pages 5 to 12" on the line below the title,
 * and a long item list that runs onto a continuation page with the meeting's running header and
 * "Agenda (continued)". The second is a whole pack.
 */
import { esc, htmlPage, PAGE_BREAK, type CorpusAgenda } from './corpus-agenda';
import { minutesPages, reportPages } from './pack-pages';
import type { ExpectedCorpusAgenda, Kind, Role } from '../../tests/helpers/agenda-score';

type Row = [number: string, title: string, pages: [number, number] | null, kind: Kind, lead: string];
interface Sheet {
  id: string;
  notes: string;
  dateText: string;
  timeText: string;
  members: [string, Role, string][];
  rows: Row[];
  /** Item after which the list continues on a new page. */
  breakAfter: string;
  pack: string;
  expected: Omit<ExpectedCorpusAgenda, 'items' | 'members' | 'coOptees'>;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:12pt} .run{font-size:9pt;border-bottom:1px solid #000} .lead{margin-left:50pt;font-style:italic}`;
const ROLE_TEXT: Record<Role, string> = { chair: ' (Chair)', 'vice-chair': ' (Vice-Chair)', member: '' };

function render(s: Sheet): string {
  const e = s.expected;
  const running = `<p class="run">${esc(e.committee)} – ${esc(s.dateText)}</p>`;
  const rows = s.rows
    .map(([n, t, p, , lead]) => {
      const item = `<p><b>Item ${esc(n)}&nbsp;&nbsp;&nbsp;${esc(t)}</b>${p ? `<br>Pages ${p[0]} to ${p[1]}` : ''}</p>${lead ? `<p class="lead">${esc(lead)}</p>` : ''}`;
      return n === s.breakAfter
        ? `${item}\n<p style="text-align:center">1</p>\n${PAGE_BREAK}\n${running}\n<p><b>Agenda (continued)</b></p>`
        : item;
    })
    .join('\n');
  const body = `${running}
<p><b>Wessex County Council</b><br>Democratic Services, County Hall, Taunton TA1 4DY</p>
<h1>${esc(e.committee)}</h1>
<p><b>When:</b> ${esc(s.dateText)}, ${esc(s.timeText)}<br><b>Where:</b> ${esc(e.venue)}</p>
<p><b>Membership</b></p>
<ul>${s.members.map(([n, r, g]) => `<li>Cllr ${esc(n)}${ROLE_TEXT[r]} – ${esc(g)}</li>`).join('')}</ul>
<p><b>Officer contact:</b> ${esc(e.contact?.name ?? '')}, ${esc(e.contact?.phone ?? '')}, ${esc(e.contact?.email ?? '')}</p>
<p>Webcasting: this meeting will be filmed for live or subsequent broadcast via the Council’s website.</p>
<h2>Agenda</h2>
${rows}
${s.pack}`;
  return htmlPage(e.committee, CSS, body);
}

const sheets: Sheet[] = [
  {
    id: 'county-continuation-1',
    notes:
      'item list of 13 runs onto a continuation page with a running header; "Pages 5 to 12" on the line below; members as "– Party" bullets',
    dateText: 'Thursday 14 March 2024',
    timeText: '10.00 am',
    members: [
      ['Leila Redfern', 'chair', 'Liberal Democrat'],
      ['Frances Nettleship', 'vice-chair', 'Conservative'],
      ['Adam Boyce-Lane', 'member', 'Liberal Democrat'],
      ['Martin Dimmock', 'member', 'Green'],
      ['Heather Shillabeer', 'member', 'Liberal Democrat'],
      ['Andy Stoughall', 'member', 'Conservative'],
      ['Jenna Snelgrove', 'member', 'Independent'],
    ],
    rows: [
      [
        '1',
        'Apologies for Absence',
        null,
        'apologies',
        'To receive any apologies for absence and notification of substitutions.',
      ],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      [
        '3',
        'Minutes from the previous meeting held on 25 January 2024',
        [5, 12],
        'minutes',
        'The Committee is asked to confirm the minutes are accurate.',
      ],
      [
        '4',
        'Public Question Time',
        null,
        'public-participation',
        'The Chair will allow members of the public to ask a question or make a statement.',
      ],
      [
        '5',
        'Children’s Services Improvement Plan',
        [13, 30],
        'report',
        'To consider progress against the improvement plan.',
      ],
      ['6', 'Special Educational Needs Transport', [31, 40], 'report', ''],
      ['7', 'Fostering Sufficiency Strategy', [41, 56], 'report', ''],
      ['8', 'Youth Service Offer', [57, 64], 'report', ''],
      ['9', 'School Attendance and Exclusions', [65, 78], 'report', ''],
      ['10', 'Children Missing Education', [79, 86], 'report', ''],
      ['11', 'Scrutiny Work Programme', [87, 92], 'work-programme', ''],
      [
        '12',
        'Any other business of urgency',
        null,
        'other',
        'To discuss any other items that the Chair considers to be urgent.',
      ],
      ['13', 'Date of Next Meeting', null, 'next-meeting', 'Thursday 9 May 2024 at 10.00 am.'],
    ],
    breakAfter: '6',
    pack: '',
    expected: {
      committee: 'Children and Families Scrutiny Committee',
      meetingDate: '2024-03-14',
      startTime: '10:00',
      venue: 'Luttrell Room, County Hall, Taunton TA1 4DY',
      contact: { name: 'Jamie Jacklin', phone: '01823 359040', email: 'democraticservices@wessex.gov.uk' },
    },
  },
  {
    id: 'county-continuation-2',
    notes:
      'WHOLE PACK: continuation page, then minutes numbered 1-8 and a report with "1. Background" headings and an appendix table',
    dateText: 'Wednesday 22 May 2024',
    timeText: '2.00 pm',
    members: [
      ['Will Revell', 'chair', 'Liberal Democrat'],
      ['Mandy Chilwell', 'vice-chair', 'Conservative'],
      ['Rosalind Wyatt-Gore', 'member', 'Liberal Democrat'],
      ['Gwilym Wrenn', 'member', 'Liberal Democrat'],
      ['Tony Lockyer', 'member', 'Labour'],
    ],
    rows: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      ['3', 'Minutes from the previous meeting held on 13 March 2024', [3, 9], 'minutes', ''],
      ['4', 'Public Question Time', null, 'public-participation', ''],
      [
        '5',
        'Highways Maintenance Programme 2024/25',
        [10, 22],
        'report',
        'To scrutinise the programme before the Executive decides.',
      ],
      ['6', 'Bus Service Improvement Plan', [23, 34], 'report', ''],
      ['7', 'Scrutiny Work Programme', [35, 38], 'work-programme', ''],
    ],
    breakAfter: '4',
    pack: [
      minutesPages({
        council: 'Wessex County Council',
        committee: 'Climate and Place Scrutiny Committee',
        heldOn: 'Wednesday 13 March 2024',
        venue: 'the Luttrell Room, County Hall, Taunton',
        present:
          'Cllr Will Revell (Chair), Cllr Mandy Chilwell (Vice-Chair), Cllr Rosalind Wyatt-Gore, Cllr Tony Lockyer',
        firstPage: 3,
        minutes: [
          {
            number: '1',
            heading: 'Apologies for Absence - Agenda Item 1',
            text: 'Apologies were received from Cllr Gwilym Wrenn.',
          },
          { number: '2', heading: 'Declarations of Interest - Agenda Item 2', text: 'There were none.' },
          {
            number: '3',
            heading: 'Minutes from the Previous Meeting - Agenda Item 3',
            text: 'Resolved that the minutes of 17 January 2024 be confirmed.',
          },
          {
            number: '4',
            heading: 'Public Question Time - Agenda Item 4',
            text: 'Two questions were received about bus routes.',
          },
          {
            number: '5',
            heading: 'Flood Risk Management Strategy - Agenda Item 5',
            text: 'The Committee welcomed the draft strategy.',
          },
          {
            number: '6',
            heading: 'Waste Collection Contract - Agenda Item 6',
            text: 'Members asked about missed collections.',
          },
          {
            number: '7',
            heading: 'Electric Vehicle Charging - Agenda Item 7',
            text: 'The Committee noted the rollout plan.',
          },
          { number: '8', heading: 'Scrutiny Work Programme - Agenda Item 8', text: 'Agreed.' },
        ],
      }),
      reportPages({
        firstPage: 10,
        from: 'Climate and Place Scrutiny Committee',
        title: 'Highways Maintenance Programme 2024/25',
        sections: [
          {
            number: '1.',
            heading: 'Background',
            paragraphs: [
              '1.1 The programme is funded by the Department for Transport.',
              '1.2 It covers 6,700 km of road.',
            ],
          },
          {
            number: '2.',
            heading: 'Issues for consideration',
            paragraphs: ['2.1 The Committee is asked to comment on the balance between patching and resurfacing.'],
          },
          {
            number: '3.',
            heading: 'Consultations undertaken',
            paragraphs: ['3.1 Town and parish councils were consulted.'],
          },
          { number: '4.', heading: 'Implications', paragraphs: ['4.1 None beyond those in the report.'] },
        ],
        appendix: {
          title: 'Appendix A – Schemes by district',
          rows: [
            ['District', 'Schemes', 'Cost'],
            ['Taunton Deane', '42', '£3.1m'],
            ['Sedgemoor', '38', '£2.7m'],
          ],
        },
      }),
    ].join('\n'),
    expected: {
      committee: 'Climate and Place Scrutiny Committee',
      meetingDate: '2024-05-22',
      startTime: '14:00',
      venue: 'Luttrell Room, County Hall, Taunton TA1 4DY',
      contact: { name: 'Jamie Jacklin', phone: '01823 359040', email: 'democraticservices@wessex.gov.uk' },
    },
  },
  {
    id: 'county-continuation-3',
    notes: 'continuation page between items 3 and 4, online venue wording, three members',
    dateText: 'Monday 8 July 2024',
    timeText: '10.30 am',
    members: [
      ['Hugh Davenant', 'chair', 'Independent'],
      ['Sue Osgood', 'vice-chair', 'Liberal Democrat'],
      ['Mike Rigsby', 'member', 'Conservative'],
    ],
    rows: [
      ['1', 'Apologies for Absence', null, 'apologies', ''],
      ['2', 'Declarations of Interest', null, 'declarations', ''],
      ['3', 'Minutes from the previous meeting held on 10 June 2024', [3, 6], 'minutes', ''],
      ['4', 'Treasury Management Outturn 2023/24', [7, 20], 'report', ''],
      ['5', 'Counter Fraud Annual Report', [21, 30], 'report', ''],
    ],
    breakAfter: '3',
    pack: '',
    expected: {
      committee: 'Audit Committee',
      meetingDate: '2024-07-08',
      startTime: '10:30',
      venue: 'Council Chamber, County Hall, Taunton TA1 4DY',
      contact: { name: 'Jamie Jacklin', phone: '01823 359040', email: 'democraticservices@wessex.gov.uk' },
    },
  },
];

export const agendas: CorpusAgenda[] = sheets.map((s) => ({
  id: s.id,
  layout: 'County council Word template with continuation pages',
  notes: s.notes,
  html: render(s),
  expected: {
    ...s.expected,
    members: s.members.map(([name, role, group]) => ({ name, group, role })),
    coOptees: [],
    items: s.rows.map(([number, title, p, kind]) => ({
      number,
      title,
      pages: p ? { from: p[0], to: p[1] } : null,
      kind,
      exempt: false,
    })),
  },
}));
