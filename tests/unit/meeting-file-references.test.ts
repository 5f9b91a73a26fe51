// Issue 12, item 5: opening a meeting file checks every person, item and paragraph it names against
// the committee it will live in. People the committee here lacks come from the file's copy only
// when the user agrees (the app's button, the CLI's --add-people); anything still missing refuses
// the file in words, with nothing written. A version 1 file (no fingerprint) opens with a notice.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedMeetingFile, MeetingExport, MeetingFilePreview } from '$shared/api';
import { checkMeetingIntegrity, type Committee, type Meeting } from '$shared/domain';
import { meetingFileFingerprint, UNVERIFIED_NOTICE } from '$shared/review/meeting-file';
import { composeMinutes } from '$shared/minutes/compose';
import { runCli } from '../../electron/cli/run';
import { REPO } from '../helpers/review';
import { twoMachinesEachTest } from '../helpers/two-machines';

const { coordinator, otherMachine, cleanups } = twoMachinesEachTest();

/** Every file in the data folder with its bytes: "nothing was written" means this is unchanged. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of (await readdir(dir, { recursive: true })).map(String).sort()) {
    if (rel.startsWith('backups') || rel.endsWith('.lock')) continue;
    out[rel] = await readFile(join(dir, rel), 'utf8').catch(() => '<folder>');
  }
  return out;
}

/** A file as a hostile or careless sender could make it: any change, with its fingerprint made to match. */
function craft(file: MeetingExport, change: (meeting: Meeting, committee: Committee) => void): MeetingExport {
  const f = structuredClone(file);
  f.meeting.id = randomUUID();
  change(f.meeting, f.committee);
  return { ...f, fingerprint: meetingFileFingerprint(f.meeting, f.committee) };
}

const present = (personId: string, capacity: 'member' | 'officer') => ({
  personId,
  capacity,
  status: 'present' as const,
  lateApologies: false,
});

/** Two people only the file's committee has, named by the meeting: a councillor with seats, an officer. */
function withNewPeople(file: MeetingExport): { file: MeetingExport; councillor: string; officer: string } {
  const councillor = randomUUID();
  const officer = randomUUID();
  const crafted = craft(file, (m, c) => {
    c.people.push(
      {
        id: councillor,
        kind: 'councillor',
        name: 'Cllr Newly Elected',
        title: '',
        organisation: '',
        group: 'Opposition',
        aliases: [],
      },
      {
        id: officer,
        kind: 'officer',
        name: 'Pat Visiting',
        title: 'Head of Transport',
        organisation: '',
        group: '',
        aliases: [],
      },
    );
    // A member's seat, and a Chair's seat that clashes with the Chair here: the second is left out.
    c.memberships.push({
      id: randomUUID(),
      personId: councillor,
      role: 'member',
      from: '2016-05-01',
      to: '2016-08-31',
    });
    c.memberships.push({ id: randomUUID(), personId: councillor, role: 'chair', from: '2016-09-01' });
    m.attendance.push(present(councillor, 'member'), present(officer, 'officer'));
    m.notes[0]!.content = [
      { t: 'person', personId: officer },
      { t: 'text', text: ' introduced the report.' },
    ];
  });
  return { file: crafted, councillor, officer };
}

