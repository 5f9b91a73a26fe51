import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, loadMeeting } from '$shared/domain';
import { testMeeting } from '../helpers/meetings';

describe('loading and migrating stored files', () => {
  const good = testMeeting('c1');
  it('accepts the current version unchanged', () => {
    const r = loadMeeting(JSON.parse(JSON.stringify(good)));
    expect(r).toEqual({ ok: true, value: good });
  });
  it('refuses a future version with words a user can act on', () => {
    const r = loadMeeting({ ...good, version: 3 });
    expect(r).toMatchObject({ ok: false, problem: { code: 'FUTURE_VERSION' } });
    if (!r.ok) expect(r.problem.message).toMatch(/newer Scrutineer .* update the app/);
  });
  it('upgrades a version 1 meeting (before record seals) to version 2, saying it was migrated', () => {
    const r = loadMeeting({ ...JSON.parse(JSON.stringify(good)), version: 1 });
    expect(r).toEqual({ ok: true, value: good, migratedFrom: 1 });
  });
  it('refuses other formats, missing versions and wrong shapes', () => {
    expect(loadMeeting([])).toMatchObject({ ok: false, problem: { code: 'WRONG_FORMAT' } });
    expect(loadMeeting({ ...good, format: 'scrutineer.committees' })).toMatchObject({
      ok: false,
      problem: { code: 'WRONG_FORMAT' },
    });
    expect(loadMeeting({ ...good, version: undefined })).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    const wrong = loadMeeting({ ...good, date: '19/09/2016' });
    expect(wrong).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    if (!wrong.ok) expect(wrong.problem.message).toContain('date: a date is written YYYY-MM-DD');
  });
  it('fills defaults of a minimal committees file', () => {
    const r = loadCommitteesFile({ format: 'scrutineer.committees', version: 1, committees: [] });
    expect(r).toEqual({
      ok: true,
      value: { format: 'scrutineer.committees', version: 1, committees: [], settings: { userName: '' } },
    });
  });
});
