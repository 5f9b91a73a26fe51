/**
 * Membership tables read by what their cells say, whatever the arrangement: rows, one cell to a
 * line (a text export), a header joined to its first row, two cells a PDF ran together, and a
 * name carried over to the line below.
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';

const front = ['Wardenbury Police and Crime Panel', 'Date: Friday 2 February 2024'];
const items = ['Agenda', '1. Apologies for absence', '2. Minutes'];

function membership(lines: string[]) {
  const r = parseAgenda([...front, ...lines, ...items]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.membership;
}
const people = (m: ReturnType<typeof membership>) =>
  m.groups.flatMap((g) => g.members.map((p) => `${p.value.name}|${g.name.value}|${p.value.role}`));
const coOptees = (m: ReturnType<typeof membership>) => m.coOptees.map((c) => `${c.value.name}|${c.value.body}`);

describe('a Member | Representing table', () => {
  const rows = [
    ['Cllr Ann Lee (Chairman)', 'Wardenbury County Council'],
    ['Cllr Tom Ince (Vice-Chairman)', 'Hereward District Council'],
    ['Cllr Jo Pike', 'Wardenbury County Council'],
    ['Dr Ruth Ellis', 'Independent Co-opted Member'],
  ];
  const expectedPeople = [
    'Ann Lee|Wardenbury County Council|chair',
    'Jo Pike|Wardenbury County Council|member',
    'Tom Ince|Hereward District Council|vice-chair',
  ];

  it('reads rows: councillors by council, co-optees by body', () => {
    const m = membership(['Panel Members', 'Member\tRepresenting', ...rows.map((r) => r.join('\t'))]);
    expect(people(m)).toEqual(expectedPeople);
    expect(coOptees(m)).toEqual(['Dr Ruth Ellis|Independent Co-opted Member']);
  });

  it('reads the same cells when a row runs into the next one and the rest are one to a line', () => {
    const cellsOf = rows.flat();
    const m = membership(['Panel Members\tMember\tRepresenting', cellsOf.slice(0, 3).join('\t'), ...cellsOf.slice(3)]);
    expect(people(m)).toEqual(expectedPeople);
    expect(coOptees(m)).toEqual(['Dr Ruth Ellis|Independent Co-opted Member']);
  });
});

describe('a Councillor | Group | Role table a PDF disturbed', () => {
  it('splits a group and role run together, and joins a name carried to the line below', () => {
    const m = membership([
      'Membership of the Audit Committee',
      'Councillor\tGroup\tRole',
      'Councillor Ann Lee\tLiberal Democrat\tChair',
      'Councillor Tessa Mountjoy-',
      '\tLiberal Democrat Member',
      'Harris',
      'Councillor Tom Ince\tConservative\tMember',
    ]);
    expect(people(m)).toEqual([
      'Ann Lee|Liberal Democrat|chair',
      'Tessa Mountjoy-Harris|Liberal Democrat|member',
      'Tom Ince|Conservative|member',
    ]);
  });

  it('leaves out a row with a cell that fits nowhere, rather than guess', () => {
    const m = membership([
      'Membership',
      'Councillor\tGroup\tRole',
      'Councillor Ann Lee\tLiberal Democrat\tChair\tSubstitute for Councillor Day',
      'Councillor Tom Ince\tConservative\tMember',
    ]);
    expect(people(m)).toEqual(['Tom Ince|Conservative|member']);
  });
});

describe('an Authority | Councillors table', () => {
  it('reads each council with the councillors after it, one cell to a line or in rows', () => {
    const rows = [
      'Norbridge County Council\tFrances Whitlam (Chair), Lucy Shore',
      'Suffield County Council\tJeremy Hart',
    ];
    const expected = [
      'Frances Whitlam|Norbridge County Council|chair',
      'Lucy Shore|Norbridge County Council|member',
      'Jeremy Hart|Suffield County Council|member',
    ];
    expect(people(membership(['Membership', 'Authority\tCouncillors', ...rows]))).toEqual(expected);
    expect(people(membership(['Membership', 'Authority\tCouncillors', ...rows.flatMap((r) => r.split('\t'))]))).toEqual(
      expected,
    );
  });
});

describe('a co-optee row whose name and body a PDF ran together', () => {
  const coopted = (row: string) =>
    coOptees(
      membership([
        'Membership',
        'Councillor\tGroup\tRole',
        'Councillor Ann Lee\tIndependent\tChair',
        'Co-opted Members (non-voting)',
        'Name\tRepresenting',
        row,
      ]),
    );

  it('splits it where only one place gives a name and then a body', () => {
    expect(coopted('Mr Ian Rusholme Independent Person')).toEqual(['Mr Ian Rusholme|Independent Person']);
    expect(coopted('Mrs Gwen Tallis Diocese of Clifton')).toEqual(['Mrs Gwen Tallis|Diocese of Clifton']);
  });

  it('keeps it whole, body blank, where the body could start at two places', () => {
    expect(coopted('Mr Keith Dunmore Kelmscott Healthwatch')).toEqual(['Mr Keith Dunmore Kelmscott Healthwatch|']);
  });
});

describe('groups named in the rows themselves', () => {
  it('reads a group cell followed by its people, with no header row', () => {
    const m = membership([
      'Membership',
      'Labour\tCouncillor Ann Lee (Chair), Councillor Tom Ince',
      'Conservative\tCouncillor Jo Pike (Vice-Chair)',
    ]);
    expect(people(m)).toEqual(['Ann Lee|Labour|chair', 'Tom Ince|Labour|member', 'Jo Pike|Conservative|vice-chair']);
  });

  it('reads columns whose heading shares a cell with the first name ("Labour Group: Cllr A")', () => {
    const m = membership([
      'Membership',
      'Labour Group: Councillor Ann Lee (Chair)\tConservative Group: Councillor Jo Pike (Vice-Chair)',
      'Councillor Tom Ince\tCouncillor Bo Dell',
    ]);
    expect(people(m)).toEqual([
      'Ann Lee|Labour Group|chair',
      'Tom Ince|Labour Group|member',
      'Jo Pike|Conservative Group|vice-chair',
      'Bo Dell|Conservative Group|member',
    ]);
  });
});
