import { describe, expect, it } from 'vitest';
import { itemStatus } from '$shared/rules';
import {
  ctxAt,
  expectRefused,
  itemId,
  personId,
  plannedMeeting,
  run,
  sampleCommittee,
  sampleMeeting,
} from './live-helpers';

describe('meeting clock', () => {
  it('starts now by default, makes a planned meeting live and records the change in the history', () => {
    const m = run(plannedMeeting(), 'clock:start', {}, ctxAt('19:02'));
    expect(m.clock.startedAt).toBe('19:02');
    expect(m.status).toBe('live');
    expect(m.history.map((h) => h.status)).toEqual(['live']);
  });

  it('starts at the time given, and refuses a second start', () => {
    const m = run(plannedMeeting(), 'clock:start', { at: '19:00' }, ctxAt('19:07'));
    expect(m.clock.startedAt).toBe('19:00');
    expectRefused(() => run(m, 'clock:start', {}), 'ALREADY_STARTED', 'at');
  });

  it('follows the status rule of meeting:setStatus: a meeting in review cannot be started', () => {
    const inReview = { ...plannedMeeting(), status: 'in_review' as const };
    expectRefused(() => run(inReview, 'clock:start', {}), 'BAD_STATUS');
  });

  it('refuses an end before the start, at the time field, and changes nothing', () => {
    const started = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    const copy = structuredClone(started);
    const e = expectRefused(() => run(started, 'clock:end', { at: '18:45' }), 'END_BEFORE_START', 'at');
    expect(e.message).toContain('6.45 pm');
    expect(e.message).toContain('7.00 pm');
    expect(started).toEqual(copy);
  });

  it('ends the meeting, making it ended; an end without a start is refused', () => {
    expectRefused(() => run(plannedMeeting(), 'clock:end', { at: '20:51' }), 'NOT_STARTED', 'at');
    const live = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    const ended = run(live, 'clock:end', {}, ctxAt('20:51'));
    expect(ended.clock.endedAt).toBe('20:51');
    expect(ended.status).toBe('ended');
    expect(ended.history.map((h) => h.status)).toEqual(['live', 'ended']);
    expectRefused(() => run(ended, 'clock:end', {}), 'ALREADY_ENDED', 'at');
  });

  it('records adjournments out and in, in order', () => {
    expectRefused(() => run(plannedMeeting(), 'clock:adjourn', {}), 'NOT_STARTED', 'at');
    const live = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    expectRefused(() => run(live, 'clock:resume', {}), 'NOT_ADJOURNED', 'at');
    expectRefused(() => run(live, 'clock:adjourn', { at: '18:30' }), 'ADJOURNMENT_BEFORE_START', 'at');
    const out = run(live, 'clock:adjourn', {}, ctxAt('19:40'));
    expectRefused(() => run(out, 'clock:adjourn', {}), 'ALREADY_ADJOURNED', 'at');
    expectRefused(() => run(out, 'clock:resume', { at: '19:35' }), 'RESUMED_BEFORE_ADJOURNED', 'at');
    const back = run(out, 'clock:resume', {}, ctxAt('19:50'));
    expect(back.clock.adjournments).toEqual([{ out: '19:40', in: '19:50' }]);
    expectRefused(() => run(back, 'clock:adjourn', { at: '19:45' }), 'ADJOURNMENTS_OVERLAP', 'at');
  });

  it('lets the start and end be edited, but not into an order that breaks other times', () => {
    const sample = sampleMeeting();
    const edited = run(sample, 'clock:setTimes', { startedAt: '19:01', endedAt: '20:55' });
    expect(edited.clock).toMatchObject({ startedAt: '19:01', endedAt: '20:55' });
    expect(edited.status).toBe(sample.status);
    expectRefused(() => run(sample, 'clock:setTimes', { startedAt: null }), 'END_WITHOUT_START', 'endedAt');
    expectRefused(() => run(sample, 'clock:setTimes', { endedAt: '18:00' }), 'END_BEFORE_START', 'endedAt');
    // A start moved after a recorded late arrival would make that arrival early: refused.
    const c = sampleCommittee();
    const late = run(sample, 'attendance:arrive', { personId: personId(c, 'Donald Johnson'), at: '19:20' });
    expectRefused(() => run(late, 'clock:setTimes', { startedAt: '19:30' }), 'LATE_ARRIVAL_BEFORE_START', 'startedAt');
  });
});

