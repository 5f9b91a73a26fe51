// Gaps approved as "[to be completed]" can be filled afterwards: the meeting times and the
// attendance of approved minutes are corrected by amendment (who, when, why, the words changed).
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import { storedMeeting } from './live-keys';
import type { DevHost } from '../../electron/devhost/server';

const CHAIR = 'Councillor Caroline Needham';
const CHUMNERLY = 'a51586a9-fa45-477b-a5e0-b260b02d0559'; // sent apologies

async function approve(page: Page, confirmMarkers: boolean): Promise<void> {
  expect((await apiCall(page, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
  const approved = await apiCall(page, 'review:approve', { meetingId: SAMPLE.meetingId, by: CHAIR, confirmMarkers });
  expect(approved.ok, approved.error?.message).toBe(true);
}

async function openAsChair(page: Page, devHost: DevHost): Promise<void> {
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await page.getByLabel('Reviewing as').fill(CHAIR);
  await page.getByLabel('Reviewing as').press('Tab');
}

test('an end time approved as "[to be completed]" is filled by an amendment of the meeting times', async ({
  app,
  devHost,
}) => {
  const cleared = await apiCall(app, 'clock:setTimes', { meetingId: SAMPLE.meetingId, endedAt: null });
  expect(cleared.ok, cleared.error?.message).toBe(true);
  await approve(app, true);
  await openAsChair(app, devHost);

  const row = app.locator('[data-row="closing-times"]');
  await expect(row.locator('[data-block]')).toContainText('Meeting ended: [to be completed]');
  const amend = row.getByRole('button', { name: 'Amend the meeting times' });
  await amend.click();
  const ended = row.getByLabel('Meeting ended');
  await expect(row.getByLabel('Meeting started')).toBeFocused();
  await expect(row.getByLabel('Meeting started')).toHaveValue('19:00');
  await expect(ended).toHaveValue('');

  // Unchanged, then without a reason: said at the form, nothing recorded.
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.getByRole('alert')).toHaveText('The times are unchanged.');
  await ended.fill('20:51');
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.getByRole('alert')).toHaveText('Say why the minutes are amended.');

  await row.getByLabel('Why the minutes are amended').fill('The end time was not recorded on the night.');
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.locator('[data-block]')).toContainText('Meeting ended: 8.51 pm');
  await expect(amend).toBeFocused();

  const amendments = app.getByRole('region', { name: 'Amendments since approval' });
  await expect(amendments).toContainText(`by ${CHAIR}: the meeting times`);
  await expect(amendments).toContainText('Why: The end time was not recorded on the night.');
  await expect(amendments.locator('del')).toContainText('[to be completed]');
  await expect(amendments.locator('ins')).toContainText('8.51 pm');
  const stored = await storedMeeting(app, SAMPLE.meetingId);
  expect(stored.clock.endedAt).toBe('20:51');
  expect(stored.amendments).toHaveLength(1);
  expect(stored.amendments[0]).toMatchObject({
    by: CHAIR,
    why: 'The end time was not recorded on the night.',
    command: { name: 'clock:setTimes', input: { endedAt: '20:51' } },
  });
});

test('attendance in approved minutes is corrected by amendment: apologies become present, arrived late', async ({
  app,
  devHost,
}) => {
  await approve(app, false);
  await openAsChair(app, devHost);
  const row = app.locator('[data-row="present"]');
  await row.getByRole('button', { name: /^Amend attendance/ }).click();
  const person = row.getByLabel('Person');
  await expect(person).toBeFocused();
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.getByRole('alert')).toHaveText('Choose whose attendance is corrected.');

  await person.selectOption({ label: 'Councillor Elaine Chumnerly (sent apologies)' });
  await expect(row.getByRole('radio', { name: 'Sent apologies' })).toBeChecked();
  await row.getByRole('radio', { name: 'Present' }).check();
  await row.getByLabel('Arrived late at (optional)').fill('19:20');
  await row.getByLabel('Why the minutes are amended').fill('She arrived after the apologies were read.');
  await row.getByRole('button', { name: 'Record the amendment' }).click();

  await expect(app.locator('[data-row="present:member"] [data-block]')).toContainText(
    'Elaine Chumnerly (arrived 7.20 pm)',
  );
  await expect(row.getByRole('button', { name: /^Amend attendance/ })).toBeFocused();
  const amendments = app.getByRole('region', { name: 'Amendments since approval' });
  await expect(amendments).toContainText(`by ${CHAIR}: the attendance`);
  await expect(amendments).toContainText('Councillor Elaine Chumnerly:');
  await expect(amendments.locator('del')).toContainText('sent apologies');
  await expect(amendments.locator('ins')).toContainText('present, arrived 7.20 pm');
  const stored = await storedMeeting(app, SAMPLE.meetingId);
  expect(stored.attendance.find((a: { personId: string }) => a.personId === CHUMNERLY)).toMatchObject({
    status: 'present',
    arrivedAt: '19:20',
  });
  expect(stored.amendments[0]).toMatchObject({ by: CHAIR, command: { name: 'attendance:set' } });
});

test('the apologies sentence offers the same correction, and a refused time is said at the form', async ({
  app,
  devHost,
}) => {
  await approve(app, false);
  await openAsChair(app, devHost);
  const row = app.locator('[data-row$=":apologies"]');
  await row.getByRole('button', { name: /^Amend attendance/ }).click();
  await row.getByLabel('Person').selectOption({ label: 'Councillor Elaine Chumnerly (sent apologies)' });
  await row.getByRole('radio', { name: 'Absent' }).check();
  await row.getByLabel('Why the minutes are amended').fill('No apologies were in fact received.');
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.locator('[data-block]')).toHaveText('There were no apologies for absence.');
  const stored = await storedMeeting(app, SAMPLE.meetingId);
  expect(stored.attendance.find((a: { personId: string }) => a.personId === CHUMNERLY)).toMatchObject({
    status: 'absent',
  });

  // A time after the meeting ended is refused by the service, in its words, at the form.
  const times = app.locator('[data-row="closing-times"]');
  await times.getByRole('button', { name: 'Amend the meeting times' }).click();
  await times.getByLabel('Meeting started').fill('21:30');
  await times.getByLabel('Why the minutes are amended').fill('Typo.');
  await times.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(times.getByRole('alert')).toBeVisible();
  expect((await storedMeeting(app, SAMPLE.meetingId)).clock.startedAt).toBe('19:00');
});

test('the amendment forms and the work programme form pass an accessibility scan', async ({ app, devHost }) => {
  await approve(app, false);
  await openAsChair(app, devHost);
  await app.locator('[data-row="closing-times"]').getByRole('button', { name: 'Amend the meeting times' }).click();
  await expectNoAxeViolations(app, 'the meeting times amendment form');
  const present = app.locator('[data-row="present"]');
  await present.getByRole('button', { name: /^Amend attendance/ }).click();
  await present.getByLabel('Person').selectOption({ label: 'Councillor Elaine Chumnerly (sent apologies)' });
  await present.getByRole('radio', { name: 'Present' }).check();
  await expectNoAxeViolations(app, 'the attendance amendment form');
  await app
    .locator('[data-row^="action:"]')
    .first()
    .getByRole('button', { name: /^Add to the work programme/ })
    .click();
  await expectNoAxeViolations(app, 'the work programme form');
});
