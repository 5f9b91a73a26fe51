// Management pages are dense: the committee set-up's people show their Edit/Delete buttons only on
// the row hovered or focused, not on every row at once.
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';

test('committee set-up: row actions show on the hovered or focused row only', async ({ app: page, devHost }) => {
  await openRoute(page, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
  await expect(page.locator('main h1').first()).toBeVisible();
  const rows = page.locator('.seat-row, .roster-row');
  await expect(rows.first()).toBeVisible();
  const shown = () =>
    page
      .locator('.seat-row .row-buttons, .roster-row .row-buttons')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '0').length);
  await page.mouse.move(0, 0);
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await shown()).toBe(0);
  // Tabbing to a row's Edit button shows that row's actions, and only those.
  await rows.nth(1).getByRole('button', { name: /^Edit/ }).focus();
  expect(await shown()).toBe(1);
  await rows.nth(2).hover();
  expect(await shown()).toBe(2); // the focused row and the hovered one
});
