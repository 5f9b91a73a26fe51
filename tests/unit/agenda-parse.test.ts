import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLine, parseAgenda } from '$shared/agenda-import';
import { findDate, findTime } from '$shared/agenda-import/dates';
import { expectAgenda } from '../helpers/expect-agenda';
import { referencePack } from '../fixtures/agendas/expected';

const packLines = readFileSync(join(__dirname, '../fixtures/reference-pack.txt'), 'utf8').split('\n');

function parsed(lines: string[]) {
  const r = parseAgenda(lines);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseAgenda on the reference pack as text', () => {
  it('reads the front sheet and the 12 items', () => {
    expectAgenda(packLines, parseAgenda(packLines), referencePack);
  });

  it('stops at the end of the item table: the minutes and reports after it are not items', () => {
    const a = parsed(packLines);
    const minutesHeading = packLines.findIndex((l) => l.includes('Committee Minutes'));
    expect(minutesHeading).toBeGreaterThan(60);
    expect(a.span.to).toBeLessThan(minutesHeading);
    expect(a.items.every((i) => i.number.source.every((s) => s.index < minutesHeading))).toBe(true);
  });

  it('points each field at the line it came from', () => {
    const a = parsed(packLines);
    expect(a.committee?.source.map((s) => s.index)).toEqual([2]); // "# Children and Education ... Committee"
    expect(a.meetingDate?.source.map((s) => s.text)).toEqual(['Monday 21 November 2016']);
    expect(a.startTime?.source.map((s) => s.text)).toEqual(['7.00 pm']);
    expect(a.dateIssued?.source.map((s) => s.text)).toEqual(['Date Issued: 11 November 2016']);
    expect(a.items[4]?.pages?.source[0]?.text).toContain('12 - 26');
    expect(a.missing).toEqual([]);
  });

  it('finds the same agenda with the markup stripped first, or the pipe table turned into plain rows', () => {
    const plain = packLines.map((l) => cleanLine(l));
    expectAgenda(plain, parseAgenda(plain), referencePack);
  });
});

