// Management pages are dense: the committee set-up's people, the agenda builder's items and the
// standard items are tables with their actions on the row hovered or focused, not on every row at
// once; and at 1366×768 the pages are far shorter than the stacked forms they replaced.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const SETUP = `#/committees/${SAMPLE.committeeId}/setup`;
const AGENDA = `#/meetings/${SAMPLE.meetingId}/agenda`;

/** How many of these action groups can be seen (hidden ones are transparent, not removed). */
const shown = (groups: Locator) =>
  groups.evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '0').length);

async function heightOf(page: Page): Promise<number> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test('committee set-up: row actions show on the hovered or focused row only', async ({ app: page, devHost }) => {
  await openRoute(page, devHost, SETUP);
  await expect(page.locator('main h1').first()).toBeVisible();
  const rows = page.locator('.seat-row, .roster-row');
  await expect(rows.first()).toBeVisible();
  const buttons = page.locator('.seat-row .row-buttons, .roster-row .row-buttons');
  await page.mouse.move(0, 0);
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await shown(buttons)).toBe(0);
  // Tabbing to a row's Edit button shows that row's actions, and only those.
  await rows.nth(1).getByRole('button', { name: /^Edit/ }).focus();
  expect(await shown(buttons)).toBe(1);
  await rows.nth(2).hover();
  expect(await shown(buttons)).toBe(2); // the focused row and the hovered one
});

test('committee set-up: members, co-optees and officers are tables, one line a person', async ({
  app: page,
  devHost,
}) => {
  await openRoute(page, devHost, SETUP);
  const members = page.getByRole('table', { name: 'Members', exact: true });
  await expect(members.getByRole('columnheader')).toHaveText(['Name', 'Political group', 'Seat', 'Actions']);
  await expect(members.getByRole('row', { name: /Caroline Needham/ })).toContainText('Chair since 1 May 2016');
  const coOpted = page.getByRole('table', { name: 'Co-opted members', exact: true });
  await expect(coOpted.getByRole('columnheader')).toHaveText(['Name', 'Body represented', 'Seat', 'Actions']);
  const roster = page.getByRole('table', { name: 'Officers and guests', exact: true });
  await expect(roster.getByRole('columnheader')).toHaveText([
    'Name',
    'Kind',
    'Job title or role',
    'Organisation',
    'Actions',
  ]);
  for (const table of [members, roster]) {
    const heights = await table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(5);
    expect(Math.max(...heights), 'one line a person').toBeLessThan(48);
  }
});

test('agenda builder: each item is one row of columns, its actions shown on hover or focus and by Tab', async ({
  app: page,
  devHost,
}) => {
  await openRoute(page, devHost, AGENDA);
  const items = page.getByRole('list', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  // One row: number, title, author, kind, pages and exempt share a line, at the columns' heads.
  const row = ['Number', 'Title', 'Report author', 'Kind', 'First page', 'Last page'].map((l) =>
    page.getByLabel(`${l} of item 5`, { exact: true }),
  );
  const tops = await Promise.all([...row, page.getByLabel('Exempt (Part II) for item 5')].map((c) => c.boundingBox()));
  for (const box of tops) expect(Math.abs(box!.y - tops[0]!.y)).toBeLessThan(2);
  const title = (await page.getByLabel('Title of item 5', { exact: true }).boundingBox())!;
  const head = (await page.locator('.item-columns span', { hasText: 'Title and summary' }).boundingBox())!;
  expect(Math.abs(head.x - title.x)).toBeLessThan(2);

  const buttons = page.locator('.item-fields .row-buttons');
  await page.mouse.move(0, 0);
  expect(await shown(buttons)).toBe(0);
  // Tab from an item's last field in its first line reaches its Move up button, and shows its actions.
  await page.getByLabel('Exempt (Part II) for item 2').focus();
  expect(await shown(buttons)).toBe(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move up item 2', exact: true })).toBeFocused();
  await items.nth(6).hover();
  expect(await shown(buttons)).toBe(2);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const remove = page.getByRole('button', { name: 'Remove item 2', exact: true });
  await expect(remove).toBeFocused();
  await expect(remove.locator('xpath=..'), 'its row shows its actions').toHaveCSS('opacity', '1');
});

test('standard items and text lists: one row an entry, actions on the hovered or focused row', async ({
  app: page,
  devHost,
}) => {
  await openRoute(page, devHost, SETUP);
  const standard = page.getByRole('region', { name: 'Standard items', exact: true });
  const groups = page.getByRole('region', { name: 'Political groups', exact: true });
  const buttons = page.locator('.standard-item .row-buttons, .text-row .row-buttons');
  await expect(standard.getByRole('listitem')).toHaveCount(6);
  await page.mouse.move(0, 0);
  expect(await shown(buttons)).toBe(0);
  await standard.getByLabel('Title of standard item 3', { exact: true }).focus();
  expect(await shown(buttons)).toBe(1);
  await page.keyboard.press('Tab');
  await expect(standard.getByRole('button', { name: 'Move up standard item 3', exact: true })).toBeFocused();
  await groups.getByLabel('Group 2', { exact: true }).hover();
  expect(await shown(buttons)).toBe(2);
  // Kind, title and actions on one line; the summary under the title.
  const kind = (await standard.getByLabel('Kind of standard item 3', { exact: true }).boundingBox())!;
  const title = (await standard.getByLabel('Title of standard item 3', { exact: true }).boundingBox())!;
  expect(Math.abs(kind.y - title.y)).toBeLessThan(2);
  const rows = await standard
    .getByRole('listitem')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  // Items with an empty or short summary take two short lines (the old cards took about 300 px).
  expect(Math.min(...rows)).toBeLessThan(100);
});

// Measured at 1366×768 on the sample: the agenda builder was 5,192 px tall (ten items as stacked
// forms, about 400 px each) and the committee set-up 7,004 px; now about 2,300 and 4,300.
test('at 1366×768 the agenda builder and committee set-up are less than half and two thirds as tall', async ({
  app: page,
  devHost,
}) => {
  await openRoute(page, devHost, AGENDA);
  const agenda = await heightOf(page);
  const itemsCard = (await page.getByRole('region', { name: 'Items' }).boundingBox())!;
  await openRoute(page, devHost, SETUP);
  const setup = await heightOf(page);
  console.log(`Page heights at 1366×768: agenda builder ${agenda} px, committee set-up ${setup} px`);
  expect(agenda, 'agenda builder height').toBeLessThan(2800);
  expect(itemsCard.height / 10, 'height an agenda item').toBeLessThan(130);
  expect(setup, 'committee set-up height').toBeLessThan(5000);
});
