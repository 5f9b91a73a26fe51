/**
 * Membership written as running text: one-line lists a PDF wraps anywhere, names one to a line
 * or in a grid under "Councillors", co-optee headings with a note in brackets, and the lines
 * that are never members (a clerk's signature, the attendance in a pack's previous minutes).
 */
import { describe, expect, it } from 'vitest';
import { cleanLines, parseAgenda } from '$shared/agenda-import';
import { parseMembership } from '$shared/agenda-import/parse-membership';
import { continuesList, isCooptHeading, listDangles } from '$shared/agenda-import/membership-lists';

const front = ['Overview and Scrutiny Committee', 'Tuesday 16 January 2024'];
const items = ['Agenda', '1. Apologies for absence', '2. Minutes'];

function membership(lines: string[], after: string[] = []) {
  const r = parseAgenda([...front, ...lines, ...items, ...after]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.membership;
}
const people = (m: ReturnType<typeof membership>) =>
  m.groups.flatMap((g) => g.members.map((p) => `${p.value.name}|${g.name.value}|${p.value.role}`));
const coOptees = (m: ReturnType<typeof membership>) => m.coOptees.map((c) => `${c.value.name}|${c.value.body}`);

describe('a one-line list a PDF wrapped', () => {
  it('goes on after a line that stops mid-role ("(Vice-") and after one that ends with "Cllr"', () => {
    const m = membership([
      'Members of the Committee: Cllr Ann Lee (Chairman), Cllr Ravi Shah (Vice-',
      'Chairman), Cllr Tom Ince, Cllr',
      'Jo Pike, Cllr Bea Hart',
      '',
      'You are summoned to attend.',
    ]);
    expect(people(m)).toEqual([
      'Ann Lee||chair',
      'Ravi Shah||vice-chair',
      'Tom Ince||member',
      'Jo Pike||member',
      'Bea Hart||member',
    ]);
  });

  it('joins a name split over the lines ("Tariq" / "Mahmood, Owen Prideaux")', () => {
    const m = membership(['Councillors: Ann Lee (Chairman), Bob Carr, Tariq', 'Mahmood, Owen Prideaux']);
    expect(people(m)).toEqual(['Ann Lee||chair', 'Bob Carr||member', 'Tariq Mahmood||member', 'Owen Prideaux||member']);
  });

  it('takes a role that begins the next line and an initial left at the end of one', () => {
    const m = membership([
      'Membership: Councillors S Akers, G Hollins',
      '(Vice-Chair), D',
      'Jeavons (Chair) and J Snelson',
    ]);
    expect(people(m)).toEqual(['S Akers||member', 'G Hollins||vice-chair', 'D Jeavons||chair', 'J Snelson||member']);
  });

  it('does not run on into the next paragraph after a blank line', () => {
    const m = membership(['Councillors: Ann Lee (Chairman), Bob Carr', '', 'Notice is hereby given, Village Hall']);
    expect(people(m)).toEqual(['Ann Lee||chair', 'Bob Carr||member']);
  });
});

describe('the rules for where a list goes on', () => {
  it('knows a list that stops mid-person', () => {
    for (const t of ['Cllr A Lee, Cllr', 'A Lee (Vice-', 'A Lee, B', 'Tessa Mountjoy-', 'A Lee and', 'A Lee (Chair'])
      expect(listDangles(t), t).toBe(true);
    for (const t of ['A Lee (Chair), Bob Carr', 'Councillors A Lee and B Carr']) expect(listDangles(t), t).toBe(false);
  });

  it('carries on only with the very next line unless the list ended on a comma', () => {
    expect(continuesList('A Lee, Bob Carr', 'Dee Fox, Ed Gill', true)).toBe(true);
    expect(continuesList('A Lee, Bob Carr', 'Dee Fox, Ed Gill', false)).toBe(false);
    expect(continuesList('A Lee, Bob Carr,', 'Dee Fox', false)).toBe(true);
    expect(continuesList('A Lee, Bob Carr', 'You are summoned to attend a meeting.', true)).toBe(false);
    expect(continuesList('A Lee, Bob Carr', 'Date: Tuesday 9 April 2024', true)).toBe(false);
  });
});

describe('names under a "Councillors" heading with no "Councillor" before each', () => {
  const expected = ['Ann Lee||chair', 'Ravi Shah||vice-chair', 'Tom Ince||member', 'Jo Pike||member'];

  it('reads them one to a line', () => {
    expect(
      people(membership(['Councillors', 'Ann Lee (Chair)', 'Ravi Shah (Deputy Chair)', 'Tom Ince', 'Jo Pike'])),
    ).toEqual(expected);
  });

  it('reads them in a grid, and in a grid row a PDF printed as one line', () => {
    expect(
      people(membership(['Councillors', 'Ann Lee (Chair)\tRavi Shah (Deputy Chair)\tTom Ince', 'Jo Pike\t'])),
    ).toEqual(expected);
    expect(people(membership(['Councillors', 'Ann Lee (Chair) Ravi Shah (Deputy Chair) Tom Ince', 'Jo Pike']))).toEqual(
      expected,
    );
  });
});

describe('co-optees under a heading with a note in brackets', () => {
  it('reads "Name (Body, Sub-body)" lines as co-optees, not as members', () => {
    const m = membership([
      'Councillors',
      'Ann Lee (Chair)\tTom Ince',
      'Co-opted Members (voting on education matters)',
      'Mrs Jo Pike (Parent Governor, Primary)',
      'Mr Al Dunn (Roman Catholic Diocese)',
    ]);
    expect(people(m)).toEqual(['Ann Lee||chair', 'Tom Ince||member']);
    expect(coOptees(m)).toEqual(['Mrs Jo Pike|Parent Governor, Primary', 'Mr Al Dunn|Roman Catholic Diocese']);
  });

  it('ends a list with the heading, even when a PDF split the heading into cells', () => {
    const m = membership([
      'Councillors',
      'Ann Lee (Chair)\tTom Ince',
      'Co-opted Members (voting\ton education matters)',
      'Mr Al Dunn (Healthwatch Oldcastle)',
    ]);
    expect(people(m)).toEqual(['Ann Lee||chair', 'Tom Ince||member']);
    expect(coOptees(m)).toEqual(['Mr Al Dunn|Healthwatch Oldcastle']);
  });

  it('tells a heading from a co-optee line or a sentence', () => {
    expect(isCooptHeading('Co-opted Members (voting on education matters)')).toBe(true);
    expect(isCooptHeading('Co-optees:')).toBe(true);
    expect(isCooptHeading('Co-opted member: Dr Susan Patel (Healthwatch)')).toBe(false);
    expect(isCooptHeading('Co-opted members may vote on education matters only when the law allows it.')).toBe(false);
  });
});

describe('lines that are never members', () => {
  it('does not start a membership at "Councillors are summoned" nor take the clerk signing the notice', () => {
    const m = membership([
      'A meeting will be held in the Village Hall. Councillors are summoned to attend.',
      'Jenny Stroud, Clerk to Ashwell Parish Council, 27 June 2024',
    ]);
    expect(m.groups).toEqual([]);
  });

  it('does not read the attendance of the previous minutes further down a pack as the membership', () => {
    const m = membership(
      [],
      [
        'MINUTES of a meeting of the Overview and Scrutiny Committee',
        'Present: Councillors Ann Lee (Chair), Tom Ince and Jo Pike',
        '1 ELECTION OF CHAIR',
      ],
    );
    expect(people(m)).toEqual([]);
  });
});

describe('lines around a one-line list', () => {
  it('reads the co-optees of a "Co-opted Members: ..." line after the list', () => {
    const m = membership([
      'Councillors: Ann Lee (Chair), Jo Pike, Tom Ince',
      'Co-opted Members: Mrs Jane Doe (Church of England), Mr Bob Roe (Roman Catholic Church)',
    ]);
    expect(people(m)).toEqual(['Ann Lee||chair', 'Jo Pike||member', 'Tom Ince||member']);
    expect(coOptees(m)).toEqual(['Mrs Jane Doe|Church of England', 'Mr Bob Roe|Roman Catholic Church']);
  });

  it('takes the role from a "Chairman: Councillor ..." line', () => {
    const m = membership([
      'Membership',
      'Chairman: Councillor Ann Lee',
      'Vice-Chairman: Councillor Jo Pike',
      'Councillors Tom Ince and Bo Dell',
    ]);
    expect(people(m).sort()).toEqual(['Ann Lee||chair', 'Bo Dell||member', 'Jo Pike||vice-chair', 'Tom Ince||member']);
  });
});

describe('where a membership ends', () => {
  it('stops at a numbered heading rather than gluing it onto the last name', () => {
    const m = parseMembership(
      cleanLines(['Membership', 'Ann Lee (Chair)', 'Tom Ince', '1 ELECTION OF CHAIR', 'Jo Pike was elected.']),
    );
    expect(people(m)).toEqual(['Ann Lee||chair', 'Tom Ince||member']);
  });
});

describe('people listed beside the membership who are not members', () => {
  it('stops at the substitutes', () => {
    const m = membership([
      'Membership',
      'Labour\tConservative',
      'Cllr Ann Lee (Chair)\tCllr Jo Pike',
      'Cllr Tom Ince\t',
      'Substitute Members',
      'Cllr Bo Dell\tCllr Cy Eve',
    ]);
    expect(people(m)).toEqual(['Ann Lee|Labour|chair', 'Tom Ince|Labour|member', 'Jo Pike|Conservative|member']);
  });

  it('takes a label that says what a co-optee is ("Independent Person:") as their body', () => {
    const m = membership(['Councillors: Ann Lee (Chair), Tom Ince', 'Independent Person: Mr Bob Roe']);
    expect(coOptees(m)).toEqual(['Mr Bob Roe|Independent Person']);
    const generic = membership(['Councillors: Ann Lee (Chair), Tom Ince', 'Co-opted Members: Mr Bob Roe']);
    expect(coOptees(generic)).toEqual(['Mr Bob Roe|']);
  });
});