describe('item numbering and layout', () => {
  const front = [
    'Planning Scrutiny Committee',
    'Tuesday 7 March 2017, 6.30 pm',
    'Venue: Council Chamber, Town Hall',
    '',
  ];

  it('reads "Item 1" numbering, sub-items 5a / 5(b) / (c), and titles not in capitals', () => {
    const b = parsed([
      ...front,
      'Item 1\tApologies for absence',
      'Item 2\tBudget monitoring',
      '2a\tRevenue (Pages 3 - 10)',
      'Report of the Director of Finance.',
      '2(b)\tCapital',
      '(c)\tTreasury management',
      'Item 3\tWork programme',
    ]);
    expect(b.items.map((i) => [i.number.value, i.title.value])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Budget monitoring'],
      ['2a', 'Revenue'],
      ['2b', 'Capital'],
      ['2c', 'Treasury management'],
      ['3', 'Work programme'],
    ]);
    expect(b.items[2]?.pages?.value).toEqual({ from: 3, to: 10 });
    expect(b.items[2]?.summary.value).toBe('Report of the Director of Finance.');
  });

  it('does not take prose numbers, dates or page ranges for items', () => {
    const a = parsed([
      ...front,
      '1.\tAPOLOGIES',
      '2.\tMINUTES',
      '21 November 2016 was the date of the last meeting; 3 reports were considered.',
      '2016 - 17 budget',
      '3.\tPLANNING APPLICATIONS',
    ]);
    expect(a.items.map((i) => i.title.value)).toEqual(['APOLOGIES', 'MINUTES', 'PLANNING APPLICATIONS']);
    expect(a.items[1]?.pages).toBeNull();
  });

  it('joins a capitals title wrapped onto a second line, and a page range split across lines', () => {
    const a = parsed([
      ...front,
      'Item\tTitle\tPages',
      '1.\tAPOLOGIES',
      '2.\tLOCAL SAFEGUARDING CHILDREN BOARD ANNUAL\t88 -',
      '\tREPORT 2015-16\t146',
      '\tThis report includes key details.',
    ]);
    expect(a.items[1]?.title.value).toBe('LOCAL SAFEGUARDING CHILDREN BOARD ANNUAL REPORT 2015-16');
    expect(a.items[1]?.pages?.value).toEqual({ from: 88, to: 146 });
    expect(a.items[1]?.summary.value).toBe('This report includes key details.');
  });

  it('marks items after "Part II" exempt, with the Schedule 12A paragraph where stated', () => {
    const a = parsed([
      ...front,
      '1.\tAPOLOGIES FOR ABSENCE',
      '2.\tEXCLUSION OF THE PRESS AND PUBLIC',
      'That the press and public be excluded under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      'PART II',
      '3.\tLAND AT MILL LANE',
      '4.\tSTAFFING MATTER',
      'Exempt - paragraph 1 of Schedule 12A.',
    ]);
    expect(a.items.map((i) => [i.number.value, i.kind.value, i.exempt?.value.paragraph ?? 'open'])).toEqual([
      ['1', 'apologies', 'open'],
      ['2', 'other', 'open'],
      ['3', 'report', '3'],
      ['4', 'report', '1'],
    ]);
    expect(a.items[3]?.summary.value).toBe('');
    expect(a.items[3]?.exempt?.source[0]?.text).toContain('paragraph 1');
  });

  it('reads an exemption written in the title, without keeping it in the title', () => {
    const a = parsed([...front, '1.\tAPOLOGIES', '2.\tLAND AT MILL LANE (EXEMPT - PARAGRAPH 3)', '3.\tWORK PROGRAMME']);
    expect(a.items.map((i) => [i.title.value, i.exempt?.value.paragraph ?? 'open'])).toEqual([
      ['APOLOGIES', 'open'],
      ['LAND AT MILL LANE', '3'],
      ['WORK PROGRAMME', 'open'],
    ]);
  });

  it('guesses each standard item kind from its title', () => {
    const a = parsed([
      ...front,
      '1.\tMinutes of the last meeting',
      '2.\tApologies and substitutions',
      '3.\tDisclosures of interests',
      '4.\tQuestions from the public',
      '5.\tLibraries strategy',
      '6.\tForward plan and work programme',
      '7.\tDates of future meetings',
    ]);
    expect(a.items.map((i) => i.kind.value)).toEqual([
      'minutes',
      'apologies',
      'declarations',
      'public-participation',
      'report',
      'work-programme',
      'next-meeting',
    ]);
  });

  it('ends the last item at the blank line before the next document', () => {
    const a = parsed([
      ...front,
      '1.\tAPOLOGIES',
      '2.\tDATE OF NEXT MEETING',
      'Monday 3 April 2017.',
      '',
      'Planning Scrutiny Committee Minutes',
      '3.\tSOMETHING ELSE',
    ]);
    expect(a.items).toHaveLength(2);
    expect(a.items[1]?.summary.value).toBe('Monday 3 April 2017.');
  });
});

describe('front sheet layouts', () => {
  it('reads a summons sentence, inline groups and a contact written on one line', () => {
    const a = parsed([
      'NORTHMOOR BOROUGH COUNCIL',
      'Notice is hereby given that a meeting of the Environment Scrutiny Board will be held on',
      'Wednesday 5th April 2017 at 2.30 p.m. in Committee Room A, Northmoor Town Hall.',
      'Labour: Councillors Ann Lee (Chairperson), Bob Marsh',
      'Green: Cllr Cat Nolan (Vice Chair)',
      'Enquiries to: Dan Ogden, Committee Clerk, Tel: 01632 960111, dan.ogden@northmoor.gov.uk',
      'Despatched: 24 March 2017',
      'AGENDA',
      '1.\tApologies',
      '2.\tMinutes',
    ]);
    expect(a.committee?.value).toBe('Environment Scrutiny Board');
    expect(a.meetingDate?.value).toBe('2017-04-05');
    expect(a.startTime?.value).toBe('14:30');
    expect(a.venue?.value).toBe('Committee Room A, Northmoor Town Hall');
    expect(
      a.membership.groups.map((g) => [g.name.value, g.members.map((m) => `${m.value.name}/${m.value.role}`)]),
    ).toEqual([
      ['Labour', ['Ann Lee/chair', 'Bob Marsh/member']],
      ['Green', ['Cat Nolan/vice-chair']],
    ]);
    expect(a.contact?.name.value).toBe('Dan Ogden');
    expect(a.contact?.title?.value).toBe('Committee Clerk');
    expect(a.contact?.phone?.value).toBe('01632 960111');
    expect(a.contact?.email?.value).toBe('dan.ogden@northmoor.gov.uk');
    expect(a.dateIssued?.value).toBe('2017-03-24');
  });

  it('warns when the weekday does not match the date', () => {
    const a = parsed(['Audit Committee', 'Monday 22 November 2016', '1.\tApologies', '2.\tMinutes']);
    expect(a.meetingDate?.value).toBe('2016-11-22');
    expect(a.warnings.join(' ')).toContain('Tuesday');
  });

  it('lists the fields a review must ask for', () => {
    const a = parsed(['Audit Committee', '1.\tApologies', '2.\tMinutes']);
    expect(a.missing).toEqual([
      'authority',
      'meeting date',
      'start time',
      'venue',
      'membership',
      'contact officer',
      'date issued',
    ]);
  });
});

