// The name check on the published minutes of 19 September 2016 (their own text), on the sample
// committee's distinct people, and on misspellings it has never seen.
import { describe, expect, it } from 'vitest';
import { runChecks } from '$shared/checks';
import type { Committee, Inline, Meeting, Person } from '$shared/domain';
import { sampleCommittee } from '../helpers/agenda-2016-11-21';
import { testMeeting } from '../helpers/meetings';
import { publishedMinutesAsMeeting } from '../fixtures/checks/published-as-meeting';

const spelling = (m: Meeting, c: Committee) => runChecks(m, c).filter((f) => f.kind === 'name-spelling');

/** Each finding's words name both spellings; true when some finding names both. */
function pairFound(words: string[], a: string, b: string): boolean {
  return words.some((w) => w.includes(`“${a}”`) && w.includes(`“${b}”`));
}

const PAIRS: [string, string][] = [
  ['Centrepont', 'Centrepoint'],
  ['Elaine Chumney', 'Elaine Chumnerly'],
  ["Alan D'Ath", "Alan De'Ath"],
  ["Phillippa O'Driscoll", "Philippa O'Driscoll"],
  ['Rachael Wright-turner', 'Rachael Wright-Turner'],
  ["Children's Service", "Children's Services"],
  ["CHILDREN'S SERVICES", "Children's Services"],
];

describe('the name check on the published minutes', () => {
  const committee = sampleCommittee();
  const meeting = publishedMinutesAsMeeting(committee.id);

  it('finds every pair spelled two ways, against the roster as it is', () => {
    const words = spelling(meeting, committee).map((f) => f.words);
    for (const [a, b] of PAIRS) expect(pairFound(words, a, b), `${a} / ${b}`).toBe(true);
  });

  it('finds them by the rule, not from the spellings the roster already records', () => {
    const bare = { ...committee, people: committee.people.map((p) => ({ ...p, aliases: [] })) };
    const words = spelling(meeting, bare).map((f) => f.words);
    for (const [a, b] of PAIRS) expect(pairFound(words, a, b), `${a} / ${b}`).toBe(true);
  });

  it('flags nothing else: no pair of the committee’s distinct people, no other name', () => {
    const found = spelling(meeting, committee);
    expect(found).toHaveLength(6);
    const names = committee.people.map((p) => p.name);
    for (const f of found) {
      const named = names.filter((n) => f.words.includes(`“${n}”`));
      expect(named.length, f.words).toBeLessThanOrEqual(1);
    }
  });

  it('takes none of the sample committee’s people for another, all of them at the meeting', () => {
    const all = {
      ...meeting,
      notes: [],
      actions: [],
      resolutions: [],
      attendance: committee.people.map((p) => ({
        personId: p.id,
        capacity: 'also-present' as const,
        status: 'present' as const,
        lateApologies: false,
      })),
    };
    expect(spelling(all, committee)).toEqual([]);
    const bare = { ...committee, people: committee.people.map((p) => ({ ...p, aliases: [] })) };
    expect(spelling(all, bare)).toEqual([]);
  });

  it('finds one person entered twice in the roster, spelled two ways', () => {
    const twice = {
      ...committee,
      people: [
        ...committee.people,
        { ...committee.people.find((p) => p.name === "Alan De'Ath")!, id: 'dup', name: "Alan D'Ath" },
      ],
    };
    const m = {
      ...meeting,
      attendance: [{ personId: 'dup', capacity: 'member' as const, status: 'present' as const, lateApologies: false }],
    };
    expect(spelling(m, twice).map((f) => f.words)).toContain(
      "The roster has both “Alan De'Ath” and “Alan D'Ath”: if they are one person spelled two ways, keep one entry in the committee's people.",
    );
  });

  it('offers a plain-text roster name as a reference to that person', () => {
    const offers = runChecks(meeting, committee).filter((f) => f.kind === 'name-reference');
    const fiona = committee.people.find((p) => p.name === 'Fiona Phelps')!;
    const offer = offers.find((f) => f.personId === fiona.id);
    expect(offer?.place.paragraphId).toBeDefined();
    expect(meeting.notes.find((p) => p.id === offer!.place.paragraphId)?.content[0]).toMatchObject({
      text: expect.stringContaining('Fiona Phelps'),
    });
  });
});

// A small committee of its own, to try spellings the reference minutes do not have.
function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, kind: 'officer', name, title: '', organisation: '', group: '', aliases: [], ...extra };
}

