// The kill test is paced by work done, not by the clock (issue 12): what a kill would find is
// counted from the round's record, and a kill below the floor is told apart from one above it.
import { describe, expect, it } from 'vitest';
import { meetsFloor, WORK_FLOOR } from '../crash/kill-harness';
import { roundWork, type RoundRecord, type SentOp } from '../crash/kill-round';

const saved = (revision: number) => ({ ok: true as const, value: { revision, saved: true } });
const op = (step: number, key: number, answered: boolean, revision = 1): SentOp => ({
  channel: key < 0 ? 'attendance:mark' : 'notes:updateParagraph',
  input: {},
  pos: { step, key },
  sentAt: 0,
  ...(answered ? { answeredAt: 1, result: saved(revision) } : {}),
});
const key = (step: number, k: number) => ({ pos: { step, key: k }, at: 0, delayMs: 50 });

function record(sent: SentOp[], typed: { step: number; key: number }[]): RoundRecord {
  return { sent, typed: typed.map((t) => key(t.step, t.key)), refused: [], finishedScript: false };
}

describe('roundWork: what a kill at this instant would find', () => {
  it('counts commands sent, acknowledged and in flight, and keystrokes typed after the newest acknowledged one', () => {
    const r = record(
      [op(0, -1, true, 1), op(1, -1, true, 2), op(2, 3, true, 3), op(2, 7, false)],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ step: 2, key: k })),
    );
    expect(roundWork(r)).toEqual({
      keystrokes: 10,
      sent: 4,
      acknowledged: 3,
      commandsInFlight: 1,
      keystrokesInFlight: 6,
    });
  });

  it('counts a refused or unsaved answer as answered but not acknowledged', () => {
    const refused: SentOp = {
      ...op(0, -1, false),
      answeredAt: 1,
      result: { ok: false, error: { code: 'NOT_FOUND', message: 'no' } },
    };
    const unsaved: SentOp = {
      ...op(1, -1, false),
      answeredAt: 1,
      result: { ok: true, value: { revision: 1, saved: false } },
    };
    expect(roundWork(record([refused, unsaved], []))).toEqual({
      keystrokes: 0,
      sent: 2,
      acknowledged: 0,
      commandsInFlight: 0,
      keystrokesInFlight: 0,
    });
  });

  it('a keystroke is saved once any later command is acknowledged (answers come in order)', () => {
    const r = record([op(3, 5, true), op(4, -1, true)], [{ step: 3, key: 6 }]);
    expect(roundWork(r).keystrokesInFlight).toBe(0);
  });
});

describe('the work floor', () => {
  it('is at least 3 acknowledged commands and a keystroke in the round, and an edit in flight at the kill', () => {
    expect(WORK_FLOOR).toEqual({ acknowledged: 3, keystrokes: 1, inFlight: 1 });
    const enough = { keystrokes: 4, sent: 3, acknowledged: 3, commandsInFlight: 0, keystrokesInFlight: 1 };
    expect(meetsFloor(enough, WORK_FLOOR)).toBe(true);
    expect(meetsFloor({ ...enough, commandsInFlight: 1, keystrokesInFlight: 0 }, WORK_FLOOR)).toBe(true);
    // What most kills found on a busy machine before the pacing: nothing in flight, little done.
    expect(meetsFloor({ ...enough, keystrokesInFlight: 0 }, WORK_FLOOR)).toBe(false);
    expect(meetsFloor({ ...enough, acknowledged: 2 }, WORK_FLOOR)).toBe(false);
    expect(meetsFloor({ ...enough, keystrokes: 0 }, WORK_FLOOR)).toBe(false);
  });
});
