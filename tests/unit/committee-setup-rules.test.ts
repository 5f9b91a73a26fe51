// Committee setup rules held by the services on every path: political groups listed once, one
// Chair and one Vice-Chair on any date (memberships:add and people:save alike), names that are
// not blank, and no second person of the same name and kind. Data stored before these rules
// (duplicates, two Chairs, a blank name) still loads and stays editable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Committee,
  COMMITTEES_FORMAT,
  COMMITTEES_VERSION,
  distinctNames,
  loadCommitteesFile,
  nameKey,
  namesakeOf,
  repeatedNames,
  soleRoleClashes,
  type Person,
} from '$shared/domain';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { testCommittee } from '../helpers/meetings';
import { tempDir } from '../helpers/temp-dir';

type R<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };

let cleanup: () => Promise<void>;
let opened: OpenedServices;
let committeeId: string;
const call = async <T = unknown>(channel: string, input: unknown) =>
  (await opened.router.get(channel)!(input, { trusted: true })) as R<T>;
const get = async () => ((await call<Committee>('committees:get', { committeeId })) as { value: Committee }).value;
const savePerson = (person: Record<string, unknown>, membership?: unknown) =>
  call<Person>('people:save', {
    committeeId,
    person: { kind: 'councillor', ...person },
    ...(membership !== undefined ? { membership } : {}),
  });

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir());
  opened = await openServices({ dataDir: dir, host: 'cli' });
  const c = await call<Committee>('committees:create', { authority: 'Test Borough', name: 'Scrutiny' });
  committeeId = (c as { value: Committee }).value.id;
});
afterEach(async () => {
  await opened.close();
  await cleanup();
});

describe('names compared ignoring case and spaces', () => {
  it('keys, repeats and distinct names', () => {
    expect(nameKey(' Ann  Smith ')).toBe(nameKey('ann smith'));
    expect(repeatedNames(['Labour', 'Conservative', ' labour'])).toEqual([{ index: 2, first: 0 }]);
    expect(distinctNames(['Labour', 'Conservative', 'Labour', 'LABOUR '])).toEqual(['Labour', 'Conservative']);
  });
});

describe('political groups', () => {
  it('refuses a group listed twice (ignoring case and spaces), at the repeated entry, and changes nothing', async () => {
    const r = await call('committees:update', {
      committeeId,
      patch: { groups: ['Labour', 'Conservative', ' labour '] },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'patch.groups.2' } });
    expect(!r.ok && r.error.message).toContain('Labour is already group 1');
    expect((await get()).groups).toEqual([]);
  });

  it('refuses a blank group and trims the others', async () => {
    expect(await call('committees:update', { committeeId, patch: { groups: ['Labour', '   '] } })).toMatchObject({
      ok: false,
      error: { field: 'patch.groups.1', message: expect.stringContaining('a group needs a name') },
    });
    const r = await call<Committee>('committees:update', {
      committeeId,
      patch: { groups: [' Labour ', 'Conservative'] },
    });
    expect(r.ok && r.value.groups).toEqual(['Labour', 'Conservative']);
  });
});

