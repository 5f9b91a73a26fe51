// The live console's quorum watch: the count of voting members present against the quorum, a
// warning (not a refusal) before an item starts or a vote is recorded while inquorate, the
// timeline picture with its figures, and axe in light and dark with the watch showing.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations } from './helpers';
import { goToItem, liveUrl, setLondonTime, storedMeeting } from './live-keys';

const COUNCILLORS = {
  needham: '1caea4b1-d795-4f0a-bf3c-ad1178457dbd',
  deAth: '88149d63-6d0b-4903-b69b-2f260b156535',
  ffiske: '7d8ba197-94f6-4863-a4a3-9fd9a07ac6f5',
};

async function call(page: Page, channel: string, input: Record<string, unknown>) {
  const r = await apiCall(page, channel, input);
  expect(r.ok, `${channel}: ${r.error?.message}`).toBe(true);
  return r.value;
}

/**
 * A meeting of the sample committee (quorum 3) on its day, started at 7.00 pm with exactly three
 * councillors present, on item 1 of two reports.
 */
async function quorateMeeting(page: Page): Promise<string> {
  const created = (await call(page, 'meetings:create', {
    committeeId: SAMPLE.committeeId,
    date: '2016-09-19',
    startTime: '19:00',
    withStandardItems: false,
  })) as { id: string };
  const meetingId = created.id;
  for (const [id, n] of [
    ['item-1', '1'],
    ['item-2', '2'],
  ])
    await call(page, 'agenda:addItem', { meetingId, item: { id, number: n, title: `REPORT ${n}`, kind: 'report' } });
  for (const personId of Object.values(COUNCILLORS))
    await call(page, 'attendance:mark', { meetingId, personId, status: 'present', capacity: 'member' });
  await call(page, 'clock:start', { meetingId, at: '19:00' });
  await call(page, 'clock:goToItem', { meetingId, itemId: 'item-1', at: '19:00' });
  return meetingId;
}

const watch = (page: Page) => page.getByRole('region', { name: 'Quorum' });
/** The watch's count: a live region, not a second status (the app's one status is the save indicator). */
const count = (page: Page) => watch(page).getByText(/present of a quorum of/);

