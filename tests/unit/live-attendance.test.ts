import { describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import { apologiesFrom } from '$shared/rules';
import { ctxAt, expectRefused, personId, plannedMeeting, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const who = (name: string) => personId(c, name);
const entry = (m: Meeting, name: string) => m.attendance.find((a) => a.personId === who(name));
const started = () => run(plannedMeeting(), 'clock:start', { at: '19:00' });

describe('late arrival and early departure', () => {
  it('refuses a late arrival before the meeting started, at the field, saving nothing', () => {
    const m = started();
    const e = expectRefused(
      () => run(m, 'attendance:arrive', { personId: who('Donald Johnson'), at: '18:50' }),
      'LATE_ARRIVAL_BEFORE_START',
      'at',
    );
    expect(e.message).toContain('6.50 pm');
    const entryAsIs = { ...entry(m, 'Donald Johnson')!, arrivedAt: '18:50' };
    expectRefused(() => run(m, 'attendance:set', entryAsIs), 'LATE_ARRIVAL_BEFORE_START', 'arrivedAt');
    expect(entry(m, 'Donald Johnson')).not.toHaveProperty('arrivedAt');
  });

  it('records an arrival now by default, present; before the start, simply present', () => {
    const absent = run(started(), 'attendance:mark', { personId: who('Donald Johnson'), status: 'absent' });
    const arrived = run(absent, 'attendance:arrive', { personId: who('Donald Johnson') }, ctxAt('19:25'));
    expect(entry(arrived, 'Donald Johnson')).toMatchObject({ status: 'present', arrivedAt: '19:25' });
    const early = run(plannedMeeting(), 'attendance:arrive', { personId: who('Donald Johnson') }, ctxAt('18:55'));
    expect(entry(early, 'Donald Johnson')?.status).toBe('present');
    expect(entry(early, 'Donald Johnson')).not.toHaveProperty('arrivedAt');
  });

  it('records a departure now by default, and refuses one before the arrival or after the end', () => {
    const arrived = run(started(), 'attendance:arrive', { personId: who('Donald Johnson'), at: '19:30' });
    expectRefused(
      () => run(arrived, 'attendance:leave', { personId: who('Donald Johnson'), at: '19:20' }),
      'LEFT_BEFORE_ARRIVING',
      'at',
    );
    const left = run(arrived, 'attendance:leave', { personId: who('Donald Johnson') }, ctxAt('20:10'));
    expect(entry(left, 'Donald Johnson')).toMatchObject({ arrivedAt: '19:30', leftAt: '20:10' });
    expectRefused(
      () => run(sampleMeeting(), 'attendance:leave', { personId: who('Donald Johnson'), at: '21:00' }),
      'DEPARTURE_AFTER_END',
      'at',
    );
    expectRefused(
      () => run(sampleMeeting(), 'attendance:leave', { personId: who('Elaine Chumnerly') }),
      'NOT_PRESENT',
      'personId',
    );
  });

  it('refuses an arrival time for someone who sent apologies', () => {
    const m = started();
    const withApologies = { ...entry(m, 'Elaine Chumnerly')!, arrivedAt: '19:20' };
    expect(withApologies.status).toBe('apologies');
    expectRefused(() => run(m, 'attendance:set', withApologies), 'ARRIVAL_WITHOUT_PRESENCE', 'arrivedAt');
  });

  it('marks present, apologies or absent in one step, dropping times that no longer fit', () => {
    const arrived = run(started(), 'attendance:arrive', { personId: who('Donald Johnson'), at: '19:30' });
    const apologised = run(arrived, 'attendance:mark', { personId: who('Donald Johnson'), status: 'apologies' });
    expect(entry(apologised, 'Donald Johnson')).toEqual({
      personId: who('Donald Johnson'),
      capacity: 'member',
      status: 'apologies',
      lateApologies: false,
    });
    expectRefused(
      () => run(started(), 'attendance:mark', { personId: 'someone-new', status: 'present' }),
      'NOT_ON_LIST',
      'capacity',
    );
    const added = run(started(), 'attendance:mark', {
      personId: 'someone-new',
      status: 'present',
      capacity: 'also-present',
    });
    expect(added.attendance.at(-1)).toMatchObject({
      personId: 'someone-new',
      capacity: 'also-present',
      status: 'present',
    });
  });
});

describe('substitutes', () => {
  const sub = { personId: 'substitute-1', capacity: 'member', status: 'present', lateApologies: false };

  it('accepts a substitute for a member who sent apologies', () => {
    const m = run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: who('Elaine Chumnerly') });
    expect(m.attendance.at(-1)?.substituteFor).toBe(who('Elaine Chumnerly'));
  });

  it('refuses a substitute for a member who is present, for someone not a member, or a second one', () => {
    expectRefused(
      () => run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: who('Donald Johnson') }),
      'SUBSTITUTE_FOR_PRESENT',
      'substituteFor',
    );
    expectRefused(
      () => run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: who('Fiona Phelps') }),
      'SUBSTITUTE_FOR_NON_MEMBER',
      'substituteFor',
    );
    expectRefused(
      () => run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: 'substitute-1' }),
      'SUBSTITUTE_FOR_SELF',
      'substituteFor',
    );
    const one = run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: who('Elaine Chumnerly') });
    expectRefused(
      () => run(one, 'attendance:set', { ...sub, personId: 'substitute-2', substituteFor: who('Elaine Chumnerly') }),
      'TWO_SUBSTITUTES',
      'substituteFor',
    );
  });

  it('refuses marking the absent member present while their substitute sits, at the status field', () => {
    const m = run(sampleMeeting(), 'attendance:set', { ...sub, substituteFor: who('Elaine Chumnerly') });
    expectRefused(
      () => run(m, 'attendance:mark', { personId: who('Elaine Chumnerly'), status: 'present' }),
      'SUBSTITUTE_FOR_PRESENT',
      'status',
    );
    expectRefused(
      () => run(m, 'attendance:remove', { personId: who('Elaine Chumnerly') }),
      'SUBSTITUTE_FOR_NON_MEMBER',
      'personId',
    );
  });
});

