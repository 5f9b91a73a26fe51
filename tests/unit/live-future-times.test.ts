// Times still to come, and item starts inside an adjournment. While a meeting is minuted on its
// own date, a time later than now (a minute's slack) is refused, by the shared rules, so the
// console (applying commands locally) and the store say the same. Minuting after the date is free.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../electron/api/handle';
import { commandHandlers } from '../../electron/api/handlers/commands';
import { Store } from '../../electron/services/store/store';
import type { ChannelName, Result } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { tempDir } from '../helpers/temp-dir';
import {
  ctxAt,
  expectRefused,
  itemId,
  MEETING_DATE,
  personId,
  plannedMeeting,
  run,
  sampleCommittee,
  sampleMeeting,
} from './live-helpers';

const c = sampleCommittee();
/** Now, on the meeting's own date. */
const live = (time: string) => ctxAt(time, MEETING_DATE);

/** Started at 5.00 pm, adjourned at 5.28 pm (the QA report's evening, moved earlier). */
function adjournedAt528(): Meeting {
  const m = run(plannedMeeting(), 'clock:start', { at: '17:00' }, live('17:00'));
  return run(m, 'clock:adjourn', {}, live('17:28'));
}

describe('times still to come, on the meeting’s own date', () => {
  it('refuses a resumption later than now, with a message saying it is still to come', () => {
    const m = adjournedAt528();
    const e = expectRefused(() => run(m, 'clock:resume', { at: '17:45' }, live('17:28')), 'TIME_STILL_TO_COME', 'at');
    expect(e.message).toBe('The resumption (5.45 pm) is still to come: it is now 5.28 pm');
    // Now (and now plus a minute's slack) is fine; so is the same time once it has come.
    expect(run(m, 'clock:resume', {}, live('17:28')).clock.adjournments).toEqual([{ out: '17:28', in: '17:28' }]);
    expect(run(m, 'clock:resume', { at: '17:29' }, live('17:28')).clock.adjournments[0]!.in).toBe('17:29');
    expect(run(m, 'clock:resume', { at: '17:45' }, live('17:45')).clock.adjournments[0]!.in).toBe('17:45');
  });

  it('so the meeting can still be ended at now after a resumption was refused', () => {
    const m = adjournedAt528();
    expectRefused(() => run(m, 'clock:resume', { at: '17:45' }, live('17:28')), 'TIME_STILL_TO_COME');
    const back = run(m, 'clock:resume', {}, live('17:30'));
    const ended = run(back, 'clock:end', {}, live('17:31'));
    expect(ended.clock.endedAt).toBe('17:31');
    expect(ended.status).toBe('ended');
  });

  it('refuses a start, an adjournment and an end still to come', () => {
    expectRefused(
      () => run(plannedMeeting(), 'clock:start', { at: '19:10' }, live('19:05')),
      'TIME_STILL_TO_COME',
      'at',
    );
    const started = run(plannedMeeting(), 'clock:start', { at: '19:00' }, live('19:05'));
    expectRefused(() => run(started, 'clock:adjourn', { at: '19:30' }, live('19:20')), 'TIME_STILL_TO_COME', 'at');
    const e = expectRefused(
      () => run(started, 'clock:end', { at: '21:00' }, live('20:30')),
      'TIME_STILL_TO_COME',
      'at',
    );
    expect(e.message).toBe('The end of the meeting (9.00 pm) is still to come: it is now 8.30 pm');
    expectRefused(
      () => run(started, 'clock:setTimes', { endedAt: '21:00' }, live('20:30')),
      'TIME_STILL_TO_COME',
      'endedAt',
    );
  });

  it('refuses late arrivals, departures and item starts still to come, at their fields', () => {
    const started = run(plannedMeeting(), 'clock:start', { at: '19:00' }, live('19:00'));
    const donald = personId(c, 'Donald Johnson');
    const e = expectRefused(
      () => run(started, 'attendance:arrive', { personId: donald, at: '19:40' }, live('19:20')),
      'TIME_STILL_TO_COME',
      'at',
    );
    expect(e.message).toContain('A late arrival (7.40 pm) is still to come');
    const item5 = itemId(started, '5');
    expectRefused(
      () => run(started, 'agenda:setItemStart', { itemId: item5, at: '19:40' }, live('19:20')),
      'TIME_STILL_TO_COME',
      'at',
    );
    expectRefused(
      () => run(started, 'clock:goToItem', { itemId: item5, at: '19:40' }, live('19:20')),
      'TIME_STILL_TO_COME',
      'at',
    );
    const arrived = run(started, 'attendance:arrive', { personId: donald, at: '19:10' }, live('19:20'));
    expectRefused(
      () => run(arrived, 'attendance:leave', { personId: donald, at: '20:00' }, live('19:20')),
      'TIME_STILL_TO_COME',
      'at',
    );
  });

  it('leaves meetings minuted after their date alone', () => {
    const m = adjournedAt528();
    const nextDay = ctxAt('09:00', '2016-09-20');
    const back = run(m, 'clock:resume', { at: '17:45' }, nextDay);
    expect(run(back, 'clock:end', { at: '18:30' }, nextDay).clock.endedAt).toBe('18:30');
  });

  it('does not let a time already recorded later than now block other edits', () => {
    // The sample meeting ended at 8.5x pm; at 7.30 pm that evening an unrelated edit still goes through.
    const m = sampleMeeting();
    const p = m.notes[0]!;
    const edited = run(
      m,
      'notes:updateParagraph',
      { paragraphId: p.id, content: [{ t: 'text', text: 'Changed.' }] },
      live('19:30'),
    );
    expect(edited.notes[0]!.content).toEqual([{ t: 'text', text: 'Changed.' }]);
  });

  it('checks a batch (what undo sends) on its result too', () => {
    const started = run(plannedMeeting(), 'clock:start', { at: '19:00' }, live('19:05'));
    const steps = [{ name: 'clock:setTimes', input: { endedAt: '21:00' } }];
    expectRefused(() => run(started, 'meeting:batch', { steps }, live('20:00')), 'TIME_STILL_TO_COME');
    expect(run(started, 'meeting:batch', { steps }, live('21:00')).clock.endedAt).toBe('21:00');
  });
});

