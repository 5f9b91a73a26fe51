// The agenda builder's rules: renumbering with sub-items, sub-items, moving an item with its
// sub-items, page ranges; the committee as it stood on a date (dated memberships); and the
// committee setup channels that keep those dates (memberships:add / memberships:end).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgendaRuleError, blockAt, isSubItem, moveBlock, placeSubItem, renumber } from '$shared/agenda/numbering';
import { membershipOn } from '$shared/agenda/membership';
import { meetingCommandInputs } from '$shared/commands';
import { CommandError } from '$shared/commands';
import { Committee, type AgendaItem } from '$shared/domain';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { testCommittee, testMeeting } from '../helpers/meetings';
import { tempDir } from '../helpers/temp-dir';
import { run } from '../helpers/agenda-2016-11-21';

const item = (number: string, id = `id-${number}`): AgendaItem => ({
  id,
  number,
  title: `ITEM ${number}`,
  summary: '',
  reportAuthor: '',
  kind: 'report',
});
const agendaOf = (...numbers: string[]) => numbers.map((n, i) => item(n, `i${i}`));
const numbers = (agenda: readonly AgendaItem[]) => agenda.map((x) => x.number);

describe('renumbering', () => {
  it('numbers main items 1, 2, 3 and sub-items a, b under the item before them', () => {
    const before = agendaOf('1', '2', '4', '4a', '4c', '6', '6b', '6a', '9');
    const after = renumber(before);
    expect(numbers(after)).toEqual(['1', '2', '3', '3a', '3b', '4', '4a', '4b', '5']);
    expect(after.map((x) => x.id)).toEqual(before.map((x) => x.id));
  });

  it('keeps items whose number does not change as they are, and changes nothing else', () => {
    const before = agendaOf('1', '3', '3a');
    const after = renumber(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toEqual({ ...before[1], number: '2' });
    expect(after[2]).toEqual({ ...before[2], number: '2a' });
  });

  it('makes a lettered item at the top a main item: it has nothing to belong to', () => {
    expect(numbers(renumber(agendaOf('2a', '2b', '3')))).toEqual(['1', '1a', '2']);
  });

  it('refuses a 27th sub-item, as a command error in words', () => {
    const many = agendaOf('1', ...Array.from({ length: 27 }, () => '1a'));
    expect(() => renumber(many)).toThrow(AgendaRuleError);
    const m = { ...testMeeting('c1'), agenda: many };
    expect(() => run(m, 'agenda:renumber', {})).toThrow(CommandError);
    expect(() => run(m, 'agenda:renumber', {})).toThrow('Item 1 has more than 26 sub-items');
  });

  it('answers the same meeting when nothing needs renumbering (no new revision)', () => {
    const m = { ...testMeeting('c1'), agenda: agendaOf('1', '1a', '2') };
    expect(run(m, 'agenda:renumber', {})).toBe(m);
  });

  it('knows a sub-item by its letter', () => {
    expect(['5', '5a', '12z', 'a'].map(isSubItem)).toEqual([false, true, true, false]);
  });
});

describe('sub-items', () => {
  const m = { ...testMeeting('c1'), agenda: agendaOf('1', '2', '2a', '2b', '3') };
  const sub = (id: string) => ({ id, title: 'A SUB-ITEM', kind: 'report' });

  it('adds a sub-item after the last sub-item of its parent, with the next letter', () => {
    const next = run(m, 'agenda:addSubItem', { parentItemId: 'i1', item: sub('new') });
    expect(numbers(next.agenda)).toEqual(['1', '2', '2a', '2b', '2c', '3']);
    expect(next.agenda[4]).toMatchObject({ id: 'new', number: '2c', title: 'A SUB-ITEM', summary: '' });
    const first = run(m, 'agenda:addSubItem', { parentItemId: 'i0', item: sub('other') });
    expect(numbers(first.agenda)).toEqual(['1', '1a', '2', '2a', '2b', '3']);
  });

  it('refuses a sub-item of a sub-item, an unknown parent, and an id already used', () => {
    expect(() => run(m, 'agenda:addSubItem', { parentItemId: 'i2', item: sub('x') })).toThrow(
      'Item 2a is itself a sub-item; add the new sub-item to item 2',
    );
    expect(() => run(m, 'agenda:addSubItem', { parentItemId: 'nope', item: sub('x') })).toThrow(
      'No agenda item with id nope',
    );
    expect(() => run(m, 'agenda:addSubItem', { parentItemId: 'i1', item: sub('i4') })).toThrow('already on the agenda');
  });

  it('places a sub-item after the highest letter in use', () => {
    expect(placeSubItem(agendaOf('1', '1a', '1c'), 'i0')).toEqual({ index: 3, number: '1d' });
    expect(() => placeSubItem(agendaOf('1', '1z'), 'i0')).toThrow('already has 26 sub-items');
  });

  it('moves an item with its sub-items when asked, alone otherwise', () => {
    expect(blockAt(m.agenda, 1)).toEqual({ start: 1, end: 4 });
    expect(blockAt(m.agenda, 2)).toEqual({ start: 2, end: 3 });
    expect(numbers(moveBlock(m.agenda, 1, 2))).toEqual(['1', '3', '2', '2a', '2b']);
    expect(numbers(run(m, 'agenda:moveItem', { itemId: 'i1', toIndex: 0, withSubItems: true }).agenda)).toEqual([
      '2',
      '2a',
      '2b',
      '1',
      '3',
    ]);
    expect(numbers(run(m, 'agenda:moveItem', { itemId: 'i1', toIndex: 4 }).agenda)).toEqual([
      '1',
      '2a',
      '2b',
      '3',
      '2',
    ]);
    const renumbered = run(
      run(m, 'agenda:moveItem', { itemId: 'i1', toIndex: 2, withSubItems: true }),
      'agenda:renumber',
      {},
    );
    expect(renumbered.agenda.map((x) => `${x.id}=${x.number}`)).toEqual(['i0=1', 'i4=2', 'i1=3', 'i2=3a', 'i3=3b']);
  });
});

describe('page ranges', () => {
  const m = { ...testMeeting('c1'), agenda: agendaOf('1', '2') };

  it("sets and clears an item's pages", () => {
    const set = run(m, 'agenda:setPages', { itemId: 'i0', pages: { from: 12, to: 26 } });
    expect(set.agenda[0]!.pages).toEqual({ from: 12, to: 26 });
    const cleared = run(set, 'agenda:setPages', { itemId: 'i0', pages: null });
    expect(cleared.agenda[0]).not.toHaveProperty('pages');
  });

  it('refuses a range that ends before it starts, and an unknown item', () => {
    const parsed = meetingCommandInputs['agenda:setPages'].safeParse({ itemId: 'i0', pages: { from: 26, to: 12 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['pages', 'to'],
      message: 'a page range cannot end before it starts',
    });
    expect(() => run(m, 'agenda:setPages', { itemId: 'nope', pages: null })).toThrow('No agenda item with id nope');
  });
});

describe('the committee on a date (dated memberships)', () => {
  const person = (id: string, name: string, kind: 'councillor' | 'co-optee', group = '', title = '') => ({
    id,
    name,
    kind,
    group,
    title,
  });
  const committee = Committee.parse({
    ...testCommittee(),
    groups: ['Administration', 'Opposition'],
    people: [
      person('ann', 'Ann Able', 'councillor', 'Opposition'),
      person('ben', 'Ben Brown', 'councillor', 'Administration'),
      person('cat', 'Cat Cole', 'councillor', 'Administration'),
      person('dan', 'Dan Dale', 'councillor', 'Administration'),
      person('eve', 'Eve East', 'councillor', 'Independent'),
      person('fay', 'Fay Ford', 'co-optee', '', 'Parent Governor Representative'),
      person('gus', 'Gus Gray', 'co-optee', '', 'Teacher Representative'),
      person('hal', 'Hal Hunt', 'councillor', 'Opposition'),
    ],
    memberships: [
      { id: 'm-ann', personId: 'ann', role: 'vice-chair', from: '2016-05-01' },
      { id: 'm-ben', personId: 'ben', role: 'member', from: '2016-05-01' },
      { id: 'm-cat-1', personId: 'cat', role: 'member', from: '2016-05-01', to: '2016-10-31' },
      { id: 'm-cat-2', personId: 'cat', role: 'chair', from: '2016-11-01' },
      { id: 'm-dan', personId: 'dan', role: 'chair', from: '2015-05-01', to: '2016-10-31' },
      { id: 'm-eve', personId: 'eve', role: 'member' },
      { id: 'm-fay', personId: 'fay', role: 'member', from: '2016-05-01', to: '2016-09-30' },
      { id: 'm-gus', personId: 'gus', role: 'member', from: '2016-12-01' },
    ],
  });
  const names = (date: string) => {
    const on = membershipOn(committee, date);
    return {
      groups: on.groups.map(
        (g) =>
          `${g.name}: ${g.members.map((s) => `${s.person.name}${s.role === 'member' ? '' : ` (${s.role})`}`).join(', ')}`,
      ),
      coOptees: on.coOptees.map((c) => `${c.person.name}, ${c.body}`),
    };
  };

  it('leaves out a member who left before the date and one who joined after it', () => {
    expect(names('2016-11-21')).toEqual({
      groups: [
        'Administration: Cat Cole (chair), Ben Brown',
        'Opposition: Ann Able (vice-chair)',
        'Independent: Eve East',
      ],
      coOptees: [],
    });
  });

  it('keeps past meetings as they were: the old Chair and the co-optee who has since left', () => {
    expect(names('2016-09-19')).toEqual({
      groups: [
        'Administration: Dan Dale (chair), Ben Brown, Cat Cole',
        'Opposition: Ann Able (vice-chair)',
        'Independent: Eve East',
      ],
      coOptees: ['Fay Ford, Parent Governor Representative'],
    });
  });

  it("counts a seat's first and last days as held", () => {
    expect(names('2016-09-30').coOptees).toEqual(['Fay Ford, Parent Governor Representative']);
    expect(names('2016-10-01').coOptees).toEqual([]);
    expect(names('2016-12-01').coOptees).toEqual(['Gus Gray, Teacher Representative']);
    expect(membershipOn(committee, '2016-10-31').chair?.name).toBe('Dan Dale');
    expect(membershipOn(committee, '2016-11-01').chair?.name).toBe('Cat Cole');
  });

  it('lists someone with overlapping seats once, in the higher role; a councillor without a seat not at all', () => {
    const overlapping = {
      ...committee,
      memberships: [
        ...committee.memberships,
        { id: 'm-ben-2', personId: 'ben', role: 'vice-chair' as const, from: '2016-11-01' },
      ],
    };
    const admin = membershipOn(overlapping, '2016-11-21').groups[0]!.members;
    expect(admin.map((s) => `${s.person.name}:${s.role}`)).toEqual(['Cat Cole:chair', 'Ben Brown:vice-chair']);
    expect(JSON.stringify(membershipOn(committee, '2016-11-21'))).not.toContain('Hal Hunt');
  });
});

describe('committee setup: dated seats through the API', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let opened: OpenedServices;
  const call = async (channel: string, input: unknown) => opened.router.get(channel)!(input, { trusted: true });
  let committeeId: string;
  let personId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    opened = await openServices({ dataDir: dir, host: 'cli' });
    const c = await call('committees:create', { authority: 'Test Borough', name: 'Scrutiny' });
    committeeId = (c as { value: Committee }).value.id;
    const p = await call('people:save', {
      committeeId,
      person: { kind: 'councillor', name: 'Ann Able', group: 'Administration' },
      membership: { role: 'member', from: '2016-05-01' },
    });
    personId = (p as { value: { id: string } }).value.id;
  });
  afterEach(async () => {
    await opened.close();
    await cleanup();
  });

  it('makes a member Chair from a date without rewriting the past', async () => {
    const r = await call('memberships:add', { committeeId, personId, role: 'chair', from: '2017-05-20' });
    expect(r.ok).toBe(true);
    const c = (r as { value: Committee }).value;
    expect(c.memberships.map((m) => [m.role, m.from, m.to])).toEqual([
      ['member', '2016-05-01', '2017-05-19'],
      ['chair', '2017-05-20', undefined],
    ]);
    expect(membershipOn(c, '2016-11-21').chair).toBeUndefined();
    expect(membershipOn(c, '2017-06-01').chair?.name).toBe('Ann Able');
    const stored = await call('committees:get', { committeeId });
    expect((stored as { value: Committee }).value.memberships).toEqual(c.memberships);
  });

  it('ends a seat: later meetings leave the person out, earlier ones keep them', async () => {
    const seat = ((await call('committees:get', { committeeId })) as { value: Committee }).value.memberships[0]!;
    const r = await call('memberships:end', { committeeId, membershipId: seat.id, to: '2016-12-31' });
    const c = (r as { value: Committee }).value;
    expect(membershipOn(c, '2016-12-31').groups[0]!.members[0]!.person.name).toBe('Ann Able');
    expect(membershipOn(c, '2017-01-01').groups).toEqual([]);
  });

  it('refuses, in words and nothing changed: an end before the start, an unknown seat, a second Chair, an overlap', async () => {
    const before = ((await call('committees:get', { committeeId })) as { value: Committee }).value;
    const seat = before.memberships[0]!;
    expect(await call('memberships:end', { committeeId, membershipId: seat.id, to: '2016-01-01' })).toEqual({
      ok: false,
      error: {
        code: 'BAD_DATE',
        message: 'A seat cannot end (1 January 2016) before it starts (1 May 2016)',
        field: 'to',
      },
    });
    expect(await call('memberships:end', { committeeId, membershipId: 'nope', to: '2017-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await call('memberships:add', { committeeId, personId, role: 'chair', from: '2017-05-20' });
    const other = await call('people:save', { committeeId, person: { kind: 'councillor', name: 'Ben Brown' } });
    const benId = (other as { value: { id: string } }).value.id;
    expect(await call('memberships:add', { committeeId, personId: benId, role: 'chair', from: '2017-06-01' })).toEqual({
      ok: false,
      error: { code: 'OVERLAP', message: 'Ann Able is Chair since 20 May 2017; end that seat first', field: 'role' },
    });
    expect(
      await call('memberships:add', { committeeId, personId, role: 'member', from: '2016-06-01', to: '2016-07-01' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'OVERLAP',
        message: 'Ann Able already holds a seat from 1 May 2016 to 19 May 2017; end or change that one first',
      },
    });
    expect(
      await call('memberships:add', { committeeId, personId, from: '2017-01-01', to: '2016-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'to' } });
    expect(await call('memberships:add', { committeeId, personId: 'nobody', from: '2017-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const after = ((await call('committees:get', { committeeId })) as { value: Committee }).value;
    expect(after.memberships).toHaveLength(2);
  });

  it("sets the committee's standing notes through committees:update", async () => {
    const r = await call('committees:update', { committeeId, patch: { agendaNotes: ['Filming is permitted.'] } });
    expect((r as { value: Committee }).value.agendaNotes).toEqual(['Filming is permitted.']);
    expect(await call('committees:update', { committeeId, patch: { agendaNotes: [''] } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
