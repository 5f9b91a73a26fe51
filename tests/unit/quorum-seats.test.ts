// Who counts towards the quorum: councillors by default, co-optees by the committee's setting,
// never a seat without a vote; a quorum above the voting membership cannot be reached; an older
// committees.json without the new fields loads with the defaults.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, type Committee } from '$shared/domain';
import { inquorateWarning, quorumTimeline, unreachableQuorum, votingMembership } from '$shared/quorum';
import { personId, plannedMeeting, run, sampleCommittee } from './live-helpers';

const withSetting = (c: Committee, on: boolean): Committee => ({
  ...c,
  settings: { ...c.settings, coOpteesCountForQuorum: on },
});
const nonVoting = (c: Committee, name: string): Committee => ({
  ...c,
  memberships: c.memberships.map((m) => (m.personId === personId(c, name) ? { ...m, voting: false } : m)),
});
const meeting = () => run(plannedMeeting(), 'clock:start', { at: '19:00' });

describe('who counts towards the quorum', () => {
  it('counts councillors only by default, and voting co-optees when the committee says so', () => {
    const c = sampleCommittee();
    expect(quorumTimeline(meeting(), c, { now: '19:30' }).current.count).toBe(4);
    const withCoOptees = withSetting(c, true);
    const t = quorumTimeline(meeting(), withCoOptees, { now: '19:30' });
    expect(t.current.count).toBe(8); // four councillors and four co-optees present
    expect(t.countsCoOptees).toBe(true);
    expect(t.membership).toBeGreaterThan(votingMembership(c, '2016-09-19'));
  });

  it('never counts a seat without a vote, whatever the setting', () => {
    const c = nonVoting(withSetting(sampleCommittee(), true), 'Nandini Ganesh');
    const t = quorumTimeline(meeting(), c, { now: '19:30' });
    expect(t.current.present).not.toContain(personId(c, 'Nandini Ganesh'));
    expect(t.current.count).toBe(7);
    const councillorWithoutVote = nonVoting(sampleCommittee(), 'Donald Johnson');
    expect(quorumTimeline(meeting(), councillorWithoutVote, { now: '19:30' }).current.count).toBe(3);
    expect(votingMembership(councillorWithoutVote, '2016-09-19')).toBe(4);
  });

  it('counts a substitute in the seat of the member they replace', () => {
    const c = sampleCommittee();
    const absent = personId(c, 'Elaine Chumnerly');
    let m = run(meeting(), 'attendance:arrive', {
      personId: personId(c, 'Marcus Ginn'),
      at: '19:05',
      capacity: 'member',
    });
    m = {
      ...m,
      attendance: m.attendance.map((a) =>
        a.personId === personId(c, 'Marcus Ginn') ? { ...a, substituteFor: absent } : a,
      ),
    };
    expect(quorumTimeline(m, c, { now: '19:30' }).current.count).toBe(5);
    const seatWithoutVote = nonVoting(c, 'Elaine Chumnerly');
    expect(quorumTimeline(m, seatWithoutVote, { now: '19:30' }).current.count).toBe(4);
  });

  it('says a quorum larger than the membership can never be reached, and warns without crashing', () => {
    const c = { ...sampleCommittee(), quorum: 9 };
    const t = quorumTimeline(meeting(), c, { now: '19:30' });
    expect(t.reachable).toBe(false);
    expect(t.membership).toBe(5);
    expect(unreachableQuorum(c.quorum, t.membership)).toBe(
      "The quorum (9) is more than the committee's 5 voting members, so it can never be reached. Lower the quorum or add voting seats.",
    );
    expect(inquorateWarning(t, 'record a vote')).toMatch(
      /inquorate: 4 voting members present and the quorum is 9 \(the quorum cannot be reached/,
    );
    expect(unreachableQuorum(3, 5)).toBeUndefined();
    expect(
      inquorateWarning(quorumTimeline(meeting(), sampleCommittee(), { now: '19:30' }), 'record a vote'),
    ).toBeUndefined();
  });

  it('a committee with no seats recorded says nothing of reaching the quorum, and the watch still counts', () => {
    const c = { ...sampleCommittee(), memberships: [], quorum: 9 };
    const t = quorumTimeline(meeting(), c, { now: '19:30' });
    expect(t.membership).toBe(0);
    expect(t.reachable).toBe(true);
    expect(unreachableQuorum(9, 0)).toBeUndefined();
    expect(t.current.count).toBe(4); // members by capacity still count
  });
});

describe('a meeting file with unknown people', () => {
  it('counts a member not on the roster by capacity, and nothing breaks', () => {
    const c = sampleCommittee();
    const m = run(meeting(), 'attendance:leave', { personId: personId(c, 'Donald Johnson'), at: '19:10' });
    const stranger = {
      personId: 'not-on-the-roster',
      capacity: 'member' as const,
      status: 'present' as const,
      lateApologies: false,
      arrivedAt: '19:20',
    };
    const t = quorumTimeline({ ...m, attendance: [...m.attendance, stranger] }, c, { now: '19:30' });
    expect(t.spans.map((s) => s.count)).toEqual([4, 3, 4]);
    expect(t.current.present).toContain('not-on-the-roster');
  });
});

describe('older files', () => {
  it('load without the voting flag or the co-optee setting, with the defaults', () => {
    const dir = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
    const raw = JSON.parse(readFileSync(`${dir}committees.json`, 'utf8'));
    for (const c of raw.committees) {
      delete c.settings?.coOpteesCountForQuorum;
      for (const m of c.memberships) delete m.voting;
    }
    const loaded = loadCommitteesFile(raw);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const c = loaded.value.committees[0]!;
    expect(c.settings.coOpteesCountForQuorum).toBeUndefined();
    expect(c.memberships.every((m) => m.voting === undefined)).toBe(true);
    expect(quorumTimeline(meeting(), c, { now: '19:30' }).current.count).toBe(4);
  });

  it('keep the new fields once written', () => {
    const dir = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
    const raw = JSON.parse(readFileSync(`${dir}committees.json`, 'utf8'));
    raw.committees[0].settings.coOpteesCountForQuorum = true;
    raw.committees[0].memberships[0].voting = false;
    const loaded = loadCommitteesFile(raw);
    expect(loaded.ok && loaded.value.committees[0]!.settings.coOpteesCountForQuorum).toBe(true);
    expect(loaded.ok && loaded.value.committees[0]!.memberships[0]!.voting).toBe(false);
  });
});
