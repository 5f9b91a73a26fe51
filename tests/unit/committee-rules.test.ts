// The rules of a committee's setup, its planning and the agenda import, called directly: pure
// functions of the state and the parsed input, no store. Each refusal is a CommandError with
// the code, words and field the API answers (committee-setup-rules.test.ts checks the channels).
import { describe, expect, it } from 'vitest';
import { CommandError } from '$shared/commands/define';
import {
  addSeat,
  changeSettings,
  committeeAfter,
  dayBefore,
  endSeat,
  meetingsNaming,
  newCommittee,
  refuseDeleteWithMeetings,
  refuseNamesake,
  refuseSecondHolder,
  removePerson,
  savePerson,
  span,
} from '$shared/committee';
import { acceptAgenda, type AcceptedAgenda } from '$shared/agenda-import/accept';
import {
  linkToAgenda,
  newProgrammeItem,
  nextMeeting,
  refuseNextMeeting,
  refuseStaleEdit,
  emptyWorkProgramme,
} from '$shared/planning';
import { newMeeting, type Committee, type Meeting, type Membership, type Person } from '$shared/domain';

const AT = new Date('2017-06-01T09:00:00Z');

/** The refusal `fn` throws, as the API would answer it. */
function refusal(fn: () => unknown): { code: string; message: string; field?: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CommandError);
    const e = err as CommandError;
    return e.field === undefined
      ? { code: e.code, message: e.message }
      : { code: e.code, message: e.message, field: e.field };
  }
  throw new Error('expected a refusal');
}

const person = (id: string, name: string, fields: Partial<Person> = {}): Person => ({
  id,
  kind: 'councillor',
  name,
  title: '',
  organisation: '',
  group: '',
  aliases: [],
  ...fields,
});
const seat = (id: string, personId: string, fields: Partial<Membership> = {}): Membership => ({
  id,
  personId,
  role: 'member',
  ...fields,
});

function committee(people: Person[] = [], memberships: Membership[] = []): Committee {
  return { ...newCommittee({ authority: 'Test Borough', name: 'Scrutiny' }), people, memberships };
}

const ann = person('ann', 'Ann Smith', { group: 'Labour' });
const bob = person('bob', 'Bob Jones', { group: 'Conservative' });

describe('a new committee', () => {
  it('starts blank, at 7pm, with the standard items, and parses', () => {
    const c = newCommittee({ authority: 'Test Borough', name: 'Scrutiny' });
    expect(c).toMatchObject({
      shortName: '',
      defaultVenue: '',
      defaultStartTime: '19:00',
      revision: 0,
      people: [],
      memberships: [],
    });
    expect(c.agendaContact).toEqual({ name: '', title: '', team: '', phone: '', email: '' });
    expect(c.standardItems.map((i) => i.kind)).toContain('minutes');
    expect(newCommittee({ authority: 'A', name: 'B', defaultStartTime: '18:30' }).defaultStartTime).toBe('18:30');
  });

  it('changes the settings named and keeps the others', () => {
    const c = changeSettings(committee(), { ordinalDates: true });
    expect(c.settings).toMatchObject({ ordinalDates: true, reportDeadlineDays: 14 });
  });

  it('refuses a change that would leave it invalid in words naming the field, never as an internal error', () => {
    const c = committee();
    const broken = { ...c, defaultStartTime: '7pm' } as Committee;
    const r = refusal(() => committeeAfter(c, broken));
    expect(r.code).toBe('INVALID_INPUT');
    expect(r.message).toMatch(/^The committee would not be valid: defaultStartTime: /);
    expect(r.field).toBe('defaultStartTime');
  });

  it('is deleted with its meetings only when that was confirmed', () => {
    expect(refusal(() => refuseDeleteWithMeetings(2, false))).toEqual({
      code: 'IN_USE',
      message:
        'This committee has 2 meeting(s); confirm deleting them too (a copy of each is kept in the backups folder)',
    });
    expect(() => refuseDeleteWithMeetings(2, true)).not.toThrow();
    expect(() => refuseDeleteWithMeetings(0, false)).not.toThrow();
  });
});

