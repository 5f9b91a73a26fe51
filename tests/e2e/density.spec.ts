// Compact density (Settings › Screen): an app setting kept in committees.json, set on the
// document root, where it switches the type and spacing tokens to tighter values. On a
// 1280×720 laptop the live console's notes get taller, and the choice survives a reload.
import type { Page } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall } from './helpers';
import { goToItem, liveUrl } from './live-keys';

test.use({ viewport: { width: 1280, height: 720 } });

/** The notes editor's height on screen at item 5, clipped to the window. */
async function notesHeight(page: Page, devHost: DevHost): Promise<number> {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: `Live minuting: ${SAMPLE.meetingDate}` })).toBeVisible();
  await goToItem(page, '5');
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(page.getByRole('textbox', { name: 'Paragraph 1 of item 5' })).toBeVisible();
  return notes.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
  });
}

test('compact density makes the live notes taller at 1280×720 and is kept after a reload', async ({
  app: page,
  devHost,
}) => {
  const comfortable = await notesHeight(page, devHost);
  expect(await page.evaluate(() => document.documentElement.dataset['density'])).toBe('comfortable');

  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const density = page.getByRole('group', { name: 'Density' });
  await expect(density.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
  await density.getByRole('radio', { name: /^Compact/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
  await expect.poll(async () => (await apiCall(page, 'settings:get', {})).value).toMatchObject({ density: 'compact' });
  // The tokens themselves switch, not one screen's styles.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('15px');

  const compact = await notesHeight(page, devHost);
  console.log(`notes at 1280×720: comfortable ${Math.round(comfortable)} px, compact ${Math.round(compact)} px`);
  expect(compact).toBeGreaterThan(comfortable + 8);

  await page.reload();
  await expect(page.getByRole('heading', { name: `Live minuting: ${SAMPLE.meetingDate}` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('group', { name: 'Density' }).getByRole('radio', { name: /^Compact/ })).toBeChecked();

  // And back: comfortable again gives the roomier layout.
  await page.getByRole('group', { name: 'Density' }).getByRole('radio', { name: 'Comfortable' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-density', 'comfortable');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
});