test('an early departure makes the console warn before an item starts and before a vote', async ({
  app: page,
  devHost,
}) => {
  test.setTimeout(120_000);
  await setLondonTime(page, '19:40');
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  const meetingId = await quorateMeeting(page);
  await page.goto(liveUrl(devHost, meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  await expect(count(page)).toHaveText('3 present of a quorum of 3: quorate');

  // Councillor Ffiske leaves early (D on her row, now: 7.40 pm).
  await page.keyboard.press('Alt+T');
  const row = page.getByRole('button', { name: /^Councillor Caroline Ffiske \(Vice-Chair\)/ });
  await row.focus();
  await page.keyboard.press('d');
  await expect(page.getByLabel('Councillor Caroline Ffiske (Vice-Chair): left at')).toHaveValue('7.40 pm');
  await expect(count(page)).toHaveText('2 present of a quorum of 3: inquorate');
  await expect(watch(page).getByRole('img', { name: 'Attendance against the quorum' })).toHaveAccessibleDescription(
    'Voting members present (councillors) against a quorum of 3: 7.00 pm to 7.40 pm, 3; at 7.40 pm, 2 (inquorate).',
  );

  // Item 2 is not started without a warning; going back leaves it unstarted.
  await goToItem(page, '2');
  const dialog = page.getByRole('dialog', { name: 'The meeting is inquorate' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 voting members present and the quorum is 3');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedMeeting(page, meetingId)).agenda[1].startedAt).toBeUndefined();

  // Acknowledged, the item starts: a warning, not a refusal.
  await goToItem(page, '2');
  await dialog.getByRole('button', { name: 'Start the item' }).click();
  await expect(page.getByRole('heading', { name: /2\. REPORT 2/ })).toBeVisible();
  await expect.poll(async () => (await storedMeeting(page, meetingId)).agenda[1].startedAt).toBe('19:40');

  // A resolution; choosing to record a vote warns first.
  await page.keyboard.press('Alt+R');
  const kind = page.getByLabel('Vote recorded');
  await kind.selectOption('counts');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You can still record a vote');
  await expectNoAxeViolations(page, 'the inquorate warning');
  await page.screenshot({ path: 'test-results/quorum/console-inquorate-warning.png' });
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(kind).toHaveValue('none');
  await expect(page.getByRole('spinbutton', { name: 'For' })).toHaveCount(0);
  await kind.selectOption('counts');
  await dialog.getByRole('button', { name: 'Record the vote' }).click();
  await expect(kind).toHaveValue('counts');
  await expect(page.getByRole('spinbutton', { name: 'For' })).toBeVisible();

  // Back to three: the watch says so, and a vote goes without a warning.
  await call(page, 'attendance:arrive', {
    meetingId,
    personId: '0ff3efcf-e2a0-4d54-a34f-0d88683bb200',
    at: '19:40',
    capacity: 'member',
  });
  await page.reload();
  await expect(count(page)).toHaveText('3 present of a quorum of 3: quorate');
});

test('a quorum larger than the membership is said by the watch, and nothing breaks', async ({ app: page, devHost }) => {
  await setLondonTime(page, '19:30');
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await call(page, 'committees:update', { committeeId: SAMPLE.committeeId, patch: { quorum: 9 } });
  const meetingId = await quorateMeeting(page);
  await page.goto(liveUrl(devHost, meetingId));
  await expect(count(page)).toHaveText('3 present of a quorum of 9: inquorate');
  await expect(watch(page)).toContainText(
    "The quorum (9) is more than the committee's 5 voting members, so it can never be reached.",
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the console with the watch has no axe violations (${scheme})`, async ({ app: page, devHost }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await setLondonTime(page, '20:10');
    await page.goto(liveUrl(devHost, SAMPLE.meetingId));
    const meetingId = await quorateMeeting(page);
    await call(page, 'attendance:leave', { meetingId, personId: COUNCILLORS.ffiske, at: '19:40' });
    await call(page, 'clock:adjourn', { meetingId, at: '19:50' });
    await call(page, 'clock:resume', { meetingId, at: '19:55' });
    await call(page, 'attendance:arrive', {
      meetingId,
      personId: '0ff3efcf-e2a0-4d54-a34f-0d88683bb200',
      at: '20:00',
      capacity: 'member',
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(liveUrl(devHost, meetingId));
    await expect(count(page)).toHaveText('3 present of a quorum of 3: quorate');
    await expectNoAxeViolations(page, `the console with the quorum watch (${scheme})`);
    await page.screenshot({ path: `test-results/quorum/console-${scheme}-1280.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `test-results/quorum/console-${scheme}-1366.png` });
  });
}

test('review shows the timeline and when the meeting became inquorate, as the minutes say it', async ({
  app: page,
  devHost,
}) => {
  test.setTimeout(90_000);
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  // The sample meeting (7.00 to 8.51 pm, four councillors, quorum 3): two leave before the end.
  await call(page, 'attendance:leave', { meetingId: SAMPLE.meetingId, personId: COUNCILLORS.ffiske, at: '20:30' });
  await call(page, 'attendance:leave', { meetingId: SAMPLE.meetingId, personId: COUNCILLORS.deAth, at: '20:40' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${new URL(page.url()).origin}/#/meetings/${SAMPLE.meetingId}/review`);
  const panel = page.getByRole('region', { name: 'Quorum' });
  await expect(panel.getByRole('listitem')).toHaveText(['The meeting became inquorate at 8.40 pm.']);
  await expect(panel.getByRole('img', { name: 'Attendance against the quorum' })).toHaveAccessibleDescription(
    'Voting members present (councillors) against a quorum of 3: 7.00 pm to 8.30 pm, 4; 8.30 pm to 8.40 pm, 3; ' +
      '8.40 pm to 8.51 pm, 2 (inquorate).',
  );
  await expect(page.getByText('The meeting became inquorate at 8.40 pm.', { exact: true })).toHaveCount(2);
  await expectNoAxeViolations(page, 'the review with the quorum panel');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/quorum/review-light-1280.png' });
});
