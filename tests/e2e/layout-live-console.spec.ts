// The live console on a common council laptop (1280×720): the notes editor gets most of the
// window's height, and focus mode (Alt+K) shows only the item and its notes.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl } from './live-keys';

test.use({ viewport: { width: 1280, height: 720 } });

/** The notes editor's height on screen: its box, clipped to the window. */
async function notesOnScreen(page: Page, item: string): Promise<number> {
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Paragraph 1 of item ${item}` })).toBeVisible();
  return notes.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
  });
}

/** The sample meeting has ended; clearing its end time puts it back in progress, as during the meeting. */
async function inProgress(page: Page): Promise<void> {
  const ended = page.getByLabel('Meeting ended');
  await ended.fill('');
  await ended.press('Enter');
  await expect(page.getByRole('button', { name: 'End meeting (Alt+Shift+S)' })).toBeVisible();
}

test('gives the notes at least 60% of a 1280×720 window', async ({ app: page, devHost }) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: `Live minuting: ${SAMPLE.meetingDate}` })).toBeVisible();
  await inProgress(page);
  await goToItem(page, '5');
  const height = await notesOnScreen(page, '5');
  console.log(`notes editor at 1280×720: ${Math.round(height)} px of 720 (${Math.round((height / 720) * 100)}%)`);
  expect(height).toBeGreaterThanOrEqual(0.6 * 720);
  // The clock and the agenda stay on screen beside it.
  await expect(page.getByRole('region', { name: 'Meeting clock' })).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeInViewport();
});

test('after the meeting has ended, the checks fold to one line when there is nothing to look at', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: `Live minuting: ${SAMPLE.meetingDate}` })).toBeVisible();
  const checks = page.getByRole('region', { name: 'Checks before sign-off' });
  await expect(checks).toContainText('Nothing to look at');
  await goToItem(page, '5');
  const height = await notesOnScreen(page, '5');
  console.log(`notes editor at 1280×720, meeting ended: ${Math.round(height)} px of 720`);
  expect((await checks.boundingBox())!.height).toBeLessThan(60);
  expect(height).toBeGreaterThanOrEqual(0.6 * 720);
});

test('focus mode (Alt+K) shows only the item and its notes, and Alt+K brings the rest back', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: `Live minuting: ${SAMPLE.meetingDate}` })).toBeVisible();
  await inProgress(page);
  await goToItem(page, '7');
  const notesTop = () => page.getByRole('region', { name: 'Notes' }).evaluate((el) => el.getBoundingClientRect().top);
  const before = await notesTop();
  const paragraph = page.getByRole('textbox', { name: 'Paragraph 1 of item 7' });
  await paragraph.focus();
  await page.keyboard.press('Alt+K');
  await expect(page.getByRole('status').filter({ hasText: 'Focus mode' })).toBeVisible();
  for (const hidden of [
    page.getByRole('region', { name: 'Meeting clock' }),
    page.getByRole('navigation', { name: 'Agenda' }),
    page.getByRole('tablist', { name: 'Panels' }),
    page.getByRole('heading', { name: 'Resolutions' }),
    page.getByRole('link', { name: 'Scrutineer' }),
  ])
    await expect(hidden).toBeHidden();
  await expect(page.getByRole('heading', { name: /^7\./ })).toBeVisible();
  // Typing goes on where it was: the focus stays in the notes.
  await expect(page.locator('[contenteditable]:focus')).toHaveCount(1);
  // Everything above the notes but the item's title has gone: they start higher up.
  expect(await notesTop()).toBeLessThan(before - 100);
  // The shortcut sheet lists it.
  await page.keyboard.press('Alt+K');
  await expect(page.getByRole('region', { name: 'Meeting clock' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Focus mode: only the item and its notes',
  );
});
