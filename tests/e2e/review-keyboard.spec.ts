// Review by keyboard: J/K move between the blocks (a roving tabindex, each move announced), C
// comments and S suggests on the focused block, A/R accept or reject its open suggestion; the
// Comment and Suggest buttons show only on the focused or hovered block.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';

const CHAIR = 'Councillor Caroline Needham';

async function reviewAs(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Reviewing as');
  await field.fill(name);
  await field.press('Tab');
}

const focusedRow = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement).dataset.row ?? null);

test('J/K, C, S and A/R review the minutes without the mouse', async ({ app: page, devHost }) => {
  test.setTimeout(90_000);
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await expect(page.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
  await reviewAs(page, CHAIR);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('With the Chair for review');

  const rows = page.locator('[data-row]');
  // Until the keys are used, no row is a tab stop of its own (Tab goes through the buttons).
  await expect(page.locator('[data-row][tabindex="0"]')).toHaveCount(0);
  // No rail of buttons: only the hovered or focused block shows them.
  const visibleButtons = () =>
    page
      .locator('[data-mode="comment"]')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el.parentElement!).opacity !== '0').length);
  await page.mouse.move(0, 0);
  expect(await visibleButtons()).toBe(0);

  // Tab into the minutes (the first block's button), then J/K.
  await rows.nth(0).getByRole('button').first().focus();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const first = await focusedRow(page);
  expect(first).toBe(await rows.nth(0).getAttribute('data-row'));
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const third = await focusedRow(page);
  expect(third).toBe(await rows.nth(2).getAttribute('data-row'));
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Block 3 of \d+$/ })).toHaveCount(1);
  // A roving tabindex: the row reached is the one tab stop among the rows.
  await expect(page.locator(`[data-row="${third}"]`)).toHaveAttribute('tabindex', '0');
  await expect(page.locator('[data-row][tabindex="0"]')).toHaveCount(1);
  expect(await visibleButtons()).toBe(1);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  expect(await focusedRow(page)).toBe(first);

  // Down to PRESENT: C opens its comment form there.
  for (let i = 0; i < 40 && (await focusedRow(page)) !== 'present'; i++) await page.keyboard.press('j');
  await page.keyboard.press('c');
  const present = page.locator('[data-row="present"]');
  const commentField = present.getByLabel('Comment', { exact: true });
  await expect(commentField).toBeFocused();
  await commentField.fill('Please check the list of officers.');
  await present.getByRole('button', { name: 'Add comment' }).click();
  await expect(present.getByRole('article', { name: `Comment by ${CHAIR}` })).toContainText('Open');

  // On to a captured paragraph: S suggests, A accepts the suggestion.
  await page.locator('[data-row="present"]').focus();
  for (let i = 0; i < 60 && !(await focusedRow(page))?.startsWith('para:'); i++) await page.keyboard.press('j');
  const row = page.locator(`[data-row="${await focusedRow(page)}"]`);
  await page.keyboard.press('s');
  const wording = row.getByLabel('Suggested wording');
  await expect(wording).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Added by keyboard.');
  await row.getByRole('button', { name: 'Suggest this edit' }).click();
  const suggestion = row.getByRole('article', { name: `Suggested edit by ${CHAIR}` });
  await expect(suggestion).toContainText('Open');
  await row.focus();
  await page.keyboard.press('a');
  await expect(suggestion).toContainText(`Accepted – accepted by ${CHAIR}`);
  await expect(row.locator('[data-block]')).toContainText('Added by keyboard.');

  // R rejects the comment on PRESENT.
  await present.focus();
  await page.keyboard.press('r');
  await expect(present.getByRole('article', { name: `Comment by ${CHAIR}` })).toContainText(
    `Rejected – rejected by ${CHAIR}`,
  );
});
