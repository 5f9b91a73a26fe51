// Issue 15, defect 8: the date of the next meeting is captured as data in the live console's item
// "DATE OF NEXT MEETING" (date, start time, venue; undoable), printed in the minutes in house
// style, and the default when the next meeting is prepared from the review screen.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const SENTENCE =
  'The Committee noted that the next meeting would be held on 30th January 2017 at 7.00 pm in the Town Hall.';

/** Item 10 as a coordinator meets it now: the sample's free-text note of the date taken out. */
async function withoutItem10Notes(page: Page): Promise<void> {
  const m = await storedMeeting(page, SAMPLE.meetingId);
  const item = (m.agenda as { id: string; number: string }[]).find((i) => i.number === '10')!;
  for (const p of (m.notes as { id: string; itemId: string }[]).filter((x) => x.itemId === item.id)) {
    expect(
      (
        await apiCall(page, 'notes:removeParagraph', {
          meetingId: SAMPLE.meetingId,
          paragraphId: p.id,
          withActions: true,
        })
      ).ok,
    ).toBe(true);
  }
}

test('the next meeting is typed once, by keyboard, as data: printed in the minutes and prepared from', async ({
  app: page,
  devHost,
}) => {
  await withoutItem10Notes(page);
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();

  // Reaching the item with nothing recorded, the focus is in its date.
  await goToItem(page, '10');
  const section = page.getByRole('region', { name: 'Next meeting' });
  const date = section.getByLabel('Date', { exact: true });
  await expect(date).toBeFocused();
  await page.keyboard.type('30/1/17');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Start time')).toBeFocused();
  await expect(date).toHaveValue('Monday 30 January 2017');
  await page.keyboard.type('7pm');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Venue')).toBeFocused();
  await page.keyboard.type('the Town Hall');
  await page.keyboard.press('Tab');
  await expect(section).toContainText(`The minutes will say: “${SENTENCE}”`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  expect((await storedMeeting(page, SAMPLE.meetingId)).nextMeeting).toEqual({
    date: '2017-01-30',
    startTime: '19:00',
    venue: 'the Town Hall',
  });

  // Undone like any edit (Ctrl+Z outside the fields), and redone.
  await page.keyboard.press('Control+z');
  await expect(section.getByLabel('Venue')).toHaveValue('');
  await expect
    .poll(async () => (await storedMeeting(page, SAMPLE.meetingId)).nextMeeting)
    .toEqual({ date: '2017-01-30', startTime: '19:00' });
  await page.keyboard.press('Control+Shift+z');
  await expect(section.getByLabel('Venue')).toHaveValue('the Town Hall');

  // A date not after this meeting is refused at the field, in words.
  await date.fill('2016-09-01');
  await date.dispatchEvent('change');
  await expect(section.getByRole('alert')).toHaveText(
    'The next meeting must be after this one (Monday 19 September 2016)',
  );
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await date.fill('2017-01-30');
  await date.dispatchEvent('change');
  await expect(section.getByRole('alert')).toHaveCount(0);

  // Kept over a reload; the focus stays with the notes once the date is known.
  await page.reload();
  await goToItem(page, '10');
  await expect(section.getByLabel('Date', { exact: true })).toHaveValue('Monday 30 January 2017');
  await expect(section.getByLabel('Start time')).toHaveValue('7.00 pm');
  await expect(date).not.toBeFocused();

  // The minutes print it in house style.
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
  await expect(
    page
      .getByRole('article', { name: /Minutes/ })
      .or(page.locator('main'))
      .getByText(SENTENCE),
  ).toBeVisible();

  // "Prepare next meeting" starts from it.
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const next = page.getByRole('region', { name: 'Next meeting' });
  await expect(next.getByLabel('Date of the next meeting')).toHaveValue('Monday 30 January 2017');
  await expect(next.getByLabel('Start time')).toHaveValue('19:00');
  await expect(next.getByLabel('Venue')).toHaveValue('the Town Hall');
  await next.getByRole('button', { name: 'Prepare next meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monday 30 January 2017' })).toBeVisible();
  const preparedId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  expect(await storedMeeting(page, preparedId)).toMatchObject({
    date: '2017-01-30',
    startTime: '19:00',
    venue: 'the Town Hall',
    previousMeetingDate: '2016-09-19',
  });
});
