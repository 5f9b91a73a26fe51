// Gaps approved as "[to be completed]" filled by amendment: the meeting times (clock:setTimes) and
// attendance (attendance:set) carried by minutes:amend, sealed and recorded, and described in words.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import {
  amendedEntry,
  attendanceChoices,
  attendanceWords,
  checkSeal,
  clockWords,
  committeeAsApproved,
  minutesGaps,
} from '$shared/review';
import { loadSample, Steps } from '../helpers/review';

const CHUMNERLY = 'a51586a9-fa45-477b-a5e0-b260b02d0559';

function approvedWithoutEnd(): Steps {
  const { meeting, committee } = loadSample();
  const s = new Steps(meeting, committee);
  s.run('clock:setTimes', { endedAt: null });
  s.run('review:send', { by: 'Bathsheba Mall' });
  s.run('review:approve', { by: 'Councillor Needham', confirmMarkers: true });
  return s;
}

describe('amending the meeting times and attendance of approved minutes', () => {
  it('fills the end time approved as a gap; the record says who, why, and the before and after', () => {
    const s = approvedWithoutEnd();
    expect(s.meeting.approval!.gapsConfirmed).toEqual(['Closing: the time the meeting ended']);
    const m = s.run('minutes:amend', {
      by: 'Councillor Needham',
      why: 'Not recorded on the night',
      command: { name: 'clock:setTimes', input: { endedAt: '20:51' } },
    });
    expect(m.clock.endedAt).toBe('20:51');
    expect(m.status).toBe('approved');
    expect(checkSeal(m).ok).toBe(true);
    expect(minutesGaps(m, s.committee)).toEqual([]);
    const [change] = m.amendments![0]!.changes;
    expect(change).toMatchObject({ kind: 'clock' });
    expect(clockWords(m, change!.before as Meeting['clock'])).toBe(
      'Meeting started: 7.00 pm. Meeting ended: [to be completed]',
    );
    expect(clockWords(m, change!.after as Meeting['clock'])).toBe('Meeting started: 7.00 pm. Meeting ended: 8.51 pm');
  });

  it('marks someone who sent apologies present, arrived late, by amendment', () => {
    const { meeting, committee } = loadSample();
    const s = new Steps(meeting, committee);
    s.run('review:send', { by: 'BM' });
    s.run('review:approve', { by: 'Councillor Needham', confirmMarkers: false });
    const named = committeeAsApproved(s.meeting, committee);
    const choice = attendanceChoices(s.meeting, named).find((c) => c.personId === CHUMNERLY)!;
    expect(choice).toMatchObject({
      name: 'Councillor Elaine Chumnerly',
      capacity: 'member',
      entry: { status: 'apologies' },
    });
    const entry = amendedEntry(choice, 'present', { arrivedAt: '19:20', leftAt: '' });
    expect(entry).toEqual({
      personId: CHUMNERLY,
      capacity: 'member',
      status: 'present',
      lateApologies: false,
      arrivedAt: '19:20',
    });
    const m = s.run('minutes:amend', {
      by: 'Councillor Needham',
      why: 'She arrived late',
      command: { name: 'attendance:set', input: entry },
    });
    expect(checkSeal(m).ok).toBe(true);
    const change = m.amendments![0]!.changes.find((c) => c.kind === 'attendance')!;
    expect(change.id).toBe(CHUMNERLY);
    expect(attendanceWords(named, change.id, change.before as never)).toBe(
      'Councillor Elaine Chumnerly: sent apologies',
    );
    expect(attendanceWords(named, change.id, change.after as never)).toBe(
      'Councillor Elaine Chumnerly: present, arrived 7.20 pm',
    );
  });

  it('drops times from anyone not present, and clears lateness apologies with apologies for absence', () => {
    const choice = {
      personId: 'p',
      name: 'P',
      capacity: 'member' as const,
      entry: {
        personId: 'p',
        capacity: 'member' as const,
        status: 'present' as const,
        arrivedAt: '19:10',
        lateApologies: true,
      },
    };
    expect(amendedEntry(choice, 'apologies', { arrivedAt: '19:10' })).toEqual({
      personId: 'p',
      capacity: 'member',
      status: 'apologies',
      lateApologies: false,
    });
    expect(amendedEntry(choice, 'absent', {})).toEqual({
      personId: 'p',
      capacity: 'member',
      status: 'absent',
      lateApologies: true,
    });
    expect(attendanceWords(loadSample().committee, 'p', null)).toBe(
      'someone no longer in the committee’s people: not on the attendance list',
    );
  });

  it('offers members of the committee not on the attendance list, as new entries', () => {
    const { meeting, committee } = loadSample();
    const without = { ...meeting, attendance: meeting.attendance.filter((a) => a.personId !== CHUMNERLY) };
    const choices = attendanceChoices(without, committee);
    const chumnerly = choices.find((c) => c.personId === CHUMNERLY)!;
    expect(chumnerly.entry).toBeUndefined();
    expect(amendedEntry(chumnerly, 'apologies', {})).toEqual({
      personId: CHUMNERLY,
      capacity: 'member',
      status: 'apologies',
      lateApologies: false,
    });
    expect(choices.map((c) => c.name)).toEqual(
      [...choices.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
  });

  it('offers only members whose seat covers the meeting date: not one who joined later or left before', () => {
    const { meeting, committee } = loadSample();
    const seat = committee.memberships.find((ms) => ms.personId === CHUMNERLY)!;
    const without = { ...meeting, attendance: meeting.attendance.filter((a) => a.personId !== CHUMNERLY) };
    const withSeat = (from: string | undefined, to: string | undefined) => {
      const changed = { ...seat, ...(from ? { from } : {}), ...(to ? { to } : {}) };
      if (!from) delete changed.from;
      if (!to) delete changed.to;
      return { ...committee, memberships: committee.memberships.map((ms) => (ms === seat ? changed : ms)) };
    };
    const offered = (c: typeof committee) => attendanceChoices(without, c).some((x) => x.personId === CHUMNERLY);
    expect(offered(withSeat('2016-05-01', undefined))).toBe(true);
    expect(offered(withSeat('2016-05-01', '2016-09-19'))).toBe(true);
    expect(offered(withSeat('2016-09-20', undefined))).toBe(false);
    expect(offered(withSeat(undefined, '2016-09-18'))).toBe(false);
  });
});