describe('agenda rail', () => {
  it("records an item's start the first time it is stepped into while the meeting runs", () => {
    const live = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    const item5 = itemId(live, '5');
    const at5 = run(live, 'clock:goToItem', { itemId: item5 }, ctxAt('19:12'));
    expect(at5.clock.currentItemId).toBe(item5);
    expect(at5.agenda.find((i) => i.id === item5)?.startedAt).toBe('19:12');
    const elsewhere = run(at5, 'clock:goToItem', { itemId: itemId(live, '6') }, ctxAt('19:30'));
    const backAgain = run(elsewhere, 'clock:goToItem', { itemId: item5 }, ctxAt('19:45'));
    expect(backAgain.agenda.find((i) => i.id === item5)?.startedAt).toBe('19:12');
  });

  it('does not record item starts before the meeting starts; the current item starts with the meeting', () => {
    const planned = plannedMeeting();
    const first = itemId(planned, '1');
    const onFirst = run(planned, 'clock:goToItem', { itemId: first }, ctxAt('18:55'));
    expect(onFirst.agenda[0]?.startedAt).toBeUndefined();
    const started = run(onFirst, 'clock:start', {}, ctxAt('19:00'));
    expect(started.agenda[0]?.startedAt).toBe('19:00');
  });

  it('refuses an item start outside the meeting, and lets it be edited or cleared', () => {
    const sample = sampleMeeting();
    const item7 = itemId(sample, '7');
    expectRefused(() => run(sample, 'clock:goToItem', { itemId: item7, at: '18:00' }), 'ITEM_START_BEFORE_START', 'at');
    expectRefused(
      () => run(sample, 'agenda:setItemStart', { itemId: item7, at: '21:30' }),
      'ITEM_START_AFTER_END',
      'at',
    );
    const set = run(sample, 'agenda:setItemStart', { itemId: item7, at: '19:40' });
    expect(set.agenda.find((i) => i.id === item7)?.startedAt).toBe('19:40');
    const cleared = run(set, 'agenda:setItemStart', { itemId: item7, at: null });
    expect(cleared.agenda.find((i) => i.id === item7)).not.toHaveProperty('startedAt');
    expectRefused(() => run(sample, 'clock:goToItem', { itemId: 'no-such-item' }), 'NOT_FOUND');
  });

  it('gives each item its status: not reached, current, done', () => {
    let m = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    const [one, two, three] = ['1', '2', '3'].map((n) => itemId(m, n)) as [string, string, string];
    expect(itemStatus(m, one)).toBe('not-reached');
    m = run(m, 'clock:goToItem', { itemId: one }, ctxAt('19:00'));
    m = run(m, 'clock:goToItem', { itemId: two }, ctxAt('19:03'));
    expect([itemStatus(m, one), itemStatus(m, two), itemStatus(m, three)]).toEqual(['done', 'current', 'not-reached']);
    m = run(m, 'clock:end', {}, ctxAt('19:10'));
    expect([itemStatus(m, one), itemStatus(m, two), itemStatus(m, three)]).toEqual(['done', 'done', 'not-reached']);
    // Going back over the agenda after the end, as the coordinator checks the notes, reaches nothing.
    m = run(m, 'clock:goToItem', { itemId: three }, ctxAt('19:15'));
    expect([itemStatus(m, one), itemStatus(m, two), itemStatus(m, three)]).toEqual(['done', 'done', 'not-reached']);
  });

  it('answers the same meeting for a step that changes nothing', () => {
    const planned = plannedMeeting();
    expect(run(planned, 'clock:goToItem', { itemId: null })).toBe(planned);
    const sample = sampleMeeting();
    expect(run(sample, 'clock:setTimes', { startedAt: sample.clock.startedAt })).toBe(sample);
  });
});

describe('undoing a status change', () => {
  it('takes back the last status change only, and never an approval', () => {
    const live = run(plannedMeeting(), 'clock:start', { at: '19:00' });
    const back = run(live, 'meeting:revertStatus', { from: 'live', to: 'planned' });
    expect(back.status).toBe('planned');
    expect(back.history).toEqual([]);
    expectRefused(() => run(live, 'meeting:revertStatus', { from: 'ended', to: 'live' }), 'BAD_STATUS', 'from');
    const approved = {
      ...sampleMeeting(),
      status: 'approved' as const,
      history: [{ status: 'approved' as const, at: '2016-10-01T10:00:00.000Z', by: 'Chair' }],
    };
    // The edit rule of approved minutes refuses it first, as the store does (the command's own FROZEN is behind it).
    expectRefused(() => run(approved, 'meeting:revertStatus', { from: 'approved', to: 'in_review' }), 'APPROVED');
  });
});
