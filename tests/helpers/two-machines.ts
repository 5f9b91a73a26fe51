// For the meeting-file tests: the coordinator's machine (the sample data) and another machine
// (an empty data folder), each closed and removed after the test.
import { afterEach } from 'vitest';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { sampleServices } from './review';
import { tempDir } from './temp-dir';

export type Attempt = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

export function twoMachinesEachTest() {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function coordinator() {
    const env = await sampleServices();
    cleanups.push(env.cleanup);
    const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
    return { ...env, meetingId: summary!.id };
  }

  /** Another machine: an empty data folder. */
  async function otherMachine() {
    const { dir, cleanup } = await tempDir('scrutineer-other-');
    const opened: OpenedServices = await openServices({ dataDir: dir, host: 'cli' });
    cleanups.push(async () => {
      await opened.close();
      await cleanup();
    });
    const attempt = async (c: string, i: unknown) => opened.router.get(c)!(i, { trusted: true }) as Promise<Attempt>;
    const call = async (c: string, i: unknown) => {
      const r = await attempt(c, i);
      if (!r.ok) throw new Error(`${c}: ${r.error?.code} ${r.error?.message}`);
      return r.value;
    };
    return { dir, opened, attempt, call };
  }

  return { coordinator, otherMachine, cleanups };
}
