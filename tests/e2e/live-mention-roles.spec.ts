// Issue 15, defect 4: a chip in the notes shows what the minutes print for that mention (the role
// at the person's first mention, by name after); a role typed beside the chip is not printed a
// second time; and one mention can be "name only", chosen as it is named (Shift+Enter) or after
// (Alt+M).
import type { Page } from '@playwright/test';
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes, plainText } from '$shared/minutes';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall } from './helpers';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const CLAIRE = 'c43cee21-e89d-41e2-a4b6-cbb9dbcd623e';

/** "@" and a few letters, then Enter (or Shift+Enter: name only) on the person expected. */
async function mention(page: Page, query: string, person: string, key = 'Enter') {
  await page.keyboard.type(`@${query}`);
  await expect(
    page.getByRole('listbox', { name: `People matching ${query}` }).getByRole('option', { selected: true }),
  ).toContainText(person);
  await page.keyboard.press(key);
}

/** Item 4's paragraphs as the minutes print them, from what the store holds. */
async function printedParagraphs(page: Page, itemId: string): Promise<string[]> {
  const meeting = (await storedMeeting(page, SAMPLE.meetingId)) as unknown as Meeting;
  const c = await apiCall(page, 'committees:get', { committeeId: meeting.committeeId });
  const outline = composeMinutes(meeting, c.value as Committee);
  return outline.blocks.flatMap((b) =>
    b.type === 'paragraph' && b.itemId === itemId && b.paragraphId ? [plainText(b.runs)] : [],
  );
}

test('chips show what the minutes print, a role typed beside a chip is printed once, and one mention can be name only', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();

  // Item 5 names Claire Chamberlain first, so her chip there shows her role.
  await goToItem(page, '5');
  const item5 = page.getByRole('textbox', { name: 'Paragraph 1 of item 5' });
  await expect(item5.locator(`[data-person-id="${CLAIRE}"]`)).toHaveText(
    'Claire Chamberlain, Executive Director For Schools',
  );

  // Item 4 comes first: the coordinator types her role there, before the chip.
  await goToItem(page, '4');
  await expect(page.getByRole('button', { name: 'Start the notes of this item' })).toBeFocused();
  await page.keyboard.press('Enter');
  const first = page.getByRole('textbox', { name: 'Paragraph 1 of item 4' });
  await expect(first).toBeFocused();
  await page.keyboard.type('The Executive Director For Schools, ');
  await mention(page, 'Clai', 'Claire Chamberlain');
  await page.keyboard.type('welcomed ');
  await mention(page, 'Stev', 'Steve Miley');
  await page.keyboard.type('and ');
  await mention(page, 'Stev', 'Steve Miley');
  await page.keyboard.type('again.');
  const chips = first.locator('.person-chip');
  await expect(chips).toHaveText(['Claire Chamberlain', 'Steve Miley, Director for Family Services', 'Steve Miley']);

  // A role typed after the chip: the chip drops the role as it is typed.
  await page.keyboard.press('Enter');
  const second = page.getByRole('textbox', { name: 'Paragraph 2 of item 4' });
  await expect(second).toBeFocused();
  await mention(page, 'Phel', 'Fiona Phelps');
  await expect(second.locator('.person-chip')).toHaveText('Fiona Phelps, Head of Special Educational Needs');
  await page.keyboard.type(', Head of Special Educational Needs, answered.');
  await expect(second.locator('.person-chip')).toHaveText('Fiona Phelps');

  // Name only, chosen as the person is named (Shift+Enter), and undone after (Alt+M).
  await page.keyboard.press('Enter');
  const third = page.getByRole('textbox', { name: 'Paragraph 3 of item 4' });
  await expect(third).toBeFocused();
  await page.keyboard.type('Thanks to ');
  await mention(page, 'Nah', 'Nahar Chowdhury', 'Shift+Enter');
  await page.keyboard.type('and ');
  await mention(page, 'Anji', 'Anji McCormick');
  await page.keyboard.type('for coming.');
  await expect(third.locator('.person-chip')).toHaveText([
    'Nahar Chowdhury',
    'Anji McCormick, Head of Property Management',
  ]);
  // Alt+M acts on the chip before the caret: Anji McCormick, name only.
  await page.keyboard.press('Alt+M');
  await expect(third.locator('.person-chip')).toHaveText(['Nahar Chowdhury', 'Anji McCormick']);
  await expect(page.getByRole('status')).toHaveText('Saved');

  // As stored, and as the minutes print it.
  const stored = await storedMeeting(page, SAMPLE.meetingId);
  const paragraphId = await third.getAttribute('data-paragraph-id');
  const content = (stored.notes as { id: string; content: Record<string, unknown>[] }[]).find(
    (p) => p.id === paragraphId,
  )!.content;
  expect(content.filter((r) => r.t === 'person').map((r) => r.nameOnly ?? false)).toEqual([true, true]);
  const item4 = stored.agenda.find((i: { number: string }) => i.number === '4').id as string;
  expect(await printedParagraphs(page, item4)).toEqual([
    'The Executive Director For Schools, Claire Chamberlain welcomed Steve Miley, Director for Family Services, and Steve Miley again.',
    'Fiona Phelps, Head of Special Educational Needs, answered.',
    'Thanks to Nahar Chowdhury and Anji McCormick for coming.',
  ]);

  // Her first mention is now in item 4: item 5 names her by name alone, on screen as in the minutes.
  await goToItem(page, '5');
  await expect(
    page.getByRole('textbox', { name: 'Paragraph 1 of item 5' }).locator(`[data-person-id="${CLAIRE}"]`),
  ).toHaveText('Claire Chamberlain');

  // Back in item 4, Alt+M once more: Anji McCormick with her role again, and Ctrl+Z takes it back.
  await goToItem(page, '4');
  await third.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Alt+M');
  await expect(third.locator('.person-chip')).toHaveText([
    'Nahar Chowdhury',
    'Anji McCormick, Head of Property Management',
  ]);
  await page.keyboard.press('Control+Z');
  await expect(third.locator('.person-chip')).toHaveText(['Nahar Chowdhury', 'Anji McCormick']);
});
