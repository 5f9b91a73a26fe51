import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import { fakeEvent, FakeWebContents, type FakeElectron } from '../helpers/fake-electron';
import type { Result } from '$shared/api';

const repo = resolve(import.meta.dirname, '..', '..');

let dir: string;
let cleanup: () => Promise<void>;
let savedDataDir: string | undefined;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('scrutineer-main-'));
  savedDataDir = process.env.SCRUTINEER_DATA_DIR;
  process.env.SCRUTINEER_DATA_DIR = join(dir, 'data');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  if (savedDataDir === undefined) delete process.env.SCRUTINEER_DATA_DIR;
  else process.env.SCRUTINEER_DATA_DIR = savedDataDir;
  vi.restoreAllMocks();
  await cleanup();
});

/** Runs electron/main/index.ts afresh against a fresh fake Electron. */
async function boot(configure: (e: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.reset();
  electron.app.appPath = repo;
  electron.app.userData = join(dir, 'userData');
  configure(electron);
  await import('../../electron/main/index');
  return electron;
}

const mainFrame = { url: 'app://scrutineer/index.html', parent: null, detached: false };

describe('main process lifecycle', () => {
  it('registers the app:// scheme and the sandbox before the app is ready', async () => {
    const e = await boot();
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(e.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(e.BrowserWindow.created).toHaveLength(0);
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.BrowserWindow.created).toHaveLength(1));
    await quit(e);
  });

  it('once ready: a hardened session, app://, offline en-GB spellcheck, the menu, the API and one window', async () => {
    const e = await boot();
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.BrowserWindow.created).toHaveLength(1));
    const win = e.BrowserWindow.created[0]!;
    expect(win.loadedUrl).toBe('app://scrutineer/index.html');
    expect((win.options.webPreferences as { preload: string }).preload).toBe(join(repo, 'out', 'preload', 'index.cjs'));

    const ses = e.session.defaultSession;
    expect(ses.permissionRequestHandler).not.toBeNull();
    expect(ses.permissionCheckHandler).not.toBeNull();
    expect(ses.protocolHandlers.has('app')).toBe(true);
    expect(ses.spellcheckCalls).toEqual(['url:app://scrutineer/dictionaries/', 'languages:en-GB']);
    const installed = join(dir, 'userData', 'Dictionaries', 'en-GB-10-1.bdic');
    expect(await readFile(installed)).toEqual(
      await readFile(join(repo, 'resources', 'dictionaries', 'en-GB-10-1.bdic')),
    );
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    // The API answers the window, from the data folder seeded with the sample committee.
    const list = e.ipcMain.handlers.get('committees:list')!;
    const r = (await list({ senderFrame: mainFrame, sender: {} }, {})) as Result<{ name: string }[]>;
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'data', 'committees.json'))).toBe(true);
    await quit(e);
  });

  it('hardens every web contents the app creates, and brings the window forward for a second instance', async () => {
    const e = await boot();
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.BrowserWindow.created).toHaveLength(1));
    const other = new FakeWebContents();
    e.app.emit('web-contents-created', {}, other);
    const nav = fakeEvent();
    other.emit('will-navigate', nav, 'https://evil.example/');
    expect(nav.defaultPrevented()).toBe(true);
    expect(other.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });

    e.app.emit('second-instance', {}, [], '/');
    expect(e.BrowserWindow.created[0]!.focused).toBe(true);
    await quit(e);
  });

  it('holds quitting until the store has written, then releases the data folder', async () => {
    const e = await boot();
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.BrowserWindow.created).toHaveLength(1));
    expect(existsSync(join(dir, 'data', 'scrutineer.lock'))).toBe(true);
    const event = fakeEvent();
    e.app.emit('before-quit', event);
    expect(event.defaultPrevented()).toBe(true);
    await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalledTimes(1));
    expect(existsSync(join(dir, 'data', 'scrutineer.lock'))).toBe(false);
    // The quit that follows is let through.
    const again = fakeEvent();
    e.app.emit('before-quit', again);
    expect(again.defaultPrevented()).toBe(false);
  });

  it('a second instance says so, opens nothing and quits', async () => {
    const e = await boot((x) => (x.app.gotLock = false));
    expect(e.app.count('second-instance')).toBe(0);
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalledTimes(1));
    expect(e.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(e.dialog.showMessageBoxSync.mock.calls[0]![0]).toMatchObject({ message: 'Scrutineer is already open' });
    expect(e.BrowserWindow.created).toHaveLength(0);
    expect(e.ipcMain.handlers.size).toBe(0);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('a data folder held by another live process is refused with a clear message, and nothing opens', async () => {
    await mkdir(join(dir, 'data'), { recursive: true });
    const lock = { pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() };
    await writeFile(join(dir, 'data', 'scrutineer.lock'), JSON.stringify(lock));
    const e = await boot();
    e.app.becomeReady();
    await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1));
    expect(e.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = e.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Scrutineer cannot open its data folder');
    expect(message).toContain(`process ${process.ppid}`);
    expect(message).toContain(join(dir, 'data'));
    expect(e.BrowserWindow.created).toHaveLength(0);
    expect(JSON.parse(await readFile(join(dir, 'data', 'scrutineer.lock'), 'utf8'))).toEqual(lock);
  });
});

async function quit(e: FakeElectron): Promise<void> {
  e.app.emit('before-quit', fakeEvent());
  await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalled());
}
