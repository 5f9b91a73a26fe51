// The renderer's state classes in Node, against the real services: window.scrutineer is a bridge
// to the API router over a throw-away data folder with the sample, as the preload's is in
// Electron. Every call is recorded, and a test may make the bridge fail (offline) for a while.
import { afterEach } from 'vitest';
import { unknownChannel, type Result } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { SaveStatus } from '../../renderer/src/state/save-status.svelte';
import { call } from '../../renderer/src/lib/api';
import { sampleServices } from './review';

export type Bridged = Awaited<ReturnType<typeof bridgeToServices>>;

export async function bridgeToServices() {
  const env = await sampleServices();
  const calls: { channel: string; input: unknown }[] = [];
  let offline = false;
  const bridge = new Proxy(
    {},
    {
      get: (_target, channel) => {
        if (typeof channel !== 'string') return undefined;
        return async (input: unknown): Promise<Result<unknown>> => {
          calls.push({ channel, input });
          if (offline) return { ok: false, error: { code: 'OFFLINE', message: 'The service did not answer (test).' } };
          const handler = env.opened.router.get(channel);
          return handler ? handler(input, { trusted: true }) : unknownChannel(channel);
        };
      },
    },
  );
  (globalThis as { window?: unknown }).window = { scrutineer: bridge };
  const store = env.opened.services.store;
  const meetingId = store.meetingIds().find((id) => store.meeting(id).date === '2016-09-19')!;
  return {
    env,
    meetingId,
    save: new SaveStatus(() => call('store:status', {})),
    /** The channels called so far (or since `from`), in order. */
    channels: (from = 0) => calls.slice(from).map((c) => c.channel),
    get callCount() {
      return calls.length;
    },
    setOffline(on: boolean) {
      offline = on;
    },
    /** The meeting as the store holds it now. */
    stored: (): Meeting => env.opened.services.store.meeting(meetingId),
  };
}

/** For a test file: a fresh bridge per test, closed after it. */
export function bridgeEachTest(): () => Promise<Bridged> {
  let current: Bridged | undefined;
  afterEach(async () => {
    current?.save.dispose();
    await current?.env.cleanup();
    current = undefined;
    delete (globalThis as { window?: unknown }).window;
  });
  return async () => (current = await bridgeToServices());
}
