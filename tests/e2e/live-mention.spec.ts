// "@" in the notes: the people offered follow the caret (typing, moving back and forth over the
// name), Escape closes the offer until the next "@", and a picked person is stored as a reference.
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

test('the people offered follow the name before the caret as it moves, and a pick stores the person', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  await goToItem(page, '7');
  const paragraph = page.getByRole('textbox', { name: 'Paragraph 1 of item 7' });
  await paragraph.focus();
  await page.keyboard.press('Control+End');

  await page.keyboard.type(' @Phe');
  await expect(page.getByRole('listbox', { name: 'People matching Phe', exact: true })).toBeVisible();
  // Caret keys change what is before the caret, and so the offer.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('listbox', { name: 'People matching Ph', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('listbox', { name: 'People matching P', exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('listbox', { name: 'People matching Phe', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(paragraph).toBeFocused();
  // With the offer closed, caret keys just move the caret.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  // Escape holds until the next "@".
  await page.keyboard.type('l');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  for (let i = 0; i < '@Phel'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('@Phel');
  await expect(page.getByRole('listbox', { name: 'People matching Phel', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.type('spoke.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  // The chip put in place of "@Phel", and the stored paragraph: the same person, by reference.
  const chip = paragraph.locator('.person-chip').last();
  await expect(chip).toHaveText(/Phelps/);
  const personId = await chip.getAttribute('data-person-id');
  const paragraphId = await paragraph.getAttribute('data-paragraph-id');
  const m = await storedMeeting(page, SAMPLE.meetingId);
  const stored = (m.notes as { id: string; content: { t: string; personId?: string; text?: string }[] }[]).find(
    (p) => p.id === paragraphId,
  )!;
  expect(stored.content.slice(-2)).toEqual([
    { t: 'person', personId },
    { t: 'text', text: ' spoke.' },
  ]);
  expect(stored.content.map((r) => r.text ?? '').join('')).not.toContain('@');
});
