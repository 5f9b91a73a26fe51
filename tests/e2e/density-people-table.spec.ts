// The committee page's people as a dense table a group at a time: name, role and seat in columns,
// one short row a person, and Edit/Delete on the hovered or focused row only.
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

test('the committee page lists its people as a table with row actions on hover or focus', async ({
  app: page,
  devHost,
}, testInfo) => {
  await openRoute(page, devHost, `#/committees/${SAMPLE.committeeId}`);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
  const members = page.getByRole('table', { name: 'Members', exact: true });
  await expect(members.getByRole('columnheader')).toHaveText(['Name', 'Role', 'Seat', 'Actions']);
  const rows = members.getByRole('row').filter({ has: page.getByRole('rowheader') });
  expect(await rows.count()).toBeGreaterThan(3);
  // The Chair comes first, with the role in its own column.
  await expect(rows.first().getByRole('cell').first()).toHaveText(/^Chair\b/);
  // Dense: one line a person.
  const heights = await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(48);

  const shown = () =>
    members
      .locator('.row-buttons')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).opacity !== '0').length);
  await page.mouse.move(0, 0);
  expect(await shown()).toBe(0);
  await rows
    .nth(1)
    .getByRole('button', { name: /^Edit / })
    .focus();
  expect(await shown()).toBe(1);
  await rows.nth(2).hover();
  expect(await shown()).toBe(2);

  await page
    .getByRole('region', { name: 'People' })
    .screenshot({ path: testInfo.outputPath('people.png'), animations: 'disabled' });

  // Edit opens the person's form in place, inside the table.
  const name = (await rows.nth(1).getByRole('rowheader').locator('.person-name').textContent())!;
  await rows
    .nth(1)
    .getByRole('button', { name: /^Edit / })
    .click();
  await expect(members.getByRole('heading', { level: 4, name: /^Edit / })).toBeVisible();
  await members.getByRole('button', { name: 'Cancel' }).click();
  await expect(members.getByRole('rowheader').filter({ hasText: name })).toBeVisible();
});
