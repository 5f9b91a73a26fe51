// The real Electron app, end to end: window opens from app://, webPreferences as designed, the
// preload exposes only the typed API, and the sample committee is on screen. Skips (saying why)
// when the Electron binary is not installed; it is found without importing 'electron'.
import { expect, test, type ElectronApplication } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binary, launchApp, NO_BINARY, repo, type RunningApp } from './launch';
import { CHANNEL_NAMES } from '$shared/api/channel-names';

const sampleCommittee = (
  JSON.parse(readFileSync(join(repo, 'resources', 'sample', 'committees.json'), 'utf8')) as {
    committees: { name: string }[];
  }
).committees[0]!.name;

test.skip(!binary.found, NO_BINARY);

let running: RunningApp;
let app: ElectronApplication;

test.beforeAll(async () => {
  running = await launchApp('scrutineer-electron-');
  ({ app } = running);
});

test.afterAll(async () => {
  await running?.close();
});

test('the window opens from app://, with the secure webPreferences', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toBe('app://scrutineer/index.html');
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wins = BrowserWindow.getAllWindows();
    // Undocumented in Electron's types, but what Electron itself reads the preferences back with.
    const contents = wins[0]!.webContents as unknown as {
      getLastWebPreferences?: () => Record<string, unknown> | null;
    };
    return { count: wins.length, prefs: contents.getLastWebPreferences?.() ?? null };
  });
  expect(prefs.count).toBe(1);
  if (prefs.prefs === null) {
    // Then the next test's evidence stands in: no require (nodeIntegration off), and a
    // contextBridge API (which Electron refuses to expose without contextIsolation).
    test.info().annotations.push({
      type: 'note',
      description: 'webContents.getLastWebPreferences() is gone from this Electron',
    });
    return;
  }
  expect(prefs.prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  });
  for (const key of ['allowRunningInsecureContent', 'experimentalFeatures'])
    expect(prefs.prefs![key] ?? false, key).toBe(false);
  expect(prefs.prefs!.enableBlinkFeatures ?? '', 'enableBlinkFeatures').toBe('');
});

test('the page sees only the typed API: no Node, no ipcRenderer', async () => {
  const page = await app.firstWindow();
  const seen = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    api: Object.keys((globalThis as unknown as { scrutineer: object }).scrutineer).sort(),
  }));
  expect(seen).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    api: [...CHANNEL_NAMES].sort(),
  });
});

test('the sample committee is visible', async () => {
  const page = await app.firstWindow();
  await expect(page.getByText(sampleCommittee).first()).toBeVisible();
});

test('the page cannot navigate away', async () => {
  const page = await app.firstWindow();
  // Resolves when the attempt reaches the main process's will-navigate gate.
  const reachedGate = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((done) =>
        BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (_event, url) => done(url)),
      ),
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  expect(await reachedGate).toBe('https://example.org/');
  await expect(page.getByText(sampleCommittee).first()).toBeVisible();
  expect(page.url()).toBe('app://scrutineer/index.html');
});
