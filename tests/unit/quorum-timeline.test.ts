// The quorum watch's timeline, built from real sequences of live commands on the sample meeting
// of 19 September 2016 (quorum 3; Councillors Needham, De'Ath, Ffiske and Johnson present).
import { describe, expect, it } from 'vitest';
import type { Committee, Meeting } from '$shared/domain';
import { inquorateWarning, quorumTimeline, timelineDescription, quorumChangeSentence } from '$shared/quorum';
import { itemId, personId, plannedMeeting, run, sampleCommittee } from './live-helpers';

/** The sample meeting started at 7.00 pm, with items 1 to 3 reached at 7.00, 7.30 and 8.00 pm. */
function started(): { m: Meeting; c: Committee } {
  const c = sampleCommittee();
  let m = run(plannedMeeting(), 'clock:start', { at: '19:00' });
  m = run(m, 'clock:goToItem', { itemId: itemId(m, '1'), at: '19:00' });
  m = run(m, 'clock:goToItem', { itemId: itemId(m, '2'), at: '19:30' });
  m = run(m, 'clock:goToItem', { itemId: itemId(m, '3'), at: '20:00' });
  return { m, c };
}

const leave = (m: Meeting, c: Committee, name: string, at: string) =>
  run(m, 'attendance:leave', { personId: personId(c, name), at });

