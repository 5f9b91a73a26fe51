// Glue: the Electron main process's lifecycle. One instance; the renderer from app://; the API over
// IPC; the store flushed before quitting. Every decision lives in a pure, tested file beside this one.
import { app, dialog, session, type BrowserWindow } from 'electron';
import { openServices, type OpenedServices } from '../host/open-services';
import { join } from 'node:path';
import { appPaths } from './app-paths';
import { LOG_FOLDER } from '../services/log/log';
import { registerIpc } from './ipc';
import { registerSavePort } from './save-port-ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { createQuitGuard, type UnsavedMeeting } from './quit-guard';
import { setUpSpellcheck } from './spellcheck';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

let mainWindow: BrowserWindow | null = null;
let opened: OpenedServices | null = null;

function confirmQuitWithUnsaved(unsaved: UnsavedMeeting[]): boolean {
  const lines = unsaved.map((u) => `• meeting ${u.meetingId}${u.error ? `: ${u.error}` : ''}`).join('\n');
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Scrutineer',
    message: 'Some edits have not been saved',
    detail: `Scrutineer could not write these meetings to disk:\n${lines}\n\nIf you quit now, those edits are lost. Free some disk space or check the data folder, then try again.`,
    buttons: ['Keep Scrutineer open', 'Quit and lose those edits'],
    defaultId: 0,
    cancelId: 0,
  });
  return choice === 1;
}

async function start(): Promise<void> {
  const paths = appPaths({
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
    userData: app.getPath('userData'),
    argv: process.argv,
    env: process.env,
  });
  const ses = session.defaultSession;
  hardenSession(ses);
  serveApp(ses, { rendererRoot: paths.rendererRoot, dictionaryFile: paths.dictionary });
  await setUpSpellcheck(ses, {
    bundledDictionary: paths.dictionary,
    userData: app.getPath('userData'),
    log: (m) => console.warn(m),
  });
  installMenu(join(paths.dataDir, LOG_FOLDER));
  app.setAboutPanelOptions({ applicationName: 'Scrutineer', applicationVersion: app.getVersion() });

  try {
    opened = await openServices({ dataDir: paths.dataDir, host: 'electron', sampleDir: paths.sampleDir });
  } catch (err) {
    // A second process on the folder, or a folder that cannot be written: say so and stop.
    dialog.showErrorBox(
      'Scrutineer cannot open its data folder',
      `${(err as Error).message}\n\nData folder: ${paths.dataDir}`,
    );
    app.exit(1);
    return;
  }
  const store = opened.services.store;
  const services = opened;
  registerIpc(services.router);
  registerSavePort(services.router);
  app.on(
    'before-quit',
    createQuitGuard({
      flush: () => store.flush(),
      unsaved: () => store.unsaved(),
      close: () => services.close(),
      confirmQuitWithUnsaved,
      quit: () => app.quit(),
      log: (m) => console.error(m),
    }),
  );

  mainWindow = createMainWindow({ preload: paths.preload, icon: paths.icon });
  mainWindow.on('closed', () => (mainWindow = null));
}

// Before 'ready': the scheme's privileges, and the sandbox for every renderer.
registerAppScheme();
app.enableSandbox();
// Dates in forms (input type=date) and spellcheck follow the browser locale: en-GB, whatever the OS says.
app.commandLine.appendSwitch('lang', 'en-GB');

if (!app.requestSingleInstanceLock()) {
  // Another Scrutineer holds the data folder; it brings its window forward ('second-instance').
  console.error('Scrutineer is already running: this copy will close, and the open window comes to the front.');
  void app.whenReady().then(() => {
    dialog.showMessageBoxSync({
      type: 'info',
      title: 'Scrutineer',
      message: 'Scrutineer is already open',
      detail:
        'Only one copy of Scrutineer can work on your meetings at a time, so this one will close. Use the window that is already open.',
      buttons: ['OK'],
    });
    app.quit();
  });
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Closing the window ends the session on every platform: the data is the point, not a dock icon.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Scrutineer could not start', (err as Error).message);
      app.exit(1);
    });
}