describe('one Chair and one Vice-Chair on any date', () => {
  beforeEach(async () => {
    await call('committees:update', { committeeId, patch: { groups: ['Labour'] } });
    expect((await savePerson({ name: 'Ann Smith', group: 'Labour' }, { role: 'chair', from: '2016-05-01' })).ok).toBe(
      true,
    );
  });

  it('refuses a second Chair added with a seat through people:save, in the words Change role gives', async () => {
    const r = await savePerson({ name: 'Carol White', group: 'Labour' }, { role: 'chair', from: '2016-05-01' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'OVERLAP',
        message: 'Ann Smith is Chair since 1 May 2016; end that seat first',
        field: 'membership.role',
      },
    });
    const c = await get();
    expect(c.people.map((p) => p.name)).toEqual(['Ann Smith']);
    expect(soleRoleClashes(c.memberships)).toEqual([]);
  });

  it('refuses making an existing member Chair by editing their seat, and a second Chair through memberships:add', async () => {
    const carol = await savePerson({ name: 'Carol White' }, { role: 'member', from: '2016-05-01' });
    const carolId = (carol as { value: Person }).value.id;
    expect(await savePerson({ id: carolId, name: 'Carol White' }, { role: 'chair', from: '2017-01-01' })).toMatchObject(
      {
        ok: false,
        error: {
          code: 'OVERLAP',
          field: 'membership.role',
          message: 'Ann Smith is Chair since 1 May 2016; end that seat first',
        },
      },
    );
    expect(
      await call('memberships:add', { committeeId, personId: carolId, role: 'chair', from: '2017-01-01' }),
    ).toEqual({
      ok: false,
      error: { code: 'OVERLAP', message: 'Ann Smith is Chair since 1 May 2016; end that seat first', field: 'role' },
    });
    expect((await get()).memberships.filter((m) => m.role === 'chair')).toHaveLength(1);
  });

  it('allows a Vice-Chair alongside the Chair, a Chair with no seat dates clashing with every date, and a new Chair once the old seat ends', async () => {
    expect((await savePerson({ name: 'Bob Jones' }, { role: 'vice-chair', from: '2016-05-01' })).ok).toBe(true);
    expect(await savePerson({ name: 'Dan Brown' }, { role: 'vice-chair' })).toMatchObject({
      ok: false,
      error: { message: 'Bob Jones is Vice-Chair since 1 May 2016; end that seat first' },
    });
    const ann = (await get()).memberships.find((m) => m.role === 'chair')!;
    expect((await call('memberships:end', { committeeId, membershipId: ann.id, to: '2017-05-19' })).ok).toBe(true);
    expect((await savePerson({ name: 'Carol White' }, { role: 'chair', from: '2017-05-20' })).ok).toBe(true);
  });
});

