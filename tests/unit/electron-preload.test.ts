import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import type { FakeElectron } from '../helpers/fake-electron';
import { CHANNEL_NAMES } from '$shared/api/channel-names';

const repo = resolve(import.meta.dirname, '..', '..');

let fake: FakeElectron;

/** A fresh run of the preload, against the mocked 'electron' with its records cleared. */
async function loadPreload(): Promise<Record<string, unknown>> {
  vi.resetModules();
  fake = (await import('electron')) as unknown as FakeElectron;
  vi.clearAllMocks();
  await import('../../electron/preload/index');
  expect(fake.contextBridge.exposeInMainWorld.mock.calls.map((c) => c[0])).toEqual([
    'scrutineer',
    'scrutineerMenu',
    'scrutineerSavePort',
  ]);
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('scrutineer');
  return api as Record<string, unknown>;
}

describe('the preload', () => {
  it('exposes exactly one function per channel of CHANNEL_NAMES, and nothing else', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) expect(typeof api[channel], channel).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('never exposes ipcRenderer or any of its methods', async () => {
    const api = await loadPreload();
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
    expect(Object.values(api)).not.toContain(fake.ipcRenderer.invoke);
    for (const name of [
      'ipcRenderer',
      'invoke',
      'send',
      'sendSync',
      'on',
      'once',
      'postMessage',
      'require',
      'process',
    ]) {
      expect(api[name], name).toBeUndefined();
    }
  });

  it('each function invokes its own channel with exactly one argument', async () => {
    const api = await loadPreload();
    const call = api['committees:list'] as (...args: unknown[]) => Promise<unknown>;
    await expect(call({ a: 1 }, 'smuggled', () => 'also smuggled')).resolves.toEqual({ ok: true, value: null });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.invoke.mock.calls[0]).toEqual(['committees:list', { a: 1 }]);
    for (const channel of CHANNEL_NAMES) await (api[channel] as (i: unknown) => Promise<unknown>)({});
    expect(fake.ipcRenderer.invoke.mock.calls.slice(1).map((c) => c[0])).toEqual([...CHANNEL_NAMES]);
  });

  it('passes only listed menu command names to the page, never the event', async () => {
    await loadPreload();
    const menu = fake.contextBridge.exposeInMainWorld.mock.calls[1]![1] as {
      onCommand: (l: (c: string) => void) => void;
    };
    expect(Object.isFrozen(menu)).toBe(true);
    const got: unknown[] = [];
    menu.onCommand((c) => got.push(c));
    const [eventName, relay] = fake.ipcRenderer.on.mock.calls[0] as unknown as [
      string,
      (e: unknown, c: unknown) => void,
    ];
    expect(eventName).toBe('menu:command');
    relay({ sender: 'ipc event' }, 'export-minutes');
    relay({}, 'rm -rf');
    relay({}, { command: 'export-minutes' });
    relay({}, 'export-agenda');
    expect(got).toEqual(['export-minutes', 'export-agenda']);
  });

  it('imports only electron and the dependency-free channel list (it is bundled into one sandboxed file)', async () => {
    const source = await readFile(resolve(repo, 'electron', 'preload', 'index.ts'), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(runtimeImports.sort()).toEqual(['$shared/api/channel-names', 'electron']);
    expect(source).not.toMatch(/\brequire\(/);
    const list = await readFile(resolve(repo, 'shared', 'api', 'channel-names.ts'), 'utf8');
    expect(list).not.toMatch(/^\s*import\s/m);
  });
});