function meetingSaying(committee: Committee, paragraphs: (string | Inline[])[], owners: string[][] = []): Meeting {
  const m = testMeeting(committee.id);
  const itemId = m.agenda.find((i) => i.kind === 'report')?.id ?? m.agenda[0]!.id;
  const notes = paragraphs.map((p, i) => ({
    id: `p${i}`,
    itemId,
    content: typeof p === 'string' ? [{ t: 'text' as const, text: p }] : p,
  }));
  const actions = owners.map((o, i) => ({
    id: `a${i}`,
    itemId,
    paragraphId: 'p0',
    owners: o,
    description: '',
    due: '',
    status: 'open' as const,
  }));
  return { ...m, notes, actions };
}

describe('the name check on misspellings it has never seen', () => {
  const base: Committee = {
    ...sampleCommittee(),
    people: [
      person('gw', 'Gwendolyn Abernethy'),
      person('tk', 'Thomas Kowalczyk'),
      person('js', 'Jane Smith'),
      person('ps', 'Peter Smith'),
      person('jo', 'John Okafor'),
      person('jn', 'Joan Okafor'),
      person('mj', 'Matthew Jenkins', { knownAs: 'Matt' } as Partial<Person>),
    ],
    actionOwners: ['Adult Social Care', 'Environmental Health'],
  };

  it.each([
    ['Gwendolyn Abernathy', 'Gwendolyn Abernethy'],
    ['Gwendolen Abernethy', 'Gwendolyn Abernethy'],
    ['Thomas Kowalcyzk', 'Thomas Kowalczyk'],
    ['Tomas Kowalczyk', 'Thomas Kowalczyk'],
    ['THOMAS KOWALCZYK', 'Thomas Kowalczyk'],
  ])('“%s” in the notes is probably %s', (written, meant) => {
    const words = spelling(meetingSaying(base, [`${written} explained the figures.`]), base).map((f) => f.words);
    expect(pairFound(words, written, meant)).toBe(true);
  });

  it('finds a misspelt surname after a title', () => {
    const words = spelling(meetingSaying(base, ['Councillor Abernathy asked a question.']), base).map((f) => f.words);
    expect(pairFound(words, 'Abernathy', 'Gwendolyn Abernethy')).toBe(true);
  });

  it('finds owners spelled another way, and owners spelled two ways among themselves', () => {
    const m = meetingSaying(base, ['Officers would report back.'], [['Adult Social Cares'], ['Enviromental Health']]);
    const words = spelling(m, base).map((f) => f.words);
    expect(pairFound(words, 'Adult Social Cares', 'Adult Social Care')).toBe(true);
    expect(pairFound(words, 'Enviromental Health', 'Environmental Health')).toBe(true);
    const loose = meetingSaying(base, ['Noted.'], [['Parks Department'], ['Parks Departmnet']]);
    expect(
      pairFound(
        spelling(loose, base).map((f) => f.words),
        'Parks Departmnet',
        'Parks Department',
      ),
    ).toBe(true);
  });

  it('finds a name spelled two ways in the text when neither is on the roster', () => {
    const m = meetingSaying(base, ['Ms Harriet Pemberton-Lowe spoke.', 'Harriet Pemberton-Low then answered.']);
    expect(
      pairFound(
        spelling(m, base).map((f) => f.words),
        'Harriet Pemberton-Low',
        'Harriet Pemberton-Lowe',
      ),
    ).toBe(true);
  });

  it('leaves distinct people with similar names alone: a shared surname, a parent and child', () => {
    const m = meetingSaying(base, [
      'Jane Smith and Peter Smith presented the report.',
      'John Okafor thanked Joan Okafor for her work.',
      'Councillor Smith asked a question.',
    ]);
    expect(spelling(m, base)).toEqual([]);
  });

  it('takes a "known as" name for the same person, not a finding', () => {
    const m = meetingSaying(base, ['Matt Jenkins asked about the plans.', 'Matthew Jenkins asked again.']);
    expect(spelling(m, base)).toEqual([]);
  });

  it('offers a reference only where the paragraph does not already reference that person', () => {
    const m = meetingSaying(base, [
      [
        { t: 'person', personId: 'tk' },
        { t: 'text', text: ' explained, and Thomas Kowalczyk added more.' },
      ],
      'Thomas Kowalczyk agreed.',
    ]);
    const offers = runChecks(m, base).filter((f) => f.kind === 'name-reference');
    expect(offers.map((f) => [f.place.paragraphId, f.personId])).toEqual([['p1', 'tk']]);
  });
});