describe('people', () => {
  it('refuses a namesake of the same kind at person.name, naming the one already there', () => {
    const c = committee([ann]);
    expect(refusal(() => refuseNamesake(c, person('new', ' ann  SMITH ')))).toEqual({
      code: 'DUPLICATE',
      message:
        'Ann Smith (Labour) is already on this committee as a councillor; edit that entry rather than adding them again',
      field: 'person.name',
    });
  });

  it('takes a namesake of another kind, and leaves namesakes stored before the rule editable', () => {
    expect(() => refuseNamesake(committee([ann]), person('new', 'Ann Smith', { kind: 'officer' }))).not.toThrow();
    const legacy = committee([ann, person('ann2', 'Ann Smith')]);
    expect(() => refuseNamesake(legacy, person('ann2', 'Ann Smith', { group: 'Green' }))).not.toThrow();
    expect(refusal(() => refuseNamesake(committee([ann, bob]), person('bob', 'Ann Smith'))).code).toBe('DUPLICATE');
  });

  it('saves a new person with an id and a seat, then edits their latest seat in place', () => {
    const { committee: c, person: saved } = savePerson(
      committee(),
      { kind: 'councillor', name: 'Ann Smith', title: '', organisation: '', group: '', aliases: [] },
      { role: 'member', from: '2016-05-01' },
    );
    expect(saved.id).toBeTruthy();
    expect(c.people).toEqual([saved]);
    expect(c.memberships).toEqual([{ id: expect.any(String), personId: saved.id, role: 'member', from: '2016-05-01' }]);
    const again = savePerson(c, saved, { role: 'chair', from: '2016-05-01' }).committee;
    expect(again.memberships).toEqual([{ ...c.memberships[0], role: 'chair' }]);
    expect(savePerson(again, saved, undefined).committee.memberships).toEqual(again.memberships);
    expect(savePerson(again, saved, null).committee.memberships).toEqual([]);
  });

  it('refuses a namesake when saving, and changes nothing', () => {
    const c = committee([ann]);
    expect(refusal(() => savePerson(c, { ...bob, id: undefined, name: 'Ann Smith' }, undefined)).field).toBe(
      'person.name',
    );
    expect(c.people).toEqual([ann]);
  });

  it('counts the meetings naming a person, and keeps them on the roster while any does', () => {
    const m = meeting('2016-06-13');
    const named: Meeting = {
      ...m,
      attendance: [{ personId: 'ann', capacity: 'member', status: 'present', lateApologies: false }],
    };
    expect(meetingsNaming([m, named], 'ann')).toBe(1);
    expect(meetingsNaming([m, named], 'bob')).toBe(0);
    const c = committee([ann, bob], [seat('s1', 'ann'), seat('s2', 'bob')]);
    expect(refusal(() => removePerson(c, 'ann', [named]))).toEqual({
      code: 'IN_USE',
      message:
        'Ann Smith is named in 1 meeting(s), so they stay on the roster to keep those minutes correct; end their membership instead',
    });
    const after = removePerson(c, 'bob', [named]);
    expect(after.people).toEqual([ann]);
    expect(after.memberships.map((s) => s.id)).toEqual(['s1']);
    expect(refusal(() => removePerson(c, 'nobody', [])).code).toBe('NOT_FOUND');
  });
});

