// The checks before sign-off other than names: each finds its problem, says it in words and
// points at its place, and stays quiet when the minutes are right.
import { describe, expect, it } from 'vitest';
import { runChecks, type FindingKind } from '$shared/checks';
import type { Committee, Meeting, Person } from '$shared/domain';
import { exclusionResolutionId, exclusionWording } from '$shared/rules/templates';
import { testCommittee, testMeeting } from '../helpers/meetings';

const person = (id: string, name: string, kind: Person['kind'] = 'councillor'): Person => ({
  id,
  kind,
  name,
  title: '',
  organisation: '',
  group: '',
  aliases: [],
});

const committee: Committee = testCommittee({
  people: [person('ann', 'Ann Ashby'), person('bob', 'Robert Brown'), person('cat', 'Catherine Cole', 'officer')],
  actionOwners: ['Housing', 'Finance'],
});

function base(): Meeting {
  const m = testMeeting(committee.id);
  const report = {
    id: 'item-r',
    number: '9',
    title: 'HOUSING REPORT',
    summary: '',
    reportAuthor: '',
    kind: 'report' as const,
  };
  return {
    ...m,
    agenda: [...m.agenda, report],
    attendance: [
      { personId: 'ann', capacity: 'member', status: 'present', lateApologies: false },
      { personId: 'bob', capacity: 'member', status: 'present', lateApologies: false },
    ],
    notes: [{ id: 'p1', itemId: report.id, content: [{ t: 'text', text: 'The committee discussed the report.' }] }],
    resolutions: [{ id: 'r1', itemId: report.id, clauses: ['That the report be noted'] }],
  };
}

const reportId = (m: Meeting) => m.agenda.find((i) => i.kind === 'report')!.id;
const of = (m: Meeting, kind: FindingKind) => runChecks(m, committee).filter((f) => f.kind === kind);

describe('actions', () => {
  it('finds an action with no owner, and an owner the committee does not know', () => {
    const m = base();
    const action = { itemId: reportId(m), paragraphId: 'p1', description: '', due: '', status: 'open' as const };
    m.actions = [
      { ...action, id: 'a1', owners: [] },
      { ...action, id: 'a2', owners: ['Housing', 'Planning Policy'] },
      { ...action, id: 'a3', owners: ['Finance', 'Catherine Cole'] },
    ];
    const found = of(m, 'action-owner');
    expect(found.map((f) => f.place.actionId)).toEqual(['a1', 'a2']);
    expect(found[0]!.words).toMatch(/no owner/);
    expect(found[1]!.words).toContain('“Planning Policy” is not among');
  });
});

describe('report items and resolutions', () => {
  it('finds a report item with neither a resolution nor a note', () => {
    const m = { ...base(), notes: [], resolutions: [] };
    expect(of(m, 'report-empty').map((f) => f.place.itemId)).toEqual([reportId(m)]);
    expect(of(base(), 'report-empty')).toEqual([]);
  });

  it.each([
    ['Noted', /too short/],
    ['That the report be noted and', /ends on “and”/],
    ['that the report be noted', /capital/],
    ['That the report on housing (as amended be noted', /bracket/],
    ['That the housing allocations policy of the council', /no verb/],
  ])('“%s” is not a complete sentence', (clause, why) => {
    const m = base();
    m.resolutions = [{ id: 'r1', itemId: reportId(m), clauses: ['That the report be noted', clause] }];
    const [f] = of(m, 'resolution-sentence');
    expect(f?.words).toMatch(why);
    expect(f?.words).toMatch(/^Clause 2 of the resolution/);
    expect(f?.place.resolutionId).toBe('r1');
  });

  it('takes resolutions as clerks write them', () => {
    const m = base();
    m.resolutions = [
      {
        id: 'r1',
        itemId: reportId(m),
        clauses: [
          'That the outlined future direction for the continued improvement of the service, be noted;',
          'That officers report back in six months; and',
          'The minutes of the meeting held on 13th June 2016 be confirmed and signed as an accurate record.',
        ],
      },
    ];
    expect(of(m, 'resolution-sentence')).toEqual([]);
  });
});

describe('interests', () => {
  it('finds a member who withdrew and yet spoke or voted on the item', () => {
    const m = base();
    const itemId = reportId(m);
    m.declarations = [
      { id: 'd1', personId: 'ann', itemId, kind: 'other', nature: '', withdrew: true, dispensation: false },
    ];
    m.notes = [
      {
        id: 'p1',
        itemId,
        content: [
          { t: 'person', personId: 'ann' },
          { t: 'text', text: ' asked about the costs.' },
        ],
      },
    ];
    m.resolutions = [
      {
        id: 'r1',
        itemId,
        clauses: ['That the report be noted'],
        vote: { kind: 'named', for: ['ann', 'bob'], against: [], abstain: [] },
      },
    ];
    const found = of(m, 'interest');
    expect(found.map((f) => f.place.paragraphId ?? f.place.resolutionId)).toEqual(['p1', 'r1']);
    expect(found[0]!.words).toContain('Ann Ashby withdrew');
  });

  it('does not count a paragraph saying that they declared and withdrew', () => {
    const m = base();
    const itemId = reportId(m);
    m.declarations = [
      { id: 'd1', personId: 'ann', itemId, kind: 'other', nature: '', withdrew: true, dispensation: false },
    ];
    m.notes = [
      {
        id: 'p1',
        itemId,
        content: [
          { t: 'person', personId: 'ann' },
          { t: 'text', text: ' declared an interest and withdrew from the room.' },
        ],
      },
    ];
    expect(of(m, 'interest')).toEqual([]);
  });
});

