// Electron's save port, end to end: the live console's saves go over the MessagePort the main
// process handed to the page's worker, not by ipcRenderer.invoke. After the first save (by IPC,
// which asks for the port), the test takes the IPC road for the typing channel away in the main
// process, replacing it with a counter that refuses; every word typed after that must still reach
// the meeting file, and the counter must stay at nought. Skips, saying why, without the binary.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binary, launchApp, NO_BINARY, type RunningApp } from './launch';

const MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';
const ITEM_5 = 'dac1bd91-e0af-4593-8103-0753350b1479';
const FIRST = ' Members asked';
const LATER = ' how many schools had taken part, and officers undertook to circulate the figures.';

test.skip(!binary.found, NO_BINARY);

let running: RunningApp;
let app: ElectronApplication;
let dataDir: string;

test.beforeAll(async () => {
  running = await launchApp('scrutineer-electron-port-');
  ({ app, dataDir } = running);
});

test.afterAll(async () => {
  await running?.close();
});

/** Item 5's last paragraph as it is in the meeting file on disk. */
function item5OnDisk(): string {
  const m = JSON.parse(readFileSync(join(dataDir, 'meetings', `${MEETING}.json`), 'utf8')) as {
    notes: { itemId: string; content: { text?: string }[] }[];
  };
  return m.notes
    .filter((p) => p.itemId === ITEM_5)
    .at(-1)!
    .content.map((r) => r.text ?? '@')
    .join('');
}

async function typeWords(page: Page, text: string): Promise<void> {
  for (const word of text.match(/\s*\S+/g)!) {
    await page.keyboard.type(word, { delay: 15 });
    await page.waitForTimeout(120); // past the 100 ms a keystroke may wait: a save each word
  }
  await expect(page.getByRole('status')).toHaveText('Saved');
}

test('typing in the live console is saved over the save port, not by IPC', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await page.evaluate((id) => (location.hash = `#/meetings/${id}/live`), MEETING);
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  const before = item5OnDisk();
  await page.keyboard.press('Alt+G');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /^Paragraph \d+ of item 5$/ }).last()).toBeFocused();

  // The first save goes by IPC and asks for the port; the worker starts when the port arrives.
  await typeWords(page, FIRST);
  await expect.poll(() => page.workers().length, { message: 'the save worker started' }).toBeGreaterThan(0);
  await page.waitForTimeout(300); // the worker's word that the port is open reaches the page

  await app.evaluate(({ ipcMain }) => {
    const g = globalThis as unknown as { ipcSaves: number };
    g.ipcSaves = 0;
    ipcMain.removeHandler('notes:updateParagraph');
    ipcMain.handle('notes:updateParagraph', () => {
      g.ipcSaves++;
      return { ok: false, error: { code: 'INTERNAL', message: 'The test took the IPC road away' } };
    });
  });
  await typeWords(page, LATER);

  expect(item5OnDisk()).toBe(before + FIRST + LATER);
  const ipcSaves = await app.evaluate(() => (globalThis as unknown as { ipcSaves: number }).ipcSaves);
  expect(ipcSaves, 'saves that went by IPC once the port was open').toBe(0);
});