describe('a file whose committee is here, naming people only the file has', () => {
  it('says beforehand who would be added, refuses without the word, and adds them (with the seats that fit) with it', async () => {
    const env = await coordinator();
    const exported = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const { file, councillor, officer } = withNewPeople(exported);
    const before = await snapshot(env.dir);

    const preview = (await env.call('meetings:inspectImport', { file })) as MeetingFilePreview;
    expect(preview).toMatchObject({ committeeHere: true, problems: [], verified: true });
    expect(preview.peopleToAdd.map((p) => p.name).sort()).toEqual(['Cllr Newly Elected', 'Pat Visiting']);
    const words = preview.warnings.join(' ');
    expect(words).toContain(
      'Opening this file adds 2 people to "Children and Education Policy and Accountability Committee" here',
    );
    expect(words).toContain('Cllr Newly Elected (a councillor), Pat Visiting (an officer)');
    expect(words).toContain(
      "Cllr Newly Elected's seat as Chair is not added: the committee here has another Chair at that time",
    );
    expect(words).toContain('Nothing is added unless you confirm');

    const refused = await env.attempt('meetings:import', { file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PEOPLE_TO_ADD' } });
    expect(refused.error!.message).toMatch(
      /^Opening this file adds 2 people .* Nothing was changed; confirm to add them and open the meeting\.$/,
    );
    expect(await snapshot(env.dir)).toEqual(before);

    const opened = (await env.call('meetings:import', { file, addPeople: true })) as ImportedMeetingFile;
    expect(opened).toEqual({
      meetingId: file.meeting.id,
      committeeId: file.committee.id,
      addedCommittee: false,
      addedPeople: 2,
    });
    const committee = (await env.call('committees:get', { committeeId: file.committee.id })) as Committee;
    expect(committee.people.filter((p) => p.id === councillor || p.id === officer)).toHaveLength(2);
    expect(committee.memberships.filter((m) => m.personId === councillor).map((m) => m.role)).toEqual(['member']);
    expect(committee.memberships.filter((m) => m.role === 'chair')).toHaveLength(1);
    const meeting = (await env.call('meetings:get', { meetingId: file.meeting.id })) as Meeting;
    expect(meeting).toEqual(file.meeting);
    expect(checkMeetingIntegrity(meeting, committee)).toEqual([]);
    expect(JSON.stringify(composeMinutes(meeting, committee))).not.toContain('[unknown person]');
    expect(JSON.stringify(composeMinutes(meeting, committee))).toContain('Pat Visiting');
  });

  it('refuses a file whose people were all given other records under the same names (the 108-problem file), writing nothing', async () => {
    const env = await coordinator();
    const exported = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const file = craft(exported, (m, c) => {
      const fresh = new Map(c.people.map((p) => [p.id, randomUUID()]));
      const json = JSON.stringify({ m, people: c.people, memberships: c.memberships }).replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        (id) => fresh.get(id) ?? id,
      );
      const swapped = JSON.parse(json) as {
        m: Meeting;
        people: Committee['people'];
        memberships: Committee['memberships'];
      };
      Object.assign(m, swapped.m);
      c.people = swapped.people;
      c.memberships = swapped.memberships;
    });
    const here = (await env.call('committees:get', { committeeId: file.committee.id })) as Committee;
    // Before the fix this file was imported as it is: against the committee here it names nobody on the roster.
    expect(checkMeetingIntegrity(file.meeting, here).length).toBeGreaterThan(20);
    const before = await snapshot(env.dir);
    const preview = (await env.call('meetings:inspectImport', { file })) as MeetingFilePreview;
    expect(preview.peopleToAdd).toEqual([]);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]).toMatch(
      /^the meeting names \d+ people whom the committee here lacks under the same record but has under the same name \(Caroline Needham \(a councillor\), .*, and \d+ more\); Scrutineer cannot tell whether they are the same people, so it adds no second ones$/,
    );
    for (const addPeople of [false, true]) {
      const r = await env.attempt('meetings:import', { file, addPeople, replace: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'INCONSISTENT' } });
      expect(r.error!.message).toMatch(
        /^This meeting file cannot be opened: the meeting names .* Nothing was changed\.$/,
      );
    }
    expect(await snapshot(env.dir)).toEqual(before);
  });
});

describe('a file naming what no committee holds', () => {
  const spoilers: [string, (m: Meeting) => void, RegExp][] = [
    [
      'a person on no roster',
      (m) => m.attendance.push(present(randomUUID(), 'member')),
      /attendance names person [0-9a-f-]{36}, who is not in the committee's roster/,
    ],
    [
      'a mention of a person on no roster',
      (m) => (m.notes[1]!.content = [{ t: 'person', personId: randomUUID() }]),
      /paragraph [0-9a-f-]{36} names person/,
    ],
    [
      'a paragraph of an item not on the agenda',
      (m) => (m.notes[0]!.itemId = randomUUID()),
      /belongs to item [0-9a-f-]{36}, which is not on the agenda/,
    ],
  ];

  for (const [what, spoil, words] of spoilers) {
    it(`refuses ${what}, on a machine with the committee and on one without, in words, writing nothing`, async () => {
      const env = await coordinator();
      const exported = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
      const file = craft(exported, (m) => spoil(m));
      const other = await otherMachine();
      for (const machine of [env, other]) {
        const before = await snapshot(machine.dir);
        const preview = (await machine.attempt('meetings:inspectImport', { file })).value as MeetingFilePreview;
        expect(preview.problems.join(' ')).toMatch(words);
        expect(preview.warnings[0]).toMatch(
          /^This meeting file cannot be opened: it refers to people, agenda items or paragraphs that /,
        );
        const r = await machine.attempt('meetings:import', { file, addPeople: true, replace: true });
        expect(r).toMatchObject({ ok: false, error: { code: 'INCONSISTENT' } });
        expect(r.error!.message).toMatch(words);
        expect(r.error!.message).toMatch(/Nothing was changed\.$/);
        expect(await snapshot(machine.dir)).toEqual(before);
      }
    });
  }
});

