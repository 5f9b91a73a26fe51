// Issue 15, defect 9: a one-off notice ("This is a new data folder...") dismissed stays dismissed:
// the dismissal is kept in committees.json's settings, so neither a reload of the window nor a
// new router over the same store brings it back; older committees.json files still load.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '$shared/api';
import { CommitteesFile, loadCommitteesFile } from '$shared/domain';
import { buildRouter } from '../../electron/api/router';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { noticeKey } from '../../electron/api/handlers/app';
import { REPO } from '../helpers/review';
import { tempDir } from '../helpers/temp-dir';

let opened: OpenedServices | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await opened?.close();
  await cleanup?.();
  opened = undefined;
  cleanup = undefined;
});

async function seeded(): Promise<{
  dir: string;
  call: (
    router: Map<string, (i: unknown, s: { trusted: true }) => Promise<unknown>>,
    channel: string,
    input: unknown,
  ) => Promise<AppInfo>;
}> {
  const t = await tempDir('scrutineer-notice-');
  cleanup = t.cleanup;
  opened = await openServices({ dataDir: t.dir, host: 'dev', sampleDir: join(REPO, 'resources/sample') });
  const call = async (
    router: Map<string, (i: unknown, s: { trusted: true }) => Promise<unknown>>,
    channel: string,
    input: unknown,
  ) => {
    const r = (await router.get(channel)!(input, { trusted: true })) as {
      ok: boolean;
      value?: AppInfo;
      error?: { message: string };
    };
    if (!r.ok) throw new Error(r.error?.message);
    return r.value!;
  };
  return { dir: t.dir, call };
}

describe('dismissing a notice', () => {
  it('keeps it dismissed in the settings: app:info no longer lists it, even from a new router over the same store', async () => {
    const { dir, call } = await seeded();
    const router = opened!.router;
    const [notice] = (await call(router, 'app:info', {})).notices;
    expect(notice).toMatch(/^This is a new data folder/);
    const answer = await call(router, 'app:dismissNotice', { notice });
    expect(answer.notices).toEqual([]);
    expect((await call(router, 'app:info', {})).notices).toEqual([]);
    // Not only in memory: committees.json holds it, and a router built afresh (as after a restart of the API) reads it.
    const onDisk = CommitteesFile.parse(JSON.parse(await readFile(join(dir, 'committees.json'), 'utf8')));
    expect(onDisk.settings.dismissedNotices).toEqual([noticeKey(notice!)]);
    expect((await call(buildRouter(opened!.services), 'app:info', {})).notices).toEqual([]);
    // Still there for the store; dismissing twice or a notice that is not shown changes nothing.
    expect(opened!.services.store.notices).toEqual([notice]);
    await call(router, 'app:dismissNotice', { notice });
    await call(router, 'app:dismissNotice', { notice: 'No such notice' });
    expect(opened!.services.store.settings.dismissedNotices).toEqual([noticeKey(notice!)]);
  });

  it('reads committees.json files written before dismissals were kept', () => {
    const loaded = loadCommitteesFile({
      format: 'scrutineer.committees',
      version: 1,
      committees: [],
      settings: { userName: 'Bathsheba Mall' },
    });
    expect(loaded).toEqual({
      ok: true,
      value: { format: 'scrutineer.committees', version: 1, committees: [], settings: { userName: 'Bathsheba Mall' } },
    });
    const withDismissals = {
      format: 'scrutineer.committees',
      version: 1,
      committees: [],
      settings: { userName: '', dismissedNotices: ['notice:0123'] },
    };
    expect(loadCommitteesFile(withDismissals)).toEqual({ ok: true, value: withDismissals });
  });
});
