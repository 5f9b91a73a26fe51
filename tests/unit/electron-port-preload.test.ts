// The preload's part in Electron's save port: the page may only ask for the port (one fixed IPC
// message, nothing of the page's passed on); the port the main process sends is handed to the page
// by window.postMessage to the page's own origin, and nothing else is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageChannel } from 'node:worker_threads';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import type { FakeElectron } from '../helpers/fake-electron';
import { SAVE_PORT_EVENT, SAVE_PORT_MESSAGE, SAVE_PORT_REQUEST } from '$shared/api/channel-names';

const g = globalThis as unknown as Record<string, unknown>;
let fake: FakeElectron;

async function loadPreload(): Promise<{ request: (...args: unknown[]) => void }> {
  vi.resetModules();
  fake = (await import('electron')) as unknown as FakeElectron;
  vi.clearAllMocks();
  await import('../../electron/preload/index');
  const call = fake.contextBridge.exposeInMainWorld.mock.calls.find((c) => c[0] === 'scrutineerSavePort');
  expect(call).toBeDefined();
  return call![1] as { request: (...args: unknown[]) => void };
}

afterEach(() => {
  delete g.window;
});

describe("the preload's save port", () => {
  it('exposes only request(), which sends the one request message and passes nothing of the page on', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge)).toEqual(['request']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
    bridge.request({ smuggled: true }, 'extra');
    bridge.request();
    expect(fake.ipcRenderer.send.mock.calls).toEqual([[SAVE_PORT_REQUEST], [SAVE_PORT_REQUEST]]);
    // Listening for the port starts with the first request, once.
    expect(fake.ipcRenderer.on.mock.calls.map((c) => c[0])).toEqual([SAVE_PORT_EVENT]);
  });

  it("hands the main process's port to the page by postMessage to the page's own origin, and nothing else", async () => {
    const posted: unknown[][] = [];
    g.window = {
      location: { origin: 'app://scrutineer' },
      postMessage: (...args: unknown[]) => posted.push(args),
    };
    (await loadPreload()).request();
    const listener = fake.ipcRenderer.on.mock.calls.find((c) => c[0] === SAVE_PORT_EVENT)?.[1] as unknown as (
      event: { ports: unknown[] },
      ...rest: unknown[]
    ) => void;
    expect(listener).toBeTypeOf('function');
    const { port1, port2 } = new MessageChannel();
    try {
      listener({ ports: [] });
      listener({ ports: [port1, port2] });
      expect(posted).toEqual([]);
      listener({ ports: [port1] }, 'anything the main process added');
      expect(posted).toEqual([[{ kind: SAVE_PORT_MESSAGE }, 'app://scrutineer', [port1]]]);
    } finally {
      port1.close();
    }
  });
});