describe('apologies follow from attendance', () => {
  it("lists the sample's apology: Councillor Chumnerly", () => {
    const { absence, lateness } = apologiesFrom(sampleMeeting(), c);
    expect(absence.map((a) => a.person?.name)).toEqual(['Elaine Chumnerly']);
    expect(lateness).toEqual([]);
  });

  it('adds a member or co-optee marked with apologies, and apologies for lateness; not officers', () => {
    let m = run(sampleMeeting(), 'attendance:mark', { personId: who('Nadia Taylor'), status: 'apologies' });
    m = run(m, 'attendance:mark', { personId: who('Fiona Phelps'), status: 'apologies' });
    m = run(m, 'attendance:set', { ...entry(m, 'Donald Johnson')!, lateApologies: true });
    const { absence, lateness } = apologiesFrom(m, c);
    expect(absence.map((a) => a.person?.name)).toEqual(['Elaine Chumnerly', 'Nadia Taylor']);
    expect(lateness.map((a) => a.person?.name)).toEqual(['Donald Johnson']);
    const back = run(m, 'attendance:mark', { personId: who('Nadia Taylor'), status: 'present' });
    expect(apologiesFrom(back, c).absence.map((a) => a.person?.name)).toEqual(['Elaine Chumnerly']);
  });

  it('refuses apologies for absence and for lateness together', () => {
    const m = sampleMeeting();
    expectRefused(
      () => run(m, 'attendance:set', { ...entry(m, 'Elaine Chumnerly')!, lateApologies: true }),
      'LATENESS_AND_ABSENCE',
      'lateApologies',
    );
  });
});
