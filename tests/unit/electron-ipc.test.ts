import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import { fake, resetFakeElectron } from '../helpers/fake-electron';
import { registerIpc } from '../../electron/main/ipc';
import { checkSender } from '../../electron/main/sender-check';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { CHANNEL_NAMES, type Result } from '$shared/api';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');

describe('the IPC sender check (pure)', () => {
  it('trusts only the main frame of app://scrutineer/', () => {
    expect(checkSender({ url: 'app://scrutineer/index.html', isMainFrame: true })).toEqual({ trusted: true });
    expect(checkSender({ url: 'app://scrutineer/committees/abc?x=1#y', isMainFrame: true })).toEqual({ trusted: true });
  });

  it.each([
    ['https://evil.example/', true],
    ['http://127.0.0.1:5173/', true],
    ['file:///app/out/renderer/index.html', true],
    ['app://evil/index.html', true],
    ['app://scrutineer.evil.example/index.html', true],
    ['app://scrutineer:444/index.html', true],
    ['app://user@scrutineer/index.html', true],
    ['data:text/html,hi', true],
    ['about:blank', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['not a url', true],
    ['', true],
    ['app://scrutineer/index.html', false],
  ])('refuses %s (main frame: %s)', (url, isMainFrame) => {
    const s = checkSender({ url, isMainFrame });
    expect(s.trusted).toBe(false);
    expect(s.reason).toMatch(/\w/);
  });

  it('refuses a frame that has gone or been detached', () => {
    expect(checkSender(null).trusted).toBe(false);
    expect(checkSender(undefined).trusted).toBe(false);
    expect(checkSender({ url: 'app://scrutineer/index.html', isMainFrame: true, detached: true }).trusted).toBe(false);
  });
});

describe('IPC wiring (fake electron, real services)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let opened: OpenedServices;

  beforeEach(async () => {
    resetFakeElectron();
    ({ dir, cleanup } = await tempDir('scrutineer-ipc-'));
    opened = await openServices({ dataDir: dir, host: 'electron', sampleDir: SAMPLE });
    registerIpc(opened.router);
  });
  afterEach(async () => {
    await opened.close();
    await cleanup();
  });

  const mainFrame = { url: 'app://scrutineer/index.html', parent: null, detached: false };
  const invoke = (channel: string, input: unknown, senderFrame: unknown) => {
    const handler = fake.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame, sender: {} }, input) as Promise<Result<unknown>>;
  };

  // That the router covers every channel of CHANNEL_NAMES is tests/unit/api-contract.test.ts's job.
  it('registers a handler for every channel of the router, and nothing else', () => {
    expect(fake.ipcMain.handlers.size).toBeGreaterThan(0);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...opened.router.keys()].sort());
    for (const channel of fake.ipcMain.handlers.keys()) expect(CHANNEL_NAMES).toContain(channel);
  });

  it("answers the app's own main frame", async () => {
    const r = await invoke('committees:list', {}, mainFrame);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { name: string }[]).length).toBeGreaterThan(0);
  });

  const forged: [string, unknown][] = [
    ['another origin', { url: 'https://evil.example/', parent: null, detached: false }],
    ['a file:// page', { url: 'file:///tmp/evil.html', parent: null, detached: false }],
    ['a subframe of the app', { url: 'app://scrutineer/index.html', parent: mainFrame, detached: false }],
    ['a foreign subframe', { url: 'https://evil.example/frame', parent: mainFrame, detached: false }],
    ['a detached frame', { url: 'app://scrutineer/index.html', parent: null, detached: true }],
    ['a frame that has gone', null],
  ];

  it.each(forged)('refuses %s on every channel', async (_label, senderFrame) => {
    expect(opened.router.size).toBeGreaterThan(0);
    for (const channel of opened.router.keys()) {
      const r = await invoke(channel, {}, senderFrame);
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.code, channel).toBe('FORBIDDEN');
    }
  });

  it('a forged sender changes nothing, even with a valid request', async () => {
    const before = await invoke('committees:list', {}, mainFrame);
    expect(before.ok).toBe(true);
    const committees = (before as { ok: true; value: { id: string }[] }).value;
    for (const c of committees) {
      const r = await invoke('committees:delete', { committeeId: c.id }, forged[2]![1]);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await invoke('committees:list', {}, mainFrame)).toEqual(before);
  });

  it('can be unregistered', () => {
    resetFakeElectron();
    const remove = registerIpc(opened.router);
    expect(fake.ipcMain.handlers.size).toBe(opened.router.size);
    remove();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