describe('quorum timeline', () => {
  it('counts the councillors present from the start, and stays quorate', () => {
    const { m, c } = started();
    const t = quorumTimeline(m, c, { now: '20:10' });
    expect(t.quorum).toBe(3);
    expect(t.current).toMatchObject({ count: 4, quorate: true, sitting: true });
    expect(t.spans).toEqual([{ from: '19:00', to: '20:10', count: 4, sitting: true }]);
    expect(t.changes).toEqual([]);
    expect(t.membership).toBe(5); // five councillors' seats; co-optees do not count by default
    expect(t.reachable).toBe(true);
  });

  it('marks the moment early departures make it inquorate, and when an arrival restores it', () => {
    const { m: m0, c } = started();
    let m = leave(m0, c, 'Donald Johnson', '19:40');
    m = leave(m, c, 'Caroline Ffiske', '20:05');
    m = run(m, 'attendance:arrive', { personId: personId(c, 'Sue Macmillan'), at: '20:20', capacity: 'member' });
    const t = quorumTimeline(m, c, { now: '20:30' });
    expect(t.spans).toEqual([
      { from: '19:00', to: '19:40', count: 4, sitting: true },
      { from: '19:40', to: '20:05', count: 3, sitting: true },
      { from: '20:05', to: '20:20', count: 2, sitting: true },
      { from: '20:20', to: '20:30', count: 3, sitting: true },
    ]);
    expect(t.changes).toEqual([
      { at: '20:05', kind: 'inquorate' },
      { at: '20:20', kind: 'quorate' },
    ]);
    expect(t.current.quorate).toBe(true);
    expect(quorumChangeSentence(t.changes[0]!)).toBe('The meeting became inquorate at 8.05 pm.');
  });

  it('takes a member who withdrew for an interest out of the count for that item only', () => {
    const { m: m0, c } = started();
    let m = leave(m0, c, 'Donald Johnson', '19:10');
    m = run(m, 'declarations:add', {
      declaration: {
        id: 'decl-quorum',
        personId: personId(c, 'Caroline Ffiske'),
        itemId: itemId(m, '2'),
        kind: 'disclosable-pecuniary',
        nature: 'A governor of a school named in the report',
        withdrew: true,
      },
    });
    const t = quorumTimeline(m, c, { now: '20:15' });
    // Item 2 ran from 7.30 to 8.00 pm: two councillors in the room while she was out.
    expect(t.spans).toEqual([
      { from: '19:00', to: '19:10', count: 4, sitting: true },
      { from: '19:10', to: '19:30', count: 3, sitting: true },
      { from: '19:30', to: '20:00', count: 2, sitting: true },
      { from: '20:00', to: '20:15', count: 3, sitting: true },
    ]);
    expect(t.changes.map((x) => `${x.kind} ${x.at}`)).toEqual(['inquorate 19:30', 'quorate 20:00']);
  });

  it('uses the withdrawal and return times when they were recorded', () => {
    const { m: m0, c } = started();
    let m = leave(m0, c, 'Donald Johnson', '19:10');
    m = run(m, 'declarations:add', {
      declaration: {
        id: 'decl-timed',
        personId: personId(c, "Alan De'Ath"),
        itemId: itemId(m, '2'),
        kind: 'other',
        withdrew: true,
        withdrewAt: '19:45',
        returnedAt: '19:50',
      },
    });
    const t = quorumTimeline(m, c, { now: '20:00' });
    expect(t.changes).toEqual([
      { at: '19:45', kind: 'inquorate' },
      { at: '19:50', kind: 'quorate' },
    ]);
  });

  it('does not call an adjournment inquorate, but a resumption with too few members is', () => {
    const { m: m0, c } = started();
    let m = leave(m0, c, 'Donald Johnson', '19:10');
    m = run(m, 'clock:adjourn', { at: '20:10' });
    m = leave(m, c, 'Caroline Ffiske', '20:12');
    m = run(m, 'clock:resume', { at: '20:20' });
    const t = quorumTimeline(m, c, { now: '20:30' });
    expect(t.spans).toEqual([
      { from: '19:00', to: '19:10', count: 4, sitting: true },
      { from: '19:10', to: '20:10', count: 3, sitting: true },
      { from: '20:10', to: '20:20', count: 3, sitting: false },
      { from: '20:20', to: '20:30', count: 2, sitting: true },
    ]);
    expect(t.changes).toEqual([{ at: '20:20', kind: 'inquorate' }]);
    expect(timelineDescription(t)).toBe(
      'Voting members present (councillors) against a quorum of 3: 7.00 pm to 7.10 pm, 4; 7.10 pm to 8.10 pm, 3; ' +
        '8.10 pm to 8.20 pm, adjourned; 8.20 pm to 8.30 pm, 2 (inquorate).',
    );
  });

  it('an adjournment with everyone back in keeps the meeting quorate', () => {
    const { m: m0, c } = started();
    let m = run(m0, 'clock:adjourn', { at: '20:10' });
    m = run(m, 'clock:resume', { at: '20:20' });
    const t = quorumTimeline(m, c, { now: '20:30' });
    expect(t.changes).toEqual([]);
    expect(t.spans.map((s) => s.sitting)).toEqual([true, false, true]);
  });

  it('a departure recorded this very minute is the state now, in a meeting still running', () => {
    const { m: m0, c } = started();
    let m = leave(m0, c, 'Donald Johnson', '19:10');
    m = leave(m, c, 'Caroline Ffiske', '19:40');
    const t = quorumTimeline(m, c, { now: '19:40' });
    expect(t.current).toMatchObject({ count: 2, quorate: false });
    expect(t.spans.at(-1)).toEqual({ from: '19:40', to: '19:40', count: 2, sitting: true });
    expect(t.changes).toEqual([{ at: '19:40', kind: 'inquorate' }]);
  });

  it('ends at the recorded end, whatever the time now', () => {
    const { m: m0, c } = started();
    const m = run(m0, 'clock:end', { at: '20:51' });
    const t = quorumTimeline(m, c, { now: '23:00' });
    expect(t.end).toBe('20:51');
    expect(t.spans).toEqual([{ from: '19:00', to: '20:51', count: 4, sitting: true }]);
  });

  it('before attendance is taken, nothing is inquorate and nothing warns', () => {
    const { m: m0, c } = started();
    const m = { ...m0, attendance: m0.attendance.filter((a) => a.capacity !== 'member' && a.capacity !== 'co-optee') };
    const t = quorumTimeline(m, c, { now: '19:20' });
    expect(t.attendanceTaken).toBe(false);
    expect(t.current).toMatchObject({ count: 0, quorate: true });
    expect(t.changes).toEqual([]);
    expect(inquorateWarning(t, 'start this item')).toBeUndefined();
    // One member's apologies is attendance taken: with nobody present the meeting is inquorate.
    const apologies = run(m, 'attendance:mark', {
      personId: personId(c, 'Donald Johnson'),
      status: 'apologies',
      capacity: 'member',
    });
    const after = quorumTimeline(apologies, c, { now: '19:20' });
    expect(after.attendanceTaken).toBe(true);
    expect(after.changes).toEqual([{ at: '19:00', kind: 'inquorate' }]);
    expect(inquorateWarning(after, 'start this item')).toMatch(/^The meeting is inquorate: 0 voting members present/);
  });

  it('a meeting that starts with too few members is inquorate from its start', () => {
    const { m: m0, c } = started();
    const m = {
      ...m0,
      attendance: m0.attendance.map((a) =>
        a.capacity === 'member' && a.personId !== personId(c, 'Caroline Needham')
          ? { ...a, status: 'absent' as const }
          : a,
      ),
    };
    const t = quorumTimeline(m, c, { now: '19:20' });
    expect(t.current.count).toBe(1);
    expect(t.changes).toEqual([{ at: '19:00', kind: 'inquorate' }]);
  });
});
