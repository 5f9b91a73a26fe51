// The live console's pure helpers: its keyboard scheme, finding people and owners, the attendance list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, type Attendance, type Committee } from '$shared/domain';
import { matchShortcut, SHORTCUTS, describeCombo, type KeyLike } from '../../renderer/src/lib/live-shortcuts';
import { sameOwner, searchOwners, searchPeople } from '../../renderer/src/lib/live-people';
import { attendanceGroups, rowLabel, substituteCandidates } from '../../renderer/src/lib/live-attendance';

const key = (code: string, mods: Partial<KeyLike> = {}, typed = ''): KeyLike => ({
  code,
  key: typed || code.replace(/^Key/, '').toLowerCase(),
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

function sampleCommittee(): Committee {
  const file = loadCommitteesFile(JSON.parse(readFileSync('resources/sample/committees.json', 'utf8')));
  if (!file.ok) throw new Error('sample committee unreadable');
  return file.value.committees[0]!;
}
const committee = sampleCommittee();
const id = (name: string) => committee.people.find((p) => p.name === name)!.id;

describe('the keyboard scheme', () => {
  it('maps Alt+letters to the console’s actions, while typing too', () => {
    expect(matchShortcut(key('KeyN', { altKey: true }), true)).toBe('next-item');
    expect(matchShortcut(key('KeyA', { altKey: true }), true)).toBe('add-action');
    expect(matchShortcut(key('KeyS', { altKey: true }), false)).toBe('start-meeting');
    expect(matchShortcut(key('KeyS', { altKey: true, shiftKey: true }), false)).toBe('end-meeting');
    expect(matchShortcut(key('KeyZ', { ctrlKey: true }), true)).toBe('undo');
    expect(matchShortcut(key('KeyZ', { ctrlKey: true, shiftKey: true }), true)).toBe('redo');
    expect(matchShortcut(key('KeyY', { metaKey: true }), true)).toBe('redo');
  });

  it('leaves plain typing alone, and "?" opens the sheet only outside text fields', () => {
    expect(matchShortcut(key('KeyN'), true)).toBeNull();
    expect(matchShortcut(key('KeyN'), false)).toBeNull();
    expect(matchShortcut(key('Slash', { shiftKey: true }, '?'), false)).toBe('shortcut-sheet');
    expect(matchShortcut(key('Slash', { shiftKey: true }, '?'), true)).toBeNull();
    expect(matchShortcut(key('KeyN', { ctrlKey: true }), true)).toBeNull(); // the browser's own
  });

  it('gives every action its own keys, clear of the menus’ and the browser’s Alt keys', () => {
    const all = SHORTCUTS.flatMap((s) => s.combos.map(describeCombo));
    expect(new Set(all).size).toBe(all.length);
    for (const reserved of ['Alt+D', 'Alt+E', 'Alt+F', 'Alt+H', 'Alt+V', 'Alt+W']) expect(all).not.toContain(reserved);
  });
});

describe('finding people after "@"', () => {
  const attendance: Attendance[] = [
    { personId: id('Fiona Phelps'), capacity: 'officer', status: 'present', lateApologies: false },
  ];

  it('offers those present first, then the committee’s members, then the rest of the roster', () => {
    const names = searchPeople(committee, attendance, '2016-09-19', '').map((m) => m.person.name);
    expect(names[0]).toBe('Fiona Phelps');
    expect(names[1]).toBe('Caroline Needham'); // a member, not present
    // "a": Fiona Phelps (present, "a" inside her name) before Alan De'Ath (a member, a word starting with "a"),
    // before Andy Sutton (on the roster only).
    const matches = searchPeople(committee, attendance, '2016-09-19', 'a', 50).map((m) => m.person.name);
    expect(matches[0]).toBe('Fiona Phelps');
    expect(matches[1]).toBe("Alan De'Ath");
    expect(matches.indexOf('Andy Sutton')).toBeGreaterThan(matches.indexOf('Vic Daniels'));
  });

  it('matches the start of any word of a name, and other spellings', () => {
    expect(searchPeople(committee, attendance, '2016-09-19', 'turner').map((m) => m.person.name)).toEqual([
      'Rachael Wright-Turner',
    ]);
    expect(searchPeople(committee, attendance, '2016-09-19', 'Chumney').map((m) => m.person.name)).toEqual([
      'Elaine Chumnerly',
    ]);
    expect(searchPeople(committee, attendance, '2016-09-19', 'zzz')).toEqual([]);
  });
});

describe('remembered action owners', () => {
  const owners = ["Children's Services", 'HWB', 'CEPAC'];
  it('are found by the start of a word, without the ones already chosen', () => {
    expect(searchOwners(owners, 'serv', [])).toEqual(["Children's Services"]);
    expect(searchOwners(owners, '', ['HWB'])).toEqual(["Children's Services", 'CEPAC']);
  });
  it('are the same owner whatever the case or apostrophe', () => {
    expect(sameOwner(owners, 'children’s services')).toBe("Children's Services");
    expect(sameOwner(owners, 'Schools')).toBeUndefined();
  });
});

describe('the attendance list', () => {
  it('lists the members and co-optees on the day, Chair and Vice-Chair first, then others by capacity', () => {
    const groups = attendanceGroups(committee, '2016-09-19', [
      { personId: id('Fiona Phelps'), capacity: 'officer', status: 'present', lateApologies: false },
      { personId: id('Elaine Chumnerly'), capacity: 'member', status: 'apologies', lateApologies: false },
    ]);
    expect(groups.map((g) => g.key)).toEqual(['member', 'co-optee', 'officer']);
    expect(groups[0]!.rows.map(rowLabel)).toEqual([
      'Councillor Caroline Needham (Chair)',
      'Councillor Caroline Ffiske (Vice-Chair)',
      "Councillor Alan De'Ath",
      'Councillor Elaine Chumnerly',
      'Councillor Donald Johnson',
    ]);
    // Eleanor Allen and Matthew Jenkins join in November: not on the list in September.
    expect(groups[1]!.rows.map((r) => r.person?.name)).toEqual([
      'Nandini Ganesh',
      "Philippa O'Driscoll",
      'Nadia Taylor',
      'Vic Daniels',
    ]);
    expect(groups[0]!.rows.find((r) => r.person?.name === 'Elaine Chumnerly')?.entry?.status).toBe('apologies');
    expect(groups[2]!.rows.map(rowLabel)).toEqual(['Fiona Phelps, Head of Special Educational Needs']);
  });

  it('lists a seat held by someone not a councillor as co-opted (Matthew Jenkins, of the public in September, seated in November)', () => {
    const groups = attendanceGroups(committee, '2016-11-21', []);
    const jenkins = groups
      .flatMap((g) => g.rows.map((r) => ({ group: g.key, r })))
      .find((x) => x.r.person?.name === 'Matthew Jenkins');
    expect(jenkins?.group).toBe('co-optee');
    expect(groups.find((g) => g.key === 'member')!.rows.every((r) => r.person?.kind === 'councillor')).toBe(true);
  });

  it('offers as substitutes the roster’s councillors without a seat', () => {
    expect(substituteCandidates(committee, '2016-09-19').map((p) => p.name)).toEqual(['Sue Macmillan', 'Marcus Ginn']);
  });
});
