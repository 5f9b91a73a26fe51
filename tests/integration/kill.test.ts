// The fast kill test inside `npm test`: the real service in a child process, SIGKILLed 25 times
// while a scripted coordinator types through the app's own EditQueue. The full run (1,000 kills,
// with the typing-at-risk figures) is `npm run test:crash`. Timing is reported, not asserted:
// under a loaded test run it says more about the machine than about the store.
import { describe, expect, it } from 'vitest';
import { runKillTest } from '../crash/kill-harness';

const KILLS = Number(process.env.KILL_TEST_KILLS ?? 25);

describe('killing the service at random points', () => {
  it(`loses no acknowledged edit and damages no file over ${KILLS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const report = await runKillTest({ kills: KILLS, maxRunMs: 1200 });
    expect(report.kills).toBe(KILLS);
    expect(report.keystrokes).toBeGreaterThan(0);
    expect(report.commandsAcknowledged).toBeGreaterThan(0);
    expect(report.damagedFiles).toEqual([]);
    expect(report.mismatches).toEqual([]);
    expect(report.integrityProblems).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.ackedEditsLost).toBe(0);
    console.log(
      `kill test: ${report.kills} kills, ${report.commandsAcknowledged} acknowledged commands, 0 lost; ` +
        `typing lost at a kill max ${report.unsavedAge.max} ms, p50 ${report.unsavedAge.p50} ms; newest on disk to newest typed max ${report.typingAtRisk.max} ms (seed ${report.seed})`,
    );
  });
});