describe('when there is no agenda', () => {
  it('says what was not found', () => {
    const r = parseAgenda(['Shopping list', 'Milk', 'Bread']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('AGENDA_NOT_FOUND');
    expect(r.error.notFound).toEqual(['agenda items', 'committee name', 'meeting date']);
    expect(r.error.message).toContain('agenda items, committee name or meeting date');
  });

  it('needs the committee or the date as well as numbered items', () => {
    const r = parseAgenda(['1. Apologies', '2. Minutes of the last meeting']);
    expect(r.ok ? [] : r.error.notFound).toEqual(['committee name', 'meeting date']);
    const empty = parseAgenda([]);
    expect(empty.ok ? [] : empty.error.notFound).toEqual(['agenda items', 'committee name', 'meeting date']);
  });
});

describe('cleaning and small parsers', () => {
  it('strips HTML, Markdown and pipe-table borders, keeping the text and cells', () => {
    // "</p> <p>" inside a cell is a paragraph break, kept as "\n"; one at a cell's edge marks nothing.
    expect(cleanLine('<b>3. DECLARATIONS</b>\t<p>If a Councillor</p> <p>has</p>\t')).toBe(
      '3. DECLARATIONS\tIf a Councillor\nhas\t',
    );
    expect(cleanLine('<p>One</p>\t</p> <p>Two')).toBe('One\tTwo');
    expect(cleanLine(cleanLine('<b>3. D</b>\t<p>If</p> <p>has</p>\t'))).toBe('3. D\tIf\nhas\t');
    expect(cleanLine(' \n \n ')).toBe('');
    expect(cleanLine('| <b>5.</b>  | <b>EXECUTIVE UPDATE</b>  | 12 - 26   |')).toBe('5.\tEXECUTIVE UPDATE\t12 - 26');
    expect(cleanLine('|------------|---|-----------|')).toBe('');
    expect(cleanLine('## **5. EXECUTIVE DIRECTOR&#39;S UPDATE**')).toBe("5. EXECUTIVE DIRECTOR'S UPDATE");
    expect(cleanLine('[www.lbhf.gov.uk](http://www.lbhf.gov.uk) held on 13<sup>th</sup> June')).toBe(
      'www.lbhf.gov.uk held on 13th June',
    );
  });

  it('reads dates and times as agendas write them', () => {
    expect(findDate('Tuesday 14th March 2017 at 7pm')?.iso).toBe('2017-03-14');
    expect(findDate('Wednesday, 8 March 2017')?.weekday).toBe(3);
    expect(findDate('21/11/2016')?.iso).toBe('2016-11-21');
    expect(findDate('31 February 2017')).toBeNull();
    // An impossible date before the real one no longer hides it: every match of each form is read.
    expect(findDate('Published 31 February 2017; meeting Monday 21 November 2016')?.iso).toBe('2016-11-21');
    expect(findDate('Issued 30/02/2017, meeting 21/11/2016')?.iso).toBe('2016-11-21');
    expect(findDate('from February 30, 2017 to November 21, 2016')?.iso).toBe('2016-11-21');
    expect(findTime('7.00 pm', false)?.hhmm).toBe('19:00');
    expect(findTime('at 10.30 a.m.', false)?.hhmm).toBe('10:30');
    expect(findTime('12 noon', false)?.hhmm).toBe('12:00');
    expect(findTime('12.15 am', false)?.hhmm).toBe('00:15');
    expect(findTime('19:00', false)).toBeNull();
    expect(findTime('19:00', true)?.hhmm).toBe('19:00');
  });
});
