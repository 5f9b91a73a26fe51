// A person's "known as" name and role as co-optee (defect 9 of the documents issue): stored
// optionally (older files load), kept by forms that do not send them, checked in words, and
// printed where the council prints them: the agenda with the shorter name and the role, the
// minutes with the full name and the role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { loadCommitteesFile, type Committee, type Meeting, type Person } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import { plainText } from '$shared/minutes/outline';
import { meeting2016_11_21, sampleCommittee } from '../helpers/agenda-2016-11-21';
import { REPO, sampleServices } from '../helpers/review';

const jenkinsOf = (c: Committee) => c.people.find((p) => p.name === 'Matthew Jenkins')!;

describe('the sample committee', () => {
  it("prints Claire Chamberlain's title as the 19 September minutes do", () => {
    const published = readFileSync(join(REPO, 'tests/fixtures/published-minutes-2016-09-19.txt'), 'utf8');
    const claire = sampleCommittee().people.find((p) => p.name === 'Claire Chamberlain')!;
    expect(claire.title).toBe('Executive Director For Schools');
    expect(published).toContain(`${claire.title}, Claire Chamberlain`);
  });

  it('knows Matthew Jenkins as Matt Jenkins, the Teacher Representative', () => {
    expect(jenkinsOf(sampleCommittee())).toMatchObject({
      knownAs: 'Matt Jenkins',
      coOpteeRole: 'Teacher Representative',
    });
  });

  it('still loads from a committees file written before the two fields', () => {
    const raw = JSON.parse(readFileSync(join(REPO, 'resources/sample/committees.json'), 'utf8'));
    for (const p of raw.committees[0].people as Record<string, unknown>[]) {
      delete p.knownAs;
      delete p.coOpteeRole;
    }
    const loaded = loadCommitteesFile(raw);
    if (!loaded.ok) throw new Error(loaded.problem.message);
    expect(loaded.migratedFrom).toBeUndefined();
    const jenkins = jenkinsOf(loaded.value.committees[0]!);
    expect(jenkins.knownAs).toBeUndefined();
    // Without the fields he is printed as before: his full name and no role.
    const sheet = composeFrontSheet(meeting2016_11_21(loaded.value.committees[0]!), loaded.value.committees[0]!);
    const co = sheet.blocks.find((b) => b.type === 'membership')!;
    expect(co.type === 'membership' && co.coOptees!.entries.map(plainText)).toContain('Matthew Jenkins');
  });
});

describe('where each is printed', () => {
  it('the November agenda prints "Matt Jenkins, Teacher Representative", as the pack does', () => {
    const committee = sampleCommittee();
    const sheet = composeFrontSheet(meeting2016_11_21(committee), committee);
    const block = sheet.blocks.find((b) => b.type === 'membership')!;
    if (block.type !== 'membership') throw new Error('no membership');
    expect(block.coOptees!.entries.map(plainText)).toContain('Matt Jenkins, Teacher Representative');
    const pack = readFileSync(join(REPO, 'tests/fixtures/reference-pack.txt'), 'utf8');
    expect(pack).toContain('Matt Jenkins, Teacher Representative');
  });

  it('a councillor known by a shorter name is printed by it on the agenda, by their name in the minutes', () => {
    const committee = sampleCommittee();
    const needham = committee.people.find((p) => p.name === 'Caroline Needham')!;
    const known: Committee = {
      ...committee,
      people: committee.people.map((p) => (p === needham ? { ...p, knownAs: 'Carrie Needham' } : p)),
    };
    const meeting = meeting2016_11_21(known);
    const sheet = composeFrontSheet(meeting, known);
    const block = sheet.blocks.find((b) => b.type === 'membership')!;
    if (block.type !== 'membership') throw new Error('no membership');
    const members = block.columns.flatMap((c) => c.members.map(plainText));
    expect(members).toContain('Councillor Carrie Needham (Chair)');
    expect(members).not.toContain('Councillor Caroline Needham (Chair)');
  });

  it('the minutes name a co-optee in full with their role as co-optee, as the published minutes do', () => {
    const committee = sampleCommittee();
    const jenkins = jenkinsOf(committee);
    const base = meeting2016_11_21(committee);
    const meeting: Meeting = {
      ...base,
      attendance: [{ personId: jenkins.id, capacity: 'co-optee', status: 'present', lateApologies: false }],
    };
    const text = composeMinutes(meeting, committee)
      .blocks.map((b) => JSON.stringify(b))
      .join('\n');
    expect(text).toContain('Matthew Jenkins (Teacher Representative)');
    expect(text).not.toContain('Matt Jenkins');
  });
});

describe('the person form, through people:save', () => {
  let env: Awaited<ReturnType<typeof sampleServices>>;
  let committee: Committee;
  beforeEach(async () => {
    env = await sampleServices();
    const [summary] = (await env.call('committees:list', {})) as { id: string }[];
    committee = (await env.call('committees:get', { committeeId: summary!.id })) as Committee;
  });
  afterEach(() => env.cleanup());

  const save = (person: Partial<Person> & Pick<Person, 'name'>) =>
    env.attempt('people:save', { committeeId: committee.id, person });

  it('keeps both when a form that does not know them saves the person, and clears them when sent empty', async () => {
    const { knownAs: _k, coOpteeRole: _r, ...older } = jenkinsOf(committee);
    const kept = await save({ ...older, title: 'Teacher' });
    expect(kept.ok).toBe(true);
    expect(kept.value).toMatchObject({
      title: 'Teacher',
      knownAs: 'Matt Jenkins',
      coOpteeRole: 'Teacher Representative',
    });
    const cleared = await save({ ...older, knownAs: ' ', coOpteeRole: '' });
    expect(cleared.ok).toBe(true);
    expect(cleared.value).not.toHaveProperty('knownAs');
    expect(cleared.value).not.toHaveProperty('coOpteeRole');
  });

  it('refuses a "known as" that is the name itself, or another person\'s name, in words', async () => {
    const jenkins = jenkinsOf(committee);
    const same = await save({ ...jenkins, knownAs: 'matthew  jenkins' });
    expect(same).toMatchObject({ ok: false, error: { field: 'person.knownAs' } });
    expect(same.error!.message).toMatch(/same as the name/);
    const other = await save({ ...jenkins, knownAs: 'Fiona Phelps' });
    expect(other).toMatchObject({ ok: false, error: { code: 'DUPLICATE', field: 'person.knownAs' } });
  });

  it('refuses a role as co-optee for a councillor', async () => {
    const needham = committee.people.find((p) => p.name === 'Caroline Needham')!;
    const r = await save({ ...needham, coOpteeRole: 'Teacher Representative' });
    expect(r).toMatchObject({ ok: false, error: { field: 'person.coOpteeRole' } });
  });
});
