// The agenda builder's defects from issue 15, each as the user met it: removing an item left
// its dialog open, the item row spilled out of its card at 1,366 px, and building an agenda by
// keyboard needed the mouse (focus left the add field, numbers stopped following the order).
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import type { Meeting } from '../../shared/domain';

test.describe.configure({ timeout: 90_000 });

async function newMeeting(page: Page): Promise<string> {
  const r = await apiCall(page, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2016-11-21' });
  expect(r.ok).toBe(true);
  return (r.value as { id: string }).id;
}

async function stored(page: Page, meetingId: string): Promise<Meeting> {
  return (await apiCall(page, 'meetings:get', { meetingId })).value as Meeting;
}

const saved = (page: Page) => expect(page.locator('.save-indicator')).toHaveText('Saved');

test('removing an item closes the dialog once the item is gone', async ({ app, devHost }) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  const items = app.getByRole('list', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await app.getByRole('button', { name: 'Remove item 4', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Remove item 4?' });
  await dialog.getByRole('button', { name: 'Remove item' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('The meeting is not open')).toHaveCount(0);
  await expect(items).toHaveCount(5);
  await expect(app.getByRole('heading', { level: 2, name: 'Items' })).toBeFocused();
  await saved(app);
  expect((await stored(app, meetingId)).agenda.map((i) => i.title)).not.toContain('PUBLIC PARTICIPATION');
});
