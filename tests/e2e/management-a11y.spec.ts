// The dense management pages pass axe in both colour schemes, with a row's actions shown (one row
// hovered, another with the focus in it) as well as hidden: hiding them must hide nothing from a
// screen reader that axe can see, and showing them must keep their contrast.
import { test, expect, SAMPLE } from './fixtures';
import { expectNoAxeViolations, openRoute } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 90_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the agenda builder's items table passes axe (${colorScheme})`, async ({ app: page, devHost }) => {
    await page.emulateMedia({ colorScheme });
    await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/agenda`);
    await page.getByLabel('Title of item 3', { exact: true }).focus();
    await page.getByRole('list', { name: 'Items' }).getByRole('listitem').nth(6).hover();
    const remove = page.getByRole('button', { name: 'Remove item 3', exact: true });
    await expect(remove.locator('xpath=..'), 'the focused row shows its actions').toHaveCSS('opacity', '1');
    await expectNoAxeViolations(page, `the agenda builder (${colorScheme})`);
  });

  test(`the committee set-up's tables pass axe (${colorScheme})`, async ({ app: page, devHost }) => {
    await page.emulateMedia({ colorScheme });
    await openRoute(page, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
    const members = page.getByRole('table', { name: 'Members', exact: true });
    await members.getByRole('button', { name: 'Edit Caroline Needham', exact: true }).focus();
    await page.getByRole('table', { name: 'Officers and guests' }).getByRole('row').nth(3).hover();
    await page.getByRole('region', { name: 'Standard items' }).getByLabel('Title of standard item 2').focus();
    await expectNoAxeViolations(page, `committee set-up (${colorScheme})`);
    // An Edit form open inside the table.
    await members.getByRole('button', { name: "Edit Alan De'Ath", exact: true }).click();
    await expect(members.getByRole('heading', { level: 3, name: "Edit Alan De'Ath" })).toBeVisible();
    await expectNoAxeViolations(page, `committee set-up with a seat's form open (${colorScheme})`);
  });
}
