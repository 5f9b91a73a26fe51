import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import {
  fake,
  fakeEvent,
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
  resetFakeElectron,
} from '../helpers/fake-electron';
import { createMainWindow, hardenSession, hardenWebContents } from '../../electron/main/window';
import type { Session, WebContents } from 'electron';

const PRELOAD = '/app/out/preload/index.cjs';

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function createdOptions(
  opts: { preload: string; icon?: string } = { preload: PRELOAD },
): Record<string, unknown> & { webPreferences: Record<string, unknown> } {
  createMainWindow(opts);
  const win = FakeBrowserWindow.created.at(-1)!;
  return win.options as Record<string, unknown> & { webPreferences: Record<string, unknown> };
}

describe('the main window', () => {
  it('has exactly the secure webPreferences', () => {
    expect(createdOptions().webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('never turns on the features the security checklist forbids', () => {
    const prefs = createdOptions().webPreferences;
    for (const key of [
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'enableRemoteModule',
      'nodeIntegrationInWorker',
    ]) {
      expect(prefs[key] === undefined || prefs[key] === false, key).toBe(true);
    }
  });

  it('has a title and icon, loads app://scrutineer/ (never file://), and shows when ready', () => {
    const win = createMainWindow({ preload: PRELOAD, icon: '/app/resources/icon.png' }) as unknown as FakeBrowserWindow;
    expect(FakeBrowserWindow.created).toEqual([win]);
    expect(win.options).toMatchObject({
      title: 'Scrutineer',
      show: false,
      icon: '/app/resources/icon.png',
      webPreferences: { preload: PRELOAD },
    });
    expect(win.loadedUrl).toBe('app://scrutineer/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });
});

describe('navigation, new windows and webviews', () => {
  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  const urls = [
    'app://scrutineer/index.html',
    'https://www.lbhf.gov.uk/',
    'https://evil.example/phish',
    'http://evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:clerk@lbhf.gov.uk',
  ];

  it.each(urls)('prevents navigation to %s', (url) => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented()).toBe(true);
  });

  it('hands only allow-listed links to the operating system, as parsed', () => {
    const contents = hardened();
    for (const url of urls) contents.emit('will-navigate', fakeEvent(), url);
    expect(fake.shell.openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://www.lbhf.gov.uk/',
      'https://evil.example/phish',
      'mailto:clerk@lbhf.gov.uk',
    ]);
  });

  it.each(urls)('denies window.open(%s)', (url) => {
    const contents = hardened();
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
  });

  it('window.open of a hostile URL never reaches the operating system', () => {
    const contents = hardened();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://evil.example/share',
      'https://user@evil.example/',
    ])
      contents.windowOpenHandler!({ url });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents redirects and webviews', () => {
    const contents = hardened();
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented()).toBe(true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented()).toBe(true);
  });

  it('hardens each WebContents once, so a link is never opened twice', () => {
    const contents = hardened();
    hardenWebContents(contents as unknown as WebContents);
    expect(contents.count('will-navigate')).toBe(1);
    contents.emit('will-navigate', fakeEvent(), 'https://www.lbhf.gov.uk/');
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('the main window itself is hardened', () => {
    const win = createMainWindow({ preload: PRELOAD }) as unknown as FakeBrowserWindow;
    const event = fakeEvent();
    win.webContents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented()).toBe(true);
    expect(win.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'unknown',
  ];

  it.each(permissions)('denies a request for %s', (permission) => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session);
    const callback = vi.fn();
    session.permissionRequestHandler!({}, permission, callback, { requestingUrl: 'app://scrutineer/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler!({}, permission, 'app://scrutineer', {})).toBe(false);
  });

  it('denies device access', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session);
    expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://scrutineer' })).toBe(false);
  });
});
