// "An action or resolution can add an item" to the work programme, from its block in the
// minutes, whatever the status of the minutes: the title comes prefilled, the meeting is one of
// the programme's (or unallocated), and the page says where it went.
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

const NOTED_RESOLUTION = '2c905410-39b0-4a1d-8b93-a2ab5023c23a'; // "That the report be noted"
const CEPAC_ACTION = '23fcec58-0896-4733-b7c6-5365008459d3';
type Programme = {
  meetings: { date: string; items: { title: string; source?: Record<string, string> }[] }[];
  unallocated: { title: string; source?: Record<string, string> }[];
};

test('a resolution adds an item to a programme meeting, and the page says where', async ({ app, devHost }) => {
  expect(
    (await apiCall(app, 'workProgramme:addMeeting', { committeeId: SAMPLE.committeeId, date: '2016-11-14' })).ok,
  ).toBe(true);
  expect(
    (await apiCall(app, 'workProgramme:addMeeting', { committeeId: SAMPLE.committeeId, date: '2017-01-16' })).ok,
  ).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const row = app.locator(`[data-row="resolution:${NOTED_RESOLUTION}"]`);
  const open = row.getByRole('button', { name: /^Add to the work programme/ });
  await open.focus();
  await app.keyboard.press('Enter');
  const title = row.getByLabel('Title of the item');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('That the report be noted');
  const meeting = row.getByLabel('Meeting');
  await expect(meeting.locator('option')).toHaveText(['Unallocated', /14 Nov/, /16 Jan/]);
  await title.fill('Follow-up on the report');
  await meeting.selectOption('2016-11-14');
  await row.getByRole('button', { name: 'Add the item' }).click();

  const note = row.getByRole('status');
  await expect(note).toHaveText(
    /^Added to the work programme for the meeting of (Monday )?14 November 2016: “Follow-up on the report”\./,
  );
  await expect(note).toBeFocused();
  await expect(note.getByRole('link', { name: 'Open the work programme' })).toHaveAttribute(
    'href',
    `#/committees/${SAMPLE.committeeId}/work-programme`,
  );
  const view = (await apiCall(app, 'workProgramme:get', { committeeId: SAMPLE.committeeId })).value as Programme;
  expect(view.meetings[0]!.items).toEqual([
    expect.objectContaining({
      title: 'Follow-up on the report',
      source: { meetingId: SAMPLE.meetingId, resolutionId: NOTED_RESOLUTION },
    }),
  ]);
});

test('after approval an action still adds an item, unallocated; an empty title is said at the form', async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
  expect(
    (
      await apiCall(app, 'review:approve', {
        meetingId: SAMPLE.meetingId,
        by: 'Councillor Caroline Needham',
        confirmMarkers: false,
      })
    ).ok,
  ).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const row = app.locator(`[data-row="action:${CEPAC_ACTION}"]`);
  await row.getByRole('button', { name: /^Add to the work programme/ }).click();
  const title = row.getByLabel('Title of the item');
  await expect(title).not.toHaveValue('');
  const prefilled = await title.inputValue();
  await title.fill('  ');
  await row.getByRole('button', { name: 'Add the item' }).click();
  await expect(row.getByRole('alert')).toHaveText("Enter the item's title.");
  await title.fill(prefilled);
  await row.getByRole('button', { name: 'Add the item' }).click();
  await expect(row.getByRole('status')).toHaveText(
    `Added to the work programme as an unallocated item: “${prefilled}”. Open the work programme`,
  );
  const view = (await apiCall(app, 'workProgramme:get', { committeeId: SAMPLE.committeeId })).value as Programme;
  expect(view.unallocated.at(-1)).toMatchObject({
    title: prefilled,
    source: { meetingId: SAMPLE.meetingId, actionId: CEPAC_ACTION },
  });

  // Cancelled, nothing is added and the focus goes back to the button.
  await row.getByRole('button', { name: /^Add to the work programme/ }).click();
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.getByRole('button', { name: /^Add to the work programme/ })).toBeFocused();
});
