// Any member may ask for their own vote to be recorded (conventions.md, "Minutes"): with a
// counted vote, the minutes then name them, and the rules keep the request honest.
import { describe, expect, it } from 'vitest';
import { meetingCommandInputs } from '$shared/commands';
import { REPORT_NOTED } from '$shared/rules';
import { mentionedPersonIds } from '$shared/review/named';
import { composeMinutes, plainText } from '$shared/minutes';
import { expectRefused, itemId, personId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const who = (name: string) => personId(c, name);
const m0 = sampleMeeting();
const item9 = itemId(m0, '9');
type Way = 'for' | 'against' | 'abstain';
const counts = (f: number, a: number, x: number, recorded?: [string, Way][]) => ({
  kind: 'counts',
  for: f,
  against: a,
  abstain: x,
  ...(recorded ? { recorded: recorded.map(([name, way]) => ({ personId: who(name), way })) } : {}),
});
const set = (vote: unknown) =>
  run(m0, 'resolutions:set', { resolution: { id: 'r-asked', itemId: item9, clauses: [REPORT_NOTED], vote } });

describe('a vote a member asked to have recorded', () => {
  it('is kept with the counts, and the minutes name whoever asked, grouped by how they voted', () => {
    const m = set(
      counts(5, 2, 1, [
        ["Alan De'Ath", 'against'],
        ['Caroline Ffiske', 'abstain'],
        ['Donald Johnson', 'against'],
      ]),
    );
    expect(m.resolutions.at(-1)?.vote).toMatchObject({
      kind: 'counts',
      recorded: [{ way: 'against' }, { way: 'abstain' }, { way: 'against' }],
    });
    const vote = composeMinutes(m, c).blocks.filter((b) => b.type === 'vote' && b.resolutionId === 'r-asked');
    expect(vote.map((b) => ('runs' in b ? plainText(b.runs) : ''))).toEqual([
      "Vote: For 5, Against 2, Abstentions 1. At their request, it was recorded that Councillors De'Ath and Johnson voted against and that Councillor Ffiske abstained.",
    ]);
  });

  it('writes counts alone when nobody asked', () => {
    const m = set(counts(8, 0, 0));
    const vote = composeMinutes(m, c).blocks.find((b) => b.type === 'vote' && b.resolutionId === 'r-asked');
    expect(vote && 'runs' in vote ? plainText(vote.runs) : '').toBe('Vote: For 8, Against 0, Abstentions 0.');
  });

  it('is refused from someone who may not vote on the item, or twice from one member', () => {
    expectRefused(() => set(counts(5, 1, 0, [['Elaine Chumnerly', 'against']])), 'VOTER_NOT_ENTITLED', 'vote.recorded');
    expectRefused(() => set(counts(5, 1, 0, [['Fiona Phelps', 'against']])), 'VOTER_NOT_ENTITLED', 'vote.recorded');
    expectRefused(
      () =>
        set(
          counts(5, 1, 1, [
            ["Alan De'Ath", 'against'],
            ["Alan De'Ath", 'abstain'],
          ]),
        ),
      'VOTE_TWICE',
      'vote.recorded',
    );
  });

  it('is refused when more ask to be recorded one way than the count that way', () => {
    const e = expectRefused(
      () =>
        set(
          counts(6, 1, 0, [
            ["Alan De'Ath", 'against'],
            ['Donald Johnson', 'against'],
          ]),
        ),
      'VOTE_RECORDED_EXCEEDS_COUNT',
      'vote.recorded',
    );
    expect(e.message).toBe('2 members ask for a vote against to be recorded, but the count against is 1');
  });

  it('keeps whoever asked in the meeting: they cannot then be marked absent, and they are among the people the minutes name', () => {
    const m = set(counts(5, 1, 0, [['Nadia Taylor', 'against']]));
    expectRefused(
      () => run(m, 'attendance:mark', { personId: who('Nadia Taylor'), status: 'absent' }),
      'VOTER_NOT_ENTITLED',
      'status',
    );
    expect(mentionedPersonIds(m).has(who('Nadia Taylor'))).toBe(true);
  });

  it('takes no request without a person or a way', () => {
    const input = (recorded: unknown) => ({
      resolution: {
        id: 'r',
        itemId: item9,
        clauses: [REPORT_NOTED],
        vote: { kind: 'counts', for: 1, against: 0, abstain: 0, recorded },
      },
    });
    expect(meetingCommandInputs['resolutions:set'].safeParse(input([{ personId: who("Alan De'Ath") }])).success).toBe(
      false,
    );
    expect(meetingCommandInputs['resolutions:set'].safeParse(input([{ way: 'for' }])).success).toBe(false);
    expect(
      meetingCommandInputs['resolutions:set'].safeParse(input([{ personId: who("Alan De'Ath"), way: 'maybe' }]))
        .success,
    ).toBe(false);
  });
});