describe('item starts and adjournments', () => {
  it('refuses an item start inside an adjournment, open or closed', () => {
    const m = adjournedAt528();
    const item5 = itemId(m, '5');
    const e = expectRefused(
      () => run(m, 'agenda:setItemStart', { itemId: item5, at: '17:35' }, live('17:40')),
      'ITEM_START_WHILE_ADJOURNED',
      'at',
    );
    expect(e.message).toBe('Item 5 cannot start (5.35 pm) while the meeting is adjourned (since 5.28 pm)');
    const back = run(m, 'clock:resume', {}, live('17:50'));
    const closed = expectRefused(
      () => run(back, 'agenda:setItemStart', { itemId: item5, at: '17:35' }, live('17:55')),
      'ITEM_START_WHILE_ADJOURNED',
      'at',
    );
    expect(closed.message).toContain('from 5.28 pm to 5.50 pm');
    // At the adjournment's edges it is fine.
    expect(
      run(back, 'agenda:setItemStart', { itemId: item5, at: '17:50' }, live('17:55')).agenda.find(
        (i) => i.id === item5,
      )!.startedAt,
    ).toBe('17:50');
  });

  it('steps into an item during an adjournment without starting it; the item starts when the meeting resumes', () => {
    const m = adjournedAt528();
    const item6 = itemId(m, '6');
    const moved = run(m, 'clock:goToItem', { itemId: item6 }, live('17:35'));
    expect(moved.clock.currentItemId).toBe(item6);
    expect(moved.agenda.find((i) => i.id === item6)!.startedAt).toBeUndefined();
    const back = run(moved, 'clock:resume', {}, live('17:50'));
    expect(back.agenda.find((i) => i.id === item6)!.startedAt).toBe('17:50');
  });
});

describe('the store refuses a time still to come too', () => {
  const sampleDir = fileURLToPath(new URL('../../resources/sample/', import.meta.url));
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  let meeting: Meeting;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    // 7.30 pm (BST) on the evening of the sample meeting.
    store = await Store.open({ dataDir: dir, sampleDir, now: () => new Date('2016-09-19T18:30:00.000Z'), retryMs: 20 });
    meeting = store.meeting(store.meetingIds()[0]!);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  async function call(channel: ChannelName, input: Record<string, unknown>): Promise<Result<unknown>> {
    const impl = commandHandlers({ store, host: 'cli', version: '0', now: () => new Date('2016-09-19T18:30:00.000Z') })[
      channel as never
    ];
    return handle(channel, impl)({ meetingId: meeting.id, ...input }, { trusted: true });
  }

  it('with the message at the field, and nothing saved', async () => {
    const revision = store.meeting(meeting.id).revision;
    const r = await call('clock:setTimes', { endedAt: '21:00' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code: 'TIME_STILL_TO_COME',
      field: 'endedAt',
      message: 'The end of the meeting (9.00 pm) is still to come: it is now 7.30 pm',
    });
    expect(store.meeting(meeting.id).revision).toBe(revision);
    // Now is fine.
    expect((await call('clock:setTimes', { endedAt: '19:30' })).ok).toBe(true);
  });
});
