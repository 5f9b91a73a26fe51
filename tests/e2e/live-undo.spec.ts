// Undo and redo in the live console (Ctrl+Z, Ctrl+Shift+Z): each takes back or does again one
// edit, through the store, and the screen follows.
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const ITEM_5 = 'dac1bd91-e0af-4593-8103-0753350b1479';

test('Ctrl+Z takes back an action and the typing before it; Ctrl+Shift+Z does them again', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  const before = await storedMeeting(page, SAMPLE.meetingId);
  const lastOf5 = (m: typeof before) =>
    (m.notes as { itemId: string; content: { t: string; text?: string }[] }[])
      .filter((p) => p.itemId === ITEM_5)
      .at(-1)!;
  const textOf = (p: { content: { t: string; text?: string }[] }) => p.content.map((r) => r.text ?? '@').join('');
  const actionsOf5 = (m: typeof before) =>
    (m.actions as { itemId: string }[]).filter((a) => a.itemId === ITEM_5).length;

  await goToItem(page, '5');
  const paragraph = page.getByRole('textbox', { name: /^Paragraph \d+ of item 5$/ }).last();
  await expect(paragraph).toBeFocused();
  await page.keyboard.type(' Officers would report back.');
  await page.keyboard.press('Alt+A');
  await page.keyboard.type('HWB');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(paragraph).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Saved');
  let m = await storedMeeting(page, SAMPLE.meetingId);
  expect(textOf(lastOf5(m))).toBe(`${textOf(lastOf5(before))} Officers would report back.`);
  expect(actionsOf5(m)).toBe(actionsOf5(before) + 1);

  // The owner, then the action, then the typing.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /^ACTION \d+:$/ })).toHaveCount(actionsOf5(before));
  await page.keyboard.press('Control+z');
  await expect(paragraph).not.toContainText('Officers would report back.');
  await expect(page.getByRole('status')).toHaveText('Saved');
  m = await storedMeeting(page, SAMPLE.meetingId);
  expect(textOf(lastOf5(m))).toBe(textOf(lastOf5(before)));
  expect(actionsOf5(m)).toBe(actionsOf5(before));

  await page.keyboard.press('Control+Shift+z');
  await expect(paragraph).toContainText('Officers would report back.');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('group', { name: /^ACTION \d+:$/ })).toHaveCount(actionsOf5(before) + 1);
  await expect(page.getByRole('status')).toHaveText('Saved');
  m = await storedMeeting(page, SAMPLE.meetingId);
  expect(textOf(lastOf5(m))).toBe(`${textOf(lastOf5(before))} Officers would report back.`);
  expect(actionsOf5(m)).toBe(actionsOf5(before) + 1);
});
