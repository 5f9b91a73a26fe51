// Alt+R on an item that already has a resolution starts a new one: it never types into the one
// recorded (issue 15, defect 3: "That A be notedThat D be noted;").
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const ITEM_7 = 'a8a1fa2b-f29a-4ad6-86d8-be5eb6c012a4';
type StoredResolution = { id: string; itemId: string; clauses: string[] };
const of7 = (m: Record<string, unknown>) => (m.resolutions as StoredResolution[]).filter((r) => r.itemId === ITEM_7);

test('Alt+R on an item with a resolution opens a new, empty one; typing and Enter go there', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  await goToItem(page, '7');
  const first = page.getByRole('textbox', { name: 'Resolution 1, clause 1' });
  await expect(first).toHaveValue('That the report be noted');

  await page.keyboard.press('Alt+R');
  const second = page.getByRole('textbox', { name: 'Resolution 2, clause 1' });
  await expect(second).toBeFocused();
  await expect(second).toHaveValue('');
  // The same quick wording as for an item's first resolution.
  await expect(
    page
      .getByRole('group', { name: 'Quick wording for resolution 2' })
      .getByRole('button', { name: 'Report noted', exact: true }),
  ).toBeVisible();
  await page.keyboard.type('That D be noted');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Resolution 2, clause 2' })).toBeFocused();
  await page.keyboard.type('That E be noted');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(first).toHaveValue('That the report be noted');
  await expect(page.getByRole('textbox', { name: 'Resolution 1, clause 2' })).toHaveCount(0);

  const stored = of7(await storedMeeting(page, SAMPLE.meetingId));
  expect(stored.map((r) => r.clauses)).toEqual([['That the report be noted'], ['That D be noted', 'That E be noted']]);

  // Again: a third, and a second press while it is still empty does not open a fourth.
  await page.keyboard.press('Alt+R');
  const third = page.getByRole('textbox', { name: 'Resolution 3, clause 1' });
  await expect(third).toBeFocused();
  await expect(third).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+R');
  await expect(third).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Resolution 4, clause 1' })).toHaveCount(0);
  await page.keyboard.type('That F be noted');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(of7(await storedMeeting(page, SAMPLE.meetingId)).map((r) => r.clauses)).toEqual([
    ['That the report be noted'],
    ['That D be noted', 'That E be noted'],
    ['That F be noted'],
  ]);
});
