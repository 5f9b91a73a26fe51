// Date fields typed as people write dates (issue 15, defect 7). The browser's date input put
// Shift+Tab on its year part and dropped typed digits without a word; the app's date field takes
// "13/6/2016", "13 June 2016", "13.6.16", "13 Jun 16", "2016-06-13", "today", shows the date it
// read in house style, and refuses what is not a date in words, at the field.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Meeting } from '$shared/domain';
import { formatLongDate, nowInLondon } from '$shared/format/en-gb';

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

test('Date issued: reached by Shift+Tab, typed day first, shown as read, refused in words', async ({
  app,
  devHost,
}) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  const issued = app.getByLabel('Date issued');

  // Shift+Tab from the export button lands in the field, ready to type the whole date.
  await app.getByRole('button', { name: 'Export the front sheet (Word)' }).focus();
  await app.keyboard.press('Shift+Tab');
  await expect(issued).toBeFocused();
  await app.keyboard.type('11.11.16');
  // Before leaving the field, it says how it reads what is typed.
  await expect(app.getByText('Reads as Friday 11 November 2016')).toBeVisible();
  await expect(issued).toHaveAccessibleDescription(/Reads as Friday 11 November 2016/);
  await app.keyboard.press('Tab');
  await expect(issued).toHaveValue('Friday 11 November 2016');
  await expect(
    app.locator('[aria-live="polite"]').filter({ hasText: 'Date issued: read as Friday 11 November 2016' }),
  ).toHaveCount(1);
  await saved(app);
  expect((await stored(app, meetingId)).dateIssued).toBe('2016-11-11');

  // What cannot be a date stays as typed, with a message in words; nothing is saved.
  await issued.focus();
  await app.keyboard.press('Control+a');
  await app.keyboard.type('31/2/2017');
  await app.keyboard.press('Tab');
  await expect(issued).toHaveValue('31/2/2017');
  await expect(app.getByRole('alert')).toHaveText('31/2/2017 is not a date: February 2017 has 28 days');
  await expect(issued).toHaveAttribute('aria-invalid', 'true');
  await expect(issued).toHaveAccessibleDescription(/31\/2\/2017 is not a date/);
  await issued.fill('next Thursday');
  await issued.press('Enter');
  await expect(app.getByRole('alert')).toHaveText(
    '"next Thursday" cannot be read as a date: write the day first, like 13/6/2016 or 13 June 2016',
  );
  // Escape gives back the date held.
  await issued.press('Escape');
  await expect(issued).toHaveValue('Friday 11 November 2016');
  await expect(app.getByRole('alert')).toHaveCount(0);
  expect((await stored(app, meetingId)).dateIssued).toBe('2016-11-11');

  // Every way of writing it that people use.
  for (const typed of ['13/6/2016', '13 June 2016', '13.6.16', '13 Jun 16', '2016-06-13', 'Monday 13th June 2016']) {
    await issued.fill(typed);
    await issued.press('Enter');
    await expect(issued, typed).toHaveValue('Monday 13 June 2016');
  }
  await issued.fill('today');
  await issued.press('Tab');
  const today = nowInLondon().date;
  await expect(issued).toHaveValue(formatLongDate(today));
  await saved(app);
  expect((await stored(app, meetingId)).dateIssued).toBe(today);

  // Emptied: no date issued.
  await issued.fill('');
  await issued.press('Tab');
  await saved(app);
  expect((await stored(app, meetingId)).dateIssued).toBeUndefined();
});

test('a new meeting: the date typed in words, Enter creates the meeting on it', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
  await app.getByRole('button', { name: 'New meeting' }).click();
  const date = app.getByLabel('Date', { exact: true });
  await expect(date).toBeFocused();
  await app.keyboard.type('13 Jun 16');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: /Monday 13 June 2016/ })).toBeVisible();

  // A date that is not one keeps the form from going, and says why at the field.
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
  await app.getByRole('button', { name: 'New meeting' }).click();
  await app.keyboard.type('29/2/2017');
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByRole('alert').first()).toHaveText('29/2/2017 is not a date: February 2017 has 28 days');
  await app.getByRole('button', { name: 'Create meeting' }).click();
  await expect(app.getByRole('alert').first()).toHaveText('29/2/2017 is not a date: February 2017 has 28 days');
  const meetings = (await apiCall(app, 'meetings:list', { committeeId: SAMPLE.committeeId })).value as {
    date: string;
  }[];
  expect(meetings.map((m) => m.date)).not.toContain('2017-03-01');
  expect(meetings.filter((m) => m.date === '2016-06-13')).toHaveLength(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a date field reading and refusing passes axe in the ${colorScheme} colour scheme`, async ({ app, devHost }) => {
    await app.emulateMedia({ colorScheme });
    const meetingId = await newMeeting(app);
    await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
    const issued = app.getByLabel('Date issued');
    await issued.fill('13/6');
    await expect(app.getByText(/^Reads as /)).toBeVisible();
    await expectNoAxeViolations(app, 'a date field while typing');
    await issued.fill('31/4/2016');
    await issued.press('Tab');
    await expect(app.getByRole('alert')).toHaveText('31/4/2016 is not a date: April 2016 has 30 days');
    await expectNoAxeViolations(app, 'a date field refusing a date');
  });
}
