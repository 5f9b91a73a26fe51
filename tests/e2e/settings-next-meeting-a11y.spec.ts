// Issue 15, defects 8 and 10 under axe, light and dark: the live console's "Next meeting"
// fields (with a refusal shown), the Settings screen (with a saved name shown in the header) and
// the approval dialog's question of who approves (with its message).
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import { goToItem, liveUrl } from './live-keys';

for (const scheme of ['light', 'dark'] as const) {
  test(`the next meeting fields, Settings and the approval question pass axe (${scheme})`, async ({
    app: page,
    devHost,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(liveUrl(devHost, SAMPLE.meetingId));
    await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
    await goToItem(page, '10');
    const section = page.getByRole('region', { name: 'Next meeting' });
    await expect(section).toBeVisible();
    expect(
      (
        await apiCall(page, 'meeting:setNextMeeting', {
          meetingId: SAMPLE.meetingId,
          date: '2016-11-21',
          startTime: '19:00',
          venue: 'the Town Hall',
        })
      ).ok,
    ).toBe(true);
    await page.reload();
    await goToItem(page, '10');
    await expect(section).toContainText('The minutes will say:');
    await expectNoAxeViolations(page, `the next meeting fields (${scheme})`);

    await openRoute(page, devHost, '#/settings');
    await page.getByLabel('Your name').fill('Bathsheba Mall');
    await page.getByLabel('Your role').fill('Committee Co-ordinator');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved: you are Bathsheba Mall, Committee Co-ordinator.')).toBeVisible();
    await expectNoAxeViolations(page, `Settings (${scheme})`);

    expect((await apiCall(page, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
    await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
    await page.getByRole('button', { name: 'Approve the minutes' }).click();
    const dialog = page.getByRole('dialog', { name: /^Approve the minutes/ });
    await dialog.getByRole('button', { name: /^Approve/ }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Say whether you are the Chair or approve for them.');
    await expectNoAxeViolations(page, `the approval question (${scheme})`);
  });
}
