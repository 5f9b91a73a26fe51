// The clock dialogs and time fields of the live console: a refused time is told at its field (the
// time typed kept, the dialog open), a time still to come is refused while minuting on the day,
// and a message goes once what it said is no longer true.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall } from './helpers';
import { focusedName, liveUrl, setLondonTime, storedMeeting } from './live-keys';

/** A new meeting of the sample committee on 19 September 2016 (the date setLondonTime uses), not started. */
async function openNewMeeting(page: Page, devHost: { port: number }, withItem = true): Promise<string> {
  const created = await apiCall(page, 'meetings:create', {
    committeeId: SAMPLE.committeeId,
    date: '2016-09-19',
    startTime: '17:00',
    withStandardItems: false,
  });
  expect(created.ok, created.error?.message).toBe(true);
  const meetingId = (created.value as { id: string }).id;
  if (withItem) {
    const item = await apiCall(page, 'agenda:addItem', {
      meetingId,
      item: { id: 'item-1', number: '1', title: 'MINUTES', kind: 'minutes' },
    });
    expect(item.ok, item.error?.message).toBe(true);
  }
  await page.goto(liveUrl(devHost as never, meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  return meetingId;
}

/** Opens a clock dialog by its key, types the time over "now" and presses Enter. */
async function clockDialog(page: Page, key: string, title: string, label: string, typed: string) {
  await page.keyboard.press(key);
  const dialog = page.getByRole('dialog', { name: title });
  const field = dialog.getByLabel(label);
  await expect(field).toBeFocused();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  return { dialog, field };
}

test('a time the rules refuse is told in the clock dialog, which keeps the time typed and stays open', async ({
  app: page,
  devHost,
}) => {
  await setLondonTime(page, '17:30');
  const meetingId = await openNewMeeting(page, devHost);

  const start = await clockDialog(page, 'Alt+S', 'Start the meeting', 'Started at', '5.00 pm');
  await expect(start.dialog).toBeHidden();

  // An end before the start.
  const end = await clockDialog(page, 'Alt+Shift+S', 'End the meeting', 'Ended at', '4.00 pm');
  await expect(end.dialog).toBeVisible();
  await expect(end.dialog.getByRole('alert')).toHaveText(
    'The meeting cannot end (4.00 pm) before it started (5.00 pm)',
  );
  await expect(end.field).toHaveAccessibleDescription(
    /The meeting cannot end \(4\.00 pm\) before it started \(5\.00 pm\)/,
  );
  await expect(end.field).toHaveAttribute('aria-invalid', 'true');
  await expect(end.field).toHaveValue('4.00 pm');
  await page.keyboard.press('Escape');
  await expect(end.dialog).toBeHidden();

  // Adjourned at 5.20 pm; a resumption before that.
  const adjourn = await clockDialog(page, 'Alt+B', 'Adjourn the meeting', 'Adjourned at', '5.20 pm');
  await expect(adjourn.dialog).toBeHidden();
  const resume = await clockDialog(page, 'Alt+B', 'Resume the meeting', 'Resumed at', '5.10 pm');
  await expect(resume.dialog).toBeVisible();
  await expect(resume.dialog.getByRole('alert')).toHaveText(
    'The meeting cannot resume (5.10 pm) before it was adjourned (5.20 pm)',
  );
  await expect(resume.field).toHaveValue('5.10 pm');
  // Corrected, it goes through.
  await resume.field.fill('5.25 pm');
  await page.keyboard.press('Enter');
  await expect(resume.dialog).toBeHidden();

  await expect(page.getByRole('status')).toHaveText('Saved');
  const stored = await storedMeeting(page, meetingId);
  expect(stored.clock).toMatchObject({ startedAt: '17:00', adjournments: [{ out: '17:20', in: '17:25' }] });
  expect(stored.clock.endedAt).toBeUndefined();
});

test('a time still to come is refused while minuting on the day, so the meeting can still be ended now', async ({
  app: page,
  devHost,
}) => {
  await setLondonTime(page, '17:28');
  const meetingId = await openNewMeeting(page, devHost);
  await clockDialog(page, 'Alt+S', 'Start the meeting', 'Started at', '5.00 pm');
  const adjourn = await clockDialog(page, 'Alt+B', 'Adjourn the meeting', 'Adjourned at', '5.28 pm');
  await expect(adjourn.dialog).toBeHidden();

  const resume = await clockDialog(page, 'Alt+B', 'Resume the meeting', 'Resumed at', '5.45 pm');
  await expect(resume.dialog.getByRole('alert')).toHaveText(
    'The resumption (5.45 pm) is still to come: it is now 5.28 pm',
  );
  await expect(resume.field).toHaveValue('5.45 pm');
  await resume.field.fill('5.28 pm');
  await page.keyboard.press('Enter');
  await expect(resume.dialog).toBeHidden();

  // Ending at "now" goes through.
  await page.keyboard.press('Alt+Shift+S');
  const end = page.getByRole('dialog', { name: 'End the meeting' });
  await expect(end.getByLabel('Ended at')).toHaveValue('5.28 pm');
  await page.keyboard.press('Enter');
  await expect(end).toBeHidden();
  await expect(page.getByLabel('Meeting ended')).toHaveValue('5.28 pm');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const stored = await storedMeeting(page, meetingId);
  expect(stored.clock).toMatchObject({
    startedAt: '17:00',
    endedAt: '17:28',
    adjournments: [{ out: '17:28', in: '17:28' }],
  });
  expect(stored.status).toBe('ended');
});

test('a message goes once what it said is no longer true, and the field shows the recorded time again', async ({
  app: page,
  devHost,
}) => {
  await setLondonTime(page, '17:30');
  // No agenda item, so that moving the start only meets the rule on times still to come.
  await openNewMeeting(page, devHost, false);

  // "Departed" before the meeting started.
  await page.keyboard.press('Alt+T');
  await expect.poll(() => focusedName(page)).toMatch(/^Councillor Caroline Needham \(Chair\)/);
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedName(page)).toMatch(/^Councillor Caroline Needham \(Chair\)/);
  await page.keyboard.press('d');
  const notStarted = page.getByText(
    'The meeting has not started: mark them absent instead, or give the time they left',
  );
  await expect(notStarted).toBeVisible();

  // Started: the message is no longer true, so it goes.
  await clockDialog(page, 'Alt+S', 'Start the meeting', 'Started at', '5.00 pm');
  await expect(page.getByLabel('Meeting started')).toHaveValue('5.00 pm');
  await expect(notStarted).toBeHidden();

  // A start still to come, typed in the clock bar: refused, shown with the time typed...
  const started = page.getByLabel('Meeting started');
  await started.fill('5.40 pm');
  await started.press('Enter');
  await expect(started).toHaveAccessibleDescription(
    'The start of the meeting (5.40 pm) is still to come: it is now 5.30 pm',
  );
  await expect(started).toHaveValue('5.40 pm');
  // ...and an edit of the same field that goes through takes the message away.
  await started.fill('5.05 pm');
  await started.press('Enter');
  await expect(started).not.toHaveAttribute('aria-invalid', 'true');
  await expect(started).toHaveValue('5.05 pm');

  // Refused again; then 5.40 pm comes and another edit is made: the message is no longer true,
  // so it goes, and the field shows the start as recorded (5.05 pm), not the time refused.
  await started.fill('5.40 pm');
  await started.press('Enter');
  await expect(started).toHaveAttribute('aria-invalid', 'true');
  await setLondonTime(page, '17:41');
  const adjourn = await clockDialog(page, 'Alt+B', 'Adjourn the meeting', 'Adjourned at', '5.41 pm');
  await expect(adjourn.dialog).toBeHidden();
  await expect(started).not.toHaveAttribute('aria-invalid', 'true');
  await expect(started).toHaveValue('5.05 pm');
});