describe('dated seats', () => {
  it('says the day before, across months, leap years and years', () => {
    expect(dayBefore('2017-05-20')).toBe('2017-05-19');
    expect(dayBefore('2016-03-01')).toBe('2016-02-29');
    expect(dayBefore('2017-01-01')).toBe('2016-12-31');
  });

  it('says a span in house style', () => {
    expect(span({ from: '2016-05-01' })).toBe('since 1 May 2016');
    expect(span({ from: '2016-05-01', to: '2017-05-19' })).toBe('from 1 May 2016 to 19 May 2017');
    expect(span({ to: '2017-05-19' })).toBe('until 19 May 2017');
    expect(span({})).toBe('with no dates');
  });

  it('ends an earlier open seat the day before a new one (a role change)', () => {
    const c = addSeat(committee([ann], [seat('s1', 'ann', { from: '2016-05-01' })]), {
      personId: 'ann',
      role: 'chair',
      from: '2017-05-20',
    });
    expect(c.memberships).toEqual([
      { id: 's1', personId: 'ann', role: 'member', from: '2016-05-01', to: '2017-05-19' },
      { id: expect.any(String), personId: 'ann', role: 'chair', from: '2017-05-20' },
    ]);
  });

  it('refuses a seat overlapping one that is closed or starts later, at from', () => {
    const closed = committee([ann], [seat('s1', 'ann', { from: '2016-05-01', to: '2017-05-19' })]);
    expect(refusal(() => addSeat(closed, { personId: 'ann', role: 'member', from: '2017-01-01' }))).toEqual({
      code: 'OVERLAP',
      message: 'Ann Smith already holds a seat from 1 May 2016 to 19 May 2017; end or change that one first',
      field: 'from',
    });
    const later = committee([ann], [seat('s1', 'ann', { from: '2018-05-01' })]);
    expect(refusal(() => addSeat(later, { personId: 'ann', role: 'member', from: '2017-05-01' })).code).toBe('OVERLAP');
    expect(addSeat(closed, { personId: 'ann', role: 'member', from: '2017-05-20' }).memberships).toHaveLength(2);
  });

  it('refuses a seat for someone not on the committee', () => {
    expect(refusal(() => addSeat(committee(), { personId: 'ghost', role: 'member', from: '2017-05-20' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no person with id ghost on this committee',
      field: 'personId',
    });
  });

  it('ends a seat on its last day, never before it starts', () => {
    const c = committee([ann], [seat('s1', 'ann', { from: '2016-05-01' })]);
    expect(endSeat(c, { membershipId: 's1', to: '2017-05-19' }).memberships[0]).toMatchObject({ to: '2017-05-19' });
    expect(endSeat(c, { membershipId: 's1', to: '2016-05-01' }).memberships[0]).toMatchObject({ to: '2016-05-01' });
    expect(refusal(() => endSeat(c, { membershipId: 's1', to: '2016-04-30' }))).toEqual({
      code: 'BAD_DATE',
      message: 'A seat cannot end (30 April 2016) before it starts (1 May 2016)',
      field: 'to',
    });
    expect(refusal(() => endSeat(c, { membershipId: 'nope', to: '2017-01-01' })).field).toBe('membershipId');
  });
});

describe('one Chair and one Vice-Chair on any date', () => {
  const chaired = committee(
    [ann, bob],
    [seat('s1', 'ann', { role: 'chair', from: '2016-05-01' }), seat('s2', 'bob', { from: '2016-05-01' })],
  );

  it('refuses a second Chair on an overlapping date, naming the one who holds it, at the channel field', () => {
    const after = addSeat(chaired, { personId: 'bob', role: 'chair', from: '2017-01-01' });
    expect(refusal(() => refuseSecondHolder(chaired, after))).toEqual({
      code: 'OVERLAP',
      message: 'Ann Smith is Chair since 1 May 2016; end that seat first',
      field: 'role',
    });
    expect(refusal(() => refuseSecondHolder(chaired, after, { role: 'membership.role' })).field).toBe(
      'membership.role',
    );
    expect(refusal(() => committeeAfter(chaired, after)).code).toBe('OVERLAP');
  });

  it('takes a Chair after the last one ended, and a Vice-Chair beside a Chair', () => {
    const ended = endSeat(chaired, { membershipId: 's1', to: '2016-12-31' });
    expect(() =>
      refuseSecondHolder(ended, addSeat(ended, { personId: 'bob', role: 'chair', from: '2017-01-01' })),
    ).not.toThrow();
    expect(() =>
      refuseSecondHolder(chaired, addSeat(chaired, { personId: 'bob', role: 'vice-chair', from: '2017-01-01' })),
    ).not.toThrow();
  });

  it('leaves two Chairs stored before the rule editable', () => {
    const legacy = committee([ann, bob], [seat('s1', 'ann', { role: 'chair' }), seat('s2', 'bob', { role: 'chair' })]);
    expect(() => refuseSecondHolder(legacy, { ...legacy, name: 'Renamed' })).not.toThrow();
  });

  it('answers the committee parsed, one revision up', () => {
    expect(committeeAfter(chaired, { ...chaired, name: 'Renamed' })).toMatchObject({
      name: 'Renamed',
      revision: chaired.revision + 1,
    });
  });
});

function meeting(date: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    ...newMeeting({ committeeId: 'c1', date, startTime: '19:00', venue: 'Room 1', agenda: [], at: AT }),
    ...fields,
  };
}

describe('planning', () => {
  it('refuses an edit based on an older revision', () => {
    expect(refusal(() => refuseStaleEdit('action log', 3, 2))).toEqual({
      code: 'CONFLICT',
      message: 'The action log has changed since (revision 3, your edit was based on 2); reload it',
    });
    expect(() => refuseStaleEdit('action log', 3, 3)).not.toThrow();
    expect(() => refuseStaleEdit('action log', 3, undefined)).not.toThrow();
  });

  it('refuses a next meeting on or before this one, at date', () => {
    const previous = meeting('2016-11-21');
    expect(refusal(() => refuseNextMeeting(previous, '2016-11-21', [previous]))).toEqual({
      code: 'INVALID',
      message: 'The next meeting must be after this one (Monday 21 November 2016)',
      field: 'date',
    });
    expect(() => refuseNextMeeting(previous, '2017-01-16', [previous])).not.toThrow();
  });

  it('prepares the next meeting as the last one, confirming its minutes, with the planned reports', () => {
    const previous = meeting('2016-11-21', { startTime: '18:30', venue: 'Room 2' });
    const c = { ...committee(), id: 'c1' };
    const planned = newProgrammeItem({ title: 'Budget', meetingDate: '2017-01-16' });
    const { meeting: next, fromWorkProgramme } = nextMeeting(previous, c, [planned], { date: '2017-01-16' }, AT);
    expect(next).toMatchObject({
      date: '2017-01-16',
      startTime: '18:30',
      venue: 'Room 2',
      previousMeetingId: previous.id,
      previousMeetingDate: '2016-11-21',
    });
    expect(next.agenda.find((i) => i.id === fromWorkProgramme.get(planned.id))).toMatchObject({
      title: 'Budget',
      kind: 'report',
    });
    expect(
      nextMeeting(previous, { ...c, defaultVenue: 'Town Hall' }, [], { date: '2017-01-16', startTime: '19:00' }, AT)
        .meeting,
    ).toMatchObject({ startTime: '19:00', venue: 'Town Hall' });
  });

  it('makes a programme item with blanks, and marks items put on an agenda', () => {
    const item = newProgrammeItem({ title: 'Budget' });
    expect(item).toEqual({ id: expect.any(String), title: 'Budget', summary: '', reportAuthor: '' });
    const f = { ...emptyWorkProgramme('c1'), items: [item, newProgrammeItem({ title: 'Other' })] };
    const linked = linkToAgenda(f, 'm2', new Map([[item.id, 'a1']]));
    expect(linked.revision).toBe(f.revision + 1);
    expect(linked.items[0]!.agendaItem).toEqual({ meetingId: 'm2', itemId: 'a1' });
    expect(linked.items[1]!.agendaItem).toBeUndefined();
  });
});

describe('accepting an imported agenda', () => {
  const item = { number: '1', title: 'Minutes', summary: '', kind: 'minutes' as const, reportAuthor: '' };
  const base: AcceptedAgenda = {
    date: '2017-01-16',
    startTime: '19:00',
    venue: ' Room 1 ',
    items: [item],
    membership: [],
  };
  const existing = { ...committee(), id: 'c1' };
  const here = (meetings: Meeting[] = []) => ({
    committee: (id: string) => {
      if (id !== 'c1') throw new Error('no such committee');
      return existing;
    },
    meetings,
  });

  it('refuses an untitled item at its title', () => {
    const input = { ...base, committeeId: 'c1', items: [item, { ...item, number: '2', title: '  ' }] };
    expect(refusal(() => acceptAgenda(input, here(), AT))).toEqual({
      code: 'INVALID_INPUT',
      message: 'an item needs a title',
      field: 'items.1.title',
    });
  });

  it('makes a new committee with the agenda members, refusing a blank name or an unnamed member', () => {
    const newCommitteeFields = { authority: 'Test Borough', name: ' Schools ', shortName: '' };
    const membership = [
      { name: 'Ann Smith', kind: 'councillor' as const, group: 'Labour', role: 'chair' as const, body: '' },
      { name: 'Dan Brown', kind: 'co-optee' as const, group: 'x', role: 'member' as const, body: 'Parent Governor' },
    ];
    const {
      committee: c,
      meeting: m,
      addedCommittee,
    } = acceptAgenda({ ...base, newCommittee: newCommitteeFields, membership }, here(), AT);
    expect(addedCommittee).toBe(true);
    expect(c).toMatchObject({ name: 'Schools', defaultVenue: 'Room 1', defaultStartTime: '19:00', groups: ['Labour'] });
    expect(c.people.map((p) => [p.name, p.group, p.title])).toEqual([
      ['Ann Smith', 'Labour', ''],
      ['Dan Brown', '', 'Parent Governor'],
    ]);
    expect(c.memberships.map((s) => s.role)).toEqual(['chair', 'member']);
    expect(m).toMatchObject({ committeeId: c.id, venue: 'Room 1' });
    expect(m.previousMeetingDate).toBeUndefined();
    expect(
      refusal(() => acceptAgenda({ ...base, newCommittee: { ...newCommitteeFields, name: ' ' } }, here(), AT)).field,
    ).toBe('newCommittee.name');
    expect(
      refusal(() =>
        acceptAgenda(
          { ...base, newCommittee: newCommitteeFields, membership: [{ ...membership[0]!, name: ' ' }] },
          here(),
          AT,
        ),
      ).field,
    ).toBe('membership.0.name');
  });

  it('refuses a second meeting on a date unless confirmed, and follows the last meeting before', () => {
    const same = meeting('2017-01-16', { agenda: [] });
    const earlier = meeting('2016-11-21');
    const input = { ...base, committeeId: 'c1' };
    expect(refusal(() => acceptAgenda(input, here([same, earlier]), AT))).toEqual({
      code: 'SAME_DATE',
      message:
        'Scrutiny already has a meeting on Monday 16 January 2017 (7.00 pm, Room 1, 0 items); open that meeting, or confirm that this is another meeting on the same date',
      field: 'date',
    });
    const { meeting: m, addedCommittee } = acceptAgenda({ ...input, allowSameDate: true }, here([same, earlier]), AT);
    expect(addedCommittee).toBe(false);
    expect(m.previousMeetingDate).toBe('2016-11-21');
  });

  it("names the meeting's own contact only when it differs from the committee's", () => {
    const contact = { name: 'Jo Clerk', title: '', team: '', phone: '', email: '' };
    expect(acceptAgenda({ ...base, committeeId: 'c1', contact }, here(), AT).meeting.agendaContact).toEqual(contact);
    expect(
      acceptAgenda({ ...base, committeeId: 'c1', contact: { ...contact, name: '' } }, here(), AT).meeting.agendaContact,
    ).toBeUndefined();
  });
});
