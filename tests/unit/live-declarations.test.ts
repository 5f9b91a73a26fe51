import { describe, expect, it } from 'vitest';
import { votersFor, withdrawnFor } from '$shared/rules';
import { ctxAt, expectRefused, itemId, personId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const who = (name: string) => personId(c, name);
const m0 = sampleMeeting();
const item7 = itemId(m0, '7');
const declaration = (over: Record<string, unknown> = {}) => ({
  id: 'd1',
  personId: who('Donald Johnson'),
  itemId: item7,
  kind: 'other',
  nature: 'School governor',
  ...over,
});

describe('declarations of interest', () => {
  it('refuses a declaration by someone not present, at the person field', () => {
    expectRefused(
      () => run(m0, 'declarations:add', { declaration: declaration({ personId: who('Elaine Chumnerly') }) }),
      'DECLARANT_NOT_PRESENT',
      'personId',
    );
    expectRefused(
      () => run(m0, 'declarations:add', { declaration: declaration({ personId: 'not-on-the-list' }) }),
      'DECLARANT_NOT_PRESENT',
      'personId',
    );
  });

  it('withdraws a member with a disclosable pecuniary interest: not among the voters for that item', () => {
    expect(votersFor(m0, item7)).toContain(who('Donald Johnson'));
    const m = run(m0, 'declarations:add', {
      declaration: declaration({ kind: 'disclosable-pecuniary', withdrew: false }),
    });
    expect(m.declarations[0]?.withdrew).toBe(true);
    expect(withdrawnFor(m, item7)).toEqual([who('Donald Johnson')]);
    expect(votersFor(m, item7)).not.toContain(who('Donald Johnson'));
    expect(votersFor(m, itemId(m, '8'))).toContain(who('Donald Johnson'));
  });

  it('leaves a member with a dispensation in the room, and any other interest as recorded', () => {
    const dispensed = run(m0, 'declarations:add', {
      declaration: declaration({ kind: 'disclosable-pecuniary', dispensation: true }),
    });
    expect(dispensed.declarations[0]?.withdrew).toBe(false);
    expect(votersFor(dispensed, item7)).toContain(who('Donald Johnson'));
    const other = run(m0, 'declarations:add', { declaration: declaration() });
    expect(other.declarations[0]?.withdrew).toBe(false);
    const madePecuniary = run(other, 'declarations:update', {
      declarationId: 'd1',
      patch: { kind: 'disclosable-pecuniary' },
    });
    expect(madePecuniary.declarations[0]?.withdrew).toBe(true);
  });

  it('records the return of a member who withdrew, now by default, never before the withdrawal', () => {
    const withdrew = run(m0, 'declarations:add', {
      declaration: declaration({ kind: 'disclosable-pecuniary', withdrewAt: '19:40' }),
    });
    const back = run(withdrew, 'declarations:returned', { declarationId: 'd1' }, ctxAt('20:05'));
    expect(back.declarations[0]?.returnedAt).toBe('20:05');
    expectRefused(
      () => run(withdrew, 'declarations:returned', { declarationId: 'd1', at: '19:30' }),
      'RETURNED_BEFORE_WITHDRAWING',
      'at',
    );
    const stayed = run(m0, 'declarations:add', { declaration: declaration() });
    expectRefused(
      () => run(stayed, 'declarations:returned', { declarationId: 'd1', at: '20:00' }),
      'NOT_WITHDRAWN',
      'at',
    );
    expect(run(back, 'declarations:returned', { declarationId: 'd1', at: null }).declarations[0]).not.toHaveProperty(
      'returnedAt',
    );
  });

  it('keeps the declarant present: marking them absent afterwards is refused', () => {
    const m = run(m0, 'declarations:add', { declaration: declaration() });
    expectRefused(
      () => run(m, 'attendance:mark', { personId: who('Donald Johnson'), status: 'absent' }),
      'DECLARANT_NOT_PRESENT',
      'status',
    );
    const removed = run(m, 'declarations:remove', { declarationId: 'd1' });
    expect(removed.declarations).toEqual([]);
    expect(
      run(removed, 'attendance:mark', { personId: who('Donald Johnson'), status: 'absent' }).attendance.find(
        (a) => a.personId === who('Donald Johnson'),
      )?.status,
    ).toBe('absent');
  });

  it('refuses a declaration on an item that is not on the agenda', () => {
    expectRefused(
      () => run(m0, 'declarations:add', { declaration: declaration({ itemId: 'no-such-item' }) }),
      'NOT_FOUND',
      'itemId',
    );
  });
});