describe('exempt items', () => {
  it('finds an exempt item without its exclusion resolution, or discussed before the public left', () => {
    const m = base();
    const itemId = reportId(m);
    m.agenda = m.agenda.map((i) =>
      i.id === itemId ? { ...i, exempt: { paragraph: '3', publicLeftAt: '19:40' }, startedAt: '19:30' } : i,
    );
    m.resolutions = [{ id: 'r1', itemId, clauses: ['That the report be noted'] }];
    const words = of(m, 'exempt').map((f) => f.words);
    expect(words.some((w) => /no resolution excluding the press and public under paragraph 3/.test(w))).toBe(true);
    expect(words.some((w) => /started at 7\.30 pm, but the press and public left only at 7\.40 pm/.test(w))).toBe(true);
  });

  it('finds an exclusion resolution that lost its paragraph or comes after another resolution', () => {
    const m = base();
    const itemId = reportId(m);
    m.agenda = m.agenda.map((i) => (i.id === itemId ? { ...i, exempt: { paragraph: '3' } } : i));
    m.resolutions = [
      { id: 'r1', itemId, clauses: ['That the report be noted'] },
      { id: exclusionResolutionId(itemId), itemId, clauses: ['That the press and public be excluded'] },
    ];
    const words = of(m, 'exempt').map((f) => f.words);
    expect(words.some((w) => /does not name its Schedule 12A paragraph \(3\)/.test(w))).toBe(true);
    expect(words.some((w) => /comes after another resolution/.test(w))).toBe(true);
    m.resolutions = [
      { id: exclusionResolutionId(itemId), itemId, clauses: [exclusionWording('3')] },
      { id: 'r1', itemId, clauses: ['That the report be noted'] },
    ];
    expect(of(m, 'exempt')).toEqual([]);
  });

  it('finds an item titled as confidential that is not marked exempt', () => {
    const m = base();
    m.agenda = m.agenda.map((i) => (i.id === reportId(m) ? { ...i, title: 'CONTRACT AWARD (EXEMPT)' } : i));
    expect(of(m, 'exempt')[0]?.words).toMatch(/not marked exempt/);
  });
});

describe('attendance', () => {
  it('finds someone who sent apologies recorded as speaking, but not when their apologies are mentioned', () => {
    const m = base();
    const itemId = reportId(m);
    m.attendance = m.attendance.map((a) => (a.personId === 'bob' ? { ...a, status: 'apologies' as const } : a));
    m.notes = [
      {
        id: 'p1',
        itemId,
        content: [
          { t: 'person', personId: 'bob' },
          { t: 'text', text: ' asked a question.' },
        ],
      },
      {
        id: 'p2',
        itemId,
        content: [
          { t: 'text', text: 'The Chair gave apologies on behalf of ' },
          { t: 'person', personId: 'bob' },
        ],
      },
    ];
    expect(of(m, 'apologies-speaking').map((f) => f.place.paragraphId)).toEqual(['p1']);
  });

  it('finds someone who left named in the vote of an item that started after, by item start times', () => {
    const m = base();
    const itemId = reportId(m);
    m.agenda = m.agenda.map((i) => (i.id === itemId ? { ...i, startedAt: '20:00' } : i));
    m.attendance = m.attendance.map((a) => (a.personId === 'bob' ? { ...a, leftAt: '19:50' } : a));
    m.resolutions = [
      {
        id: 'r1',
        itemId,
        clauses: ['That the report be noted'],
        vote: { kind: 'named', for: ['ann', 'bob'], against: [], abstain: [] },
      },
    ];
    const [f] = of(m, 'left-vote');
    expect(f?.words).toBe(
      'Robert Brown left at 7.50 pm, but is named in the vote of this item, which started at 8.00 pm.',
    );
    m.attendance = m.attendance.map((a) => (a.personId === 'bob' ? { ...a, leftAt: '20:10' } : a));
    expect(of(m, 'left-vote')).toEqual([]);
  });
});

describe('markers and unknown people', () => {
  it('lists the "[to be completed]" gaps with their place', () => {
    const m = { ...base(), attendance: [] };
    expect(of(m, 'marker').some((f) => /no attendance recorded/.test(f.words))).toBe(true);
  });

  it('says in words who is not on the roster, and every other check still runs', () => {
    const m = base();
    const itemId = reportId(m);
    m.attendance.push({ personId: 'ghost', capacity: 'member', status: 'apologies', lateApologies: false });
    m.notes = [
      {
        id: 'p1',
        itemId,
        content: [
          { t: 'person', personId: 'ghost' },
          { t: 'text', text: ' spoke at length.' },
        ],
      },
    ];
    const findings = runChecks(m, committee);
    expect(findings.find((f) => f.kind === 'unknown-person')?.words).toMatch(
      /^Person ghost is named \(attendance; paragraph p1\) but is not on the committee's roster/,
    );
    expect(findings.find((f) => f.kind === 'apologies-speaking')?.words).toContain('an unknown person (ghost)');
  });
});
