// The fast kill test inside `npm test`: the real service in a child process, SIGKILLed 25 times
// while a scripted coordinator types through the app's own EditQueue. The full run (1,000 kills,
// with the typing-at-risk figures) is `npm run test:crash`. Timing is reported, not asserted:
// under a loaded test run it says more about the machine than about the store. The work each
// kill finds is asserted (WORK_FLOOR): rounds are paced by work done, not by the clock, so a
// busy machine makes the run longer, not weaker. Rounds are short (maxRunMs 400) because the
// floor, not the random time, sets most of their length; the run takes as long as before.
import { describe, expect, it } from 'vitest';
import { runKillTest, WORK_FLOOR } from '../crash/kill-harness';
import { describeWork } from '../crash/run-kill-test';

const KILLS = Number(process.env.KILL_TEST_KILLS ?? 25);

describe('killing the service at random points', () => {
  it(`loses no acknowledged edit and damages no file over ${KILLS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const report = await runKillTest({ kills: KILLS, maxRunMs: 400 });
    expect(report.kills).toBe(KILLS);
    expect(report.floor).toEqual(WORK_FLOOR);
    expect(report.belowFloor).toEqual([]);
    // Every kill but those aimed at the store opening (5%) and at a meeting's end is held to the floor.
    expect(report.work.kills).toBe(KILLS - report.killsWhileOpening - report.killsAtScriptEnd);
    expect(report.work.min.acknowledged).toBeGreaterThanOrEqual(WORK_FLOOR.acknowledged);
    expect(report.work.nothingInFlight).toBe(0);
    expect(report.damagedFiles).toEqual([]);
    expect(report.mismatches).toEqual([]);
    expect(report.integrityProblems).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.ackedEditsLost).toBe(0);
    console.log(
      `kill test: ${report.kills} kills, ${report.commandsAcknowledged} acknowledged commands, 0 lost; ` +
        `typing lost at a kill max ${report.unsavedAge.max} ms, p50 ${report.unsavedAge.p50} ms; newest on disk to newest typed max ${report.typingAtRisk.max} ms (seed ${report.seed})\n` +
        `work per kill (mean, over ${report.work.kills} kills): ${describeWork(report.work)}`,
    );
  });
});