describe('a version 1 file, which carries no fingerprint', () => {
  it('opens, and the preview says plainly that it cannot be checked for changes after export', async () => {
    const env = await coordinator();
    const { fingerprint: _f, ...v2 } = (await env.call('meetings:export', {
      meetingId: env.meetingId,
    })) as MeetingExport;
    const file = { ...v2, version: 1 };
    const other = await otherMachine();
    const preview = (await other.attempt('meetings:inspectImport', { file })).value as MeetingFilePreview;
    expect(preview.verified).toBe(false);
    expect(preview.warnings).toContain(UNVERIFIED_NOTICE);
    expect(await other.attempt('meetings:import', { file })).toMatchObject({
      ok: true,
      value: { addedCommittee: true },
    });
    // A version 2 file says nothing of the kind.
    const current = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    const preview2 = (await env.call('meetings:inspectImport', { file: current })) as MeetingFilePreview;
    expect(preview2.verified).toBe(true);
    expect(preview2.warnings).not.toContain(UNVERIFIED_NOTICE);
  });
});

describe('a meeting file too large to open', () => {
  it('is refused before anything is written: its committee is not added either', async () => {
    const env = await coordinator();
    const exported = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    // 11 MB of notes, in paragraphs each within its own limit: over the 10 MB a meeting file may be.
    const file = craft(exported, (m) => {
      const first = m.notes[0]!;
      for (let i = 0; i < 220; i++)
        m.notes.push({ ...first, id: `big-${i}`, content: [{ t: 'text', text: 'x'.repeat(50_000) }] });
    });
    const other = await otherMachine();
    const before = await snapshot(other.dir);
    const r = await other.attempt('meetings:import', { file, addPeople: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(await snapshot(other.dir)).toEqual(before);
  });
});

describe('npm run cli -- import-meeting', () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, appRoot: REPO });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('refuses people to add until --add-people, saying who; refuses dangling references outright; notes a version 1 file', async () => {
    const env = await coordinator();
    const exported = (await env.call('meetings:export', { meetingId: env.meetingId })) as MeetingExport;
    await env.opened.close();
    const { file } = withNewPeople(exported);
    const path = join(env.dir, '..', `${randomUUID()}.json`);
    await writeFile(path, JSON.stringify(file));
    cleanups.push(() => import('node:fs/promises').then((fs) => fs.rm(path, { force: true })));
    const before = await snapshot(env.dir);

    const first = await cli(['import-meeting', path, '--data-dir', env.dir]);
    expect(first.code).toBe(1);
    expect(first.err).toMatch(
      /^Opening this file adds 2 people .*Cllr Newly Elected \(a councillor\), Pat Visiting \(an officer\).* To add them, run the command again with --add-people\.$/s,
    );
    expect(await snapshot(env.dir)).toEqual(before);

    const second = await cli(['import-meeting', path, '--add-people', '--data-dir', env.dir]);
    expect(second).toMatchObject({ code: 0, err: '' });
    expect(second.out).toBe(
      `Imported meeting ${file.meeting.id} and added 2 people to its committee (Cllr Newly Elected, Pat Visiting).`,
    );

    const broken = craft(exported, (m) => m.attendance.push(present(randomUUID(), 'member')));
    await writeFile(path, JSON.stringify(broken));
    const third = await cli(['import-meeting', path, '--add-people', '--replace', '--data-dir', env.dir]);
    expect(third.code).toBe(1);
    expect(third.err).toMatch(
      /^This meeting file cannot be opened: it refers to people, agenda items or paragraphs that neither the file's copy of the committee nor the committee here holds \(1 problem: attendance names person/,
    );

    const { fingerprint: _f, ...v1 } = exported;
    await writeFile(path, JSON.stringify({ ...v1, version: 1, meeting: { ...v1.meeting, id: randomUUID() } }));
    const fourth = await cli(['import-meeting', path, '--data-dir', env.dir]);
    expect(fourth.code).toBe(0);
    expect(fourth.out).toContain(`Note: ${UNVERIFIED_NOTICE}`);
  });
});