describe('blank names', () => {
  it('refuses a committee whose name and authority are only spaces, and trims them otherwise', async () => {
    const r = await call('committees:create', { name: '   ', authority: '   ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!r.ok && r.error.message).toContain('name: the committee needs a name');
    expect(!r.ok && r.error.message).toContain('authority: the authority is needed');
    const made = await call<Committee>('committees:create', {
      name: '  Health Scrutiny ',
      authority: ' Testing ',
      shortName: ' HSC ',
    });
    expect(made.ok && [made.value.name, made.value.authority, made.value.shortName]).toEqual([
      'Health Scrutiny',
      'Testing',
      'HSC',
    ]);
    expect((await call('committees:list', {})) as R<unknown[]>).toMatchObject({ value: { length: 2 } });
  });

  it('refuses renaming a committee to spaces', async () => {
    expect(await call('committees:update', { committeeId, patch: { name: '  ' } })).toMatchObject({
      ok: false,
      error: { field: 'patch.name', message: expect.stringContaining('the committee needs a name') },
    });
    expect(await call('committees:update', { committeeId, patch: { authority: '\t' } })).toMatchObject({
      ok: false,
      error: { field: 'patch.authority' },
    });
    expect((await get()).name).toBe('Scrutiny');
  });

  it("refuses a person whose name is only spaces, and trims a person's name", async () => {
    expect(await savePerson({ name: '   ' })).toMatchObject({
      ok: false,
      error: { field: 'person.name', message: expect.stringContaining('a person needs a name') },
    });
    const r = await savePerson({ name: '  Ann Smith  ' });
    expect(r.ok && r.value.name).toBe('Ann Smith');
    expect((await get()).people.map((p) => p.name)).toEqual(['Ann Smith']);
  });

  it('refuses an action owner or a standard item title that is only spaces', async () => {
    expect(await call('committees:update', { committeeId, patch: { actionOwners: ['  '] } })).toMatchObject({
      ok: false,
      error: { field: 'patch.actionOwners.0' },
    });
    expect(
      await call('committees:setStandardItems', { committeeId, standardItems: [{ kind: 'other', title: '  ' }] }),
    ).toMatchObject({
      ok: false,
      error: { field: 'standardItems.0.title' },
    });
  });
});

describe('the same person twice', () => {
  it('refuses a second person with the same name (ignoring case and spaces) and kind, naming the first', async () => {
    await call('committees:update', { committeeId, patch: { groups: ['Labour'] } });
    expect((await savePerson({ name: 'Ann Smith', group: 'Labour' }, { role: 'member', from: '2016-05-01' })).ok).toBe(
      true,
    );
    expect(await savePerson({ name: ' ann  smith', group: 'Labour' }, { role: 'member', from: '2016-05-01' })).toEqual({
      ok: false,
      error: {
        code: 'DUPLICATE',
        field: 'person.name',
        message:
          'Ann Smith (Labour) is already on this committee as a councillor; edit that entry rather than adding them again',
      },
    });
    const c = await get();
    expect(c.people).toHaveLength(1);
    expect(c.memberships).toHaveLength(1);
  });

  it('refuses renaming someone to the name of another of their kind, but lets them keep their own name', async () => {
    const ann = (await savePerson({ kind: 'officer', name: 'Ann Smith', title: 'Director' })) as { value: Person };
    const eve = (await savePerson({ kind: 'officer', name: 'Eve Black' })) as { value: Person };
    expect(await savePerson({ id: eve.value.id, kind: 'officer', name: 'ANN SMITH' })).toMatchObject({
      ok: false,
      error: {
        code: 'DUPLICATE',
        message: expect.stringMatching(/^Ann Smith \(Director\) is already on this committee as an officer/),
      },
    });
    expect(
      (await savePerson({ id: ann.value.id, kind: 'officer', name: 'Ann Smith', title: 'Chief Executive' })).ok,
    ).toBe(true);
  });

  it('allows namesakes of different kinds (a councillor and an officer, an officer and a guest)', async () => {
    expect((await savePerson({ kind: 'councillor', name: 'Ann Smith' })).ok).toBe(true);
    expect((await savePerson({ kind: 'officer', name: 'Ann Smith', title: 'Director' })).ok).toBe(true);
    expect((await savePerson({ kind: 'guest', name: 'Ann Smith', organisation: 'Centrepoint' })).ok).toBe(true);
    expect(namesakeOf((await get()).people, { kind: 'guest', name: 'ann smith' })?.organisation).toBe('Centrepoint');
  });
});

describe('data stored before these rules', () => {
  const legacy = () => {
    const ann: Person = {
      id: 'p-ann',
      kind: 'councillor',
      name: 'Ann Smith',
      title: '',
      organisation: '',
      group: 'Labour',
      aliases: [],
    };
    const ann2: Person = { ...ann, id: 'p-ann2' };
    const carol: Person = { ...ann, id: 'p-carol', name: 'Carol White' };
    return testCommittee({
      id: 'legacy',
      name: '   ',
      groups: ['Labour', 'Conservative', 'Labour'],
      people: [ann, ann2, carol],
      memberships: [
        { id: 'm1', personId: 'p-ann', role: 'chair', from: '2016-05-01' },
        { id: 'm2', personId: 'p-carol', role: 'chair', from: '2016-05-01' },
        { id: 'm3', personId: 'p-ann2', role: 'member', from: '2016-05-01' },
      ],
    });
  };

  it('still loads: duplicate groups, two Chairs, duplicate people and a blank name', () => {
    const loaded = loadCommitteesFile({
      format: COMMITTEES_FORMAT,
      version: COMMITTEES_VERSION,
      committees: [legacy()],
    });
    expect(loaded.ok).toBe(true);
  });

  it('stays editable: changes that bring in no new problem are saved', async () => {
    const store = opened.services.store;
    await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, legacy()] }));
    committeeId = 'legacy';
    expect((await call('committees:update', { committeeId, patch: { quorum: 4 } })).ok).toBe(true);
    expect((await savePerson({ id: 'p-ann2', name: 'Ann Smith', group: 'Conservative' })).ok).toBe(true);
    expect(
      (await savePerson({ id: 'p-carol', name: 'Carol White', group: 'Labour' }, { role: 'chair', from: '2016-05-01' }))
        .ok,
    ).toBe(true);
    // ...but the old problems are not a way round the rules: a third Chair is refused.
    expect(await savePerson({ name: 'Dan Brown' }, { role: 'chair', from: '2017-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'OVERLAP' },
    });
  });
});
