// `npm run cli -- check <meeting-id|meeting.json> [--json]`: the findings in words or as JSON,
// exit 1 when any is open; a meeting file naming people not on the roster is said, not a crash.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { REPO } from '../helpers/review';
import { tempDir } from '../helpers/temp-dir';

const DATA = join(REPO, 'resources/sample');
const MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args, '--data-dir', DATA], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    appRoot: REPO,
  });
  return { code, out, err };
}

describe('cli check', () => {
  it('says there is nothing to check in the sample meeting', async () => {
    const r = await cli(MEETING);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(
      /^No findings: the checks before sign-off found nothing in the minutes of .*Monday 19 September 2016\.$/,
    );
  });

  it('lists findings with kind and place, or as JSON, for a file naming an unknown person and a misspelt name', async () => {
    const { dir, cleanup } = await tempDir();
    onTestFinished(cleanup);
    const meeting = JSON.parse(readFileSync(join(DATA, 'meetings', `${MEETING}.json`), 'utf8'));
    meeting.attendance.push({ personId: 'ghost-1', capacity: 'member', status: 'present', lateApologies: false });
    meeting.notes[0].content = [{ t: 'text', text: 'Councillor Elaine Chumney asked about Centrepont.' }];
    const file = join(dir, 'meeting.json');
    writeFileSync(file, JSON.stringify(meeting));

    const text = await cli(file);
    expect(text.code).toBe(1);
    expect(text.out).toContain(
      "unknown-person  The meeting’s people: Person ghost-1 is named (attendance) but is not on the committee's roster: add them, or correct the reference.",
    );
    expect(
      text.out.some(
        (l) => l.startsWith('name-spelling') && l.includes('“Elaine Chumney”') && l.includes('“Elaine Chumnerly”'),
      ),
    ).toBe(true);
    expect(text.out.at(-1)).toMatch(/^\d+ open findings in the minutes of /);

    const json = await cli(file, '--json');
    const report = JSON.parse(json.out.join('\n')) as {
      open: number;
      findings: { kind: string; place: { paragraphId?: string } }[];
    };
    expect(report.open).toBe(report.findings.length);
    expect(report.findings.find((f) => f.kind === 'name-spelling')?.place.paragraphId).toBe(meeting.notes[0].id);
  });

  it('refuses a file that is not JSON, in words', async () => {
    const { dir, cleanup } = await tempDir();
    onTestFinished(cleanup);
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"format":');
    const r = await cli(file);
    expect(r.code).not.toBe(0);
    expect(r.err.join('\n')).toMatch(/broken\.json is not a readable JSON file/);
  });
});
