// Glue: the main window, and the rules every web page in the app lives under — no navigation,
// no new windows, no webviews, no permissions. Links on the allow-list go to the OS, nowhere else.
import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { decideExternalUrl } from './open-external';

function openOutside(url: string): void {
  const decision = decideExternalUrl(url);
  if (decision.allowed) void shell.openExternal(decision.url);
  else console.warn(`Scrutineer did not open a link (${decision.reason}).`);
}

const hardened = new WeakSet<WebContents>();

/**
 * Applied to every WebContents the app creates (app 'web-contents-created'), not just the main
 * window. Idempotent, so a link is never opened twice by two copies of the handlers.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    // The app is one page: a clicked link never replaces it.
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Every permission (camera, microphone, notifications, geolocation, clipboard read, HID...) is refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function createMainWindow(opts: { preload: string; icon?: string }): BrowserWindow {
  // The options are written out here, at the call, so a static checker (Electronegativity) sees
  // them; tests/unit/electron-window.test.ts asserts them exactly through a fake BrowserWindow.
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    title: 'Scrutineer',
    // Shown on 'ready-to-show', so the user never sees a blank frame.
    show: false,
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      // Middle-click would open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
