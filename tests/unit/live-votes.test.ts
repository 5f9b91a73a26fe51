import { describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import { meetingCommandInputs } from '$shared/commands';
import { REPORT_NOTED, votersFor } from '$shared/rules';
import { expectRefused, itemId, personId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const who = (name: string) => personId(c, name);
const m0 = sampleMeeting();
const item9 = itemId(m0, '9');
const resolution = (vote?: unknown, over: Record<string, unknown> = {}) => ({
  id: 'r-new',
  itemId: item9,
  clauses: [REPORT_NOTED],
  ...(vote ? { vote } : {}),
  ...over,
});
const named = (f: string[], a: string[] = [], x: string[] = []) => ({ kind: 'named', for: f, against: a, abstain: x });
const counts = (f: number, a: number, x: number) => ({ kind: 'counts', for: f, against: a, abstain: x });

describe('votes', () => {
  it('counts voting members present: members and co-optees, not officers, guests or those with apologies', () => {
    // 4 councillors present (Chumnerly sent apologies) and 4 co-optees.
    expect(votersFor(m0, item9)).toHaveLength(8);
    expect(votersFor(m0, item9)).not.toContain(who('Elaine Chumnerly'));
    expect(votersFor(m0, item9)).not.toContain(who('Fiona Phelps'));
  });

  it('refuses counts that exceed the voting members present, at the vote field', () => {
    const e = expectRefused(
      () => run(m0, 'resolutions:set', { resolution: resolution(counts(6, 2, 1)) }),
      'VOTE_EXCEEDS_PRESENT',
      'vote',
    );
    expect(e.message).toContain('9');
    expect(e.message).toContain('8');
    const ok = run(m0, 'resolutions:set', { resolution: resolution(counts(6, 1, 1)) });
    expect(ok.resolutions.at(-1)?.vote).toEqual(counts(6, 1, 1));
  });

  it('counts a member withdrawn by a disclosable pecuniary interest out of the vote', () => {
    const m = run(m0, 'declarations:add', {
      declaration: { id: 'd1', personId: who('Donald Johnson'), itemId: item9, kind: 'disclosable-pecuniary' },
    });
    expect(votersFor(m, item9)).toHaveLength(7);
    expectRefused(
      () => run(m, 'resolutions:set', { resolution: resolution(counts(8, 0, 0)) }),
      'VOTE_EXCEEDS_PRESENT',
      'vote',
    );
    expectRefused(
      () => run(m, 'resolutions:set', { resolution: resolution(named([who('Donald Johnson')])) }),
      'VOTER_NOT_ENTITLED',
      'vote.for',
    );
  });

  it('takes a named vote only from members and co-optees present and not withdrawn', () => {
    const ok = run(m0, 'resolutions:set', {
      resolution: resolution(named([who('Caroline Needham'), who('Nadia Taylor')], [who('Caroline Ffiske')])),
    });
    expect(ok.resolutions.at(-1)?.vote).toMatchObject({ kind: 'named' });
    expectRefused(
      () => run(m0, 'resolutions:set', { resolution: resolution(named([who('Elaine Chumnerly')])) }),
      'VOTER_NOT_ENTITLED',
      'vote.for',
    );
    expectRefused(
      () => run(m0, 'resolutions:set', { resolution: resolution(named([], [], [who('Fiona Phelps')])) }),
      'VOTER_NOT_ENTITLED',
      'vote.abstain',
    );
  });

  it('refuses anyone in two columns, or twice in one', () => {
    expectRefused(
      () =>
        run(m0, 'resolutions:set', {
          resolution: resolution(named([who('Caroline Needham')], [who('Caroline Needham')])),
        }),
      'VOTE_TWICE',
      'vote.against',
    );
    expectRefused(
      () =>
        run(m0, 'resolutions:set', {
          resolution: resolution(named([who('Caroline Needham'), who('Caroline Needham')])),
        }),
      'VOTE_TWICE',
      'vote.for',
    );
  });

  it('uses the times: someone who left before the item began did not vote on it', () => {
    const timed = run(run(m0, 'agenda:setItemStart', { itemId: itemId(m0, '8'), at: '20:00' }), 'agenda:setItemStart', {
      itemId: item9,
      at: '20:30',
    });
    const left: Meeting = run(timed, 'attendance:leave', { personId: who('Nadia Taylor'), at: '20:15' });
    expect(votersFor(left, itemId(m0, '8'))).toContain(who('Nadia Taylor'));
    expect(votersFor(left, item9)).not.toContain(who('Nadia Taylor'));
    expectRefused(
      () => run(left, 'resolutions:set', { resolution: resolution(named([who('Nadia Taylor')])) }),
      'VOTER_NOT_ENTITLED',
      'vote.for',
    );
  });

  it('keeps a recorded vote valid: a voter cannot then be marked absent', () => {
    const m = run(m0, 'resolutions:set', { resolution: resolution(named([who('Nadia Taylor')])) });
    expectRefused(
      () => run(m, 'attendance:mark', { personId: who('Nadia Taylor'), status: 'absent' }),
      'VOTER_NOT_ENTITLED',
      'status',
    );
  });

  it('refuses an empty resolution, and keeps replacing a resolution in place with trimmed clauses', () => {
    expectRefused(
      () => run(m0, 'resolutions:set', { resolution: resolution(undefined, { clauses: ['  '] }) }),
      'EMPTY',
      'clauses',
    );
    expect(
      meetingCommandInputs['resolutions:set'].safeParse({ resolution: resolution(undefined, { clauses: [] }) }).success,
    ).toBe(false);
    const first = m0.resolutions[0]!;
    const replaced = run(m0, 'resolutions:set', { resolution: { ...first, clauses: ['  Noted.  '] } });
    expect(replaced.resolutions[0]).toEqual({ ...first, clauses: ['Noted.'] });
    expect(replaced.resolutions).toHaveLength(m0.resolutions.length);
  });
});
