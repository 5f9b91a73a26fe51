// QA's defects in planning and sign-off, through the screens: the next meeting prepared only once,
// plain words at the work programme's fields, attributed action-log updates, the approve dialog's
// grammar and typed gaps, and signed-off minutes guarded on the meeting page.
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

const COORDINATOR = 'Bathsheba Mall';
const CHAIR = 'Councillor Caroline Needham';

test('the next meeting is prepared once from the same minutes; the second time says which one exists', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const next = app.getByRole('region', { name: 'Next meeting' });
  await next.getByLabel('Date of the next meeting').fill('2016-11-21');
  await next.getByRole('button', { name: 'Prepare next meeting' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();

  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await next.getByLabel('Date of the next meeting').fill('2017-01-16');
  await next.getByRole('button', { name: 'Prepare next meeting' }).click();
  await expect(next.getByRole('alert')).toHaveText(
    'The next meeting, Monday 21 November 2016, was already prepared from these minutes; open that one instead',
  );
  const meetings = (await apiCall(app, 'meetings:list', {})).value as { date: string }[];
  expect(meetings.map((m) => m.date).sort()).toEqual(['2016-09-19', '2016-11-21']);
});

test('the work programme forms say what is wrong at the field, in plain words', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/work-programme`);
  await app.getByRole('button', { name: 'Add meeting' }).click();
  const date = app.getByLabel('Date of the meeting');
  await expect(date).toHaveAccessibleDescription("Enter the meeting's date");
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  const title = app.getByLabel('Title');
  await app.getByRole('button', { name: 'Add item' }).click();
  await expect(title).toHaveAccessibleDescription("Enter the item's title");
  await title.fill('x'.repeat(3000));
  await app.getByRole('button', { name: 'Add item' }).click();
  await expect(title).toHaveAccessibleDescription('A title can be at most 500 characters');
  await expect(app.getByText(/Invalid input|workProgramme:|Too big/)).toHaveCount(0);

  await date.fill('2027-03-15');
  await app.getByRole('button', { name: 'Add meeting' }).click();
  await expect(app.getByRole('region', { name: 'Monday 15 March 2027' })).toBeVisible();
  await date.fill('2027-03-15');
  await app.getByRole('button', { name: 'Add meeting' }).click();
  await expect(date).toHaveAccessibleDescription('The work programme already has a meeting on Monday 15 March 2027');
});

test('an action log update needs a name, as review steps do', async ({ app, devHost }) => {
  expect((await apiCall(app, 'actionLog:carryForward', { meetingId: SAMPLE.meetingId })).ok).toBe(true);
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/actions`);
  const name = app.getByLabel('Your name');
  await name.fill('');
  const first = app.getByRole('list', { name: 'Actions' }).locator(':scope > li').first();
  await first.getByLabel('Update note').fill('No name test');
  await first.getByRole('button', { name: 'Save update' }).click();
  await expect(name).toHaveAccessibleDescription(
    /Enter your name under “Your name” first: every update is attributed\./,
  );
  await expect(name).toBeFocused();
  await expect(first.getByRole('list', { name: 'Updates' })).toHaveCount(0);

  await name.fill(COORDINATOR);
  await first.getByRole('button', { name: 'Save update' }).click();
  await expect(first.getByRole('list', { name: 'Updates' })).toContainText(`${COORDINATOR}: No name test`);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});

test('a typed "[to be completed]" is listed as a gap, and one gap is "This place"', async ({ app, devHost }) => {
  const meeting = (await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as {
    notes: { id: string }[];
  };
  const paragraphId = meeting.notes[0]!.id;
  expect(
    (
      await apiCall(app, 'notes:updateParagraph', {
        meetingId: SAMPLE.meetingId,
        paragraphId,
        content: [{ t: 'text', text: 'The figures are [to be completed].' }],
      })
    ).ok,
  ).toBe(true);
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const field = app.getByLabel('Reviewing as');
  await field.fill(CHAIR);
  await field.press('Tab');
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes with gaps still marked?' });
  await expect(dialog).toContainText('This place is still marked “[to be completed]” and would be approved as it is');
  await expect(dialog.getByRole('list', { name: 'Gaps that would be approved' }).getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('list', { name: 'Gaps that would be approved' })).toContainText(
    'a paragraph marked “[to be completed]”',
  );
});

test('signed-off minutes: no "Edit details", and deleting them says so plainly', async ({ app, devHost }) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  expect(
    (await apiCall(app, 'review:approve', { meetingId: SAMPLE.meetingId, by: CHAIR, confirmMarkers: true })).ok,
  ).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
  await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await expect(app.getByText(`The details cannot be edited: these minutes were approved by ${CHAIR} on`)).toBeVisible();

  await app.getByRole('button', { name: 'Delete meeting' }).click();
  const dialog = app.getByRole('dialog', { name: `Delete the signed-off minutes of ${SAMPLE.meetingDate}?` });
  await expect(dialog).toContainText(`These are signed-off minutes: they were approved by ${CHAIR} on`);
  await expect(dialog).toContainText('gone from Scrutineer for good');
  await expect(dialog).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await app.getByRole('button', { name: 'Delete meeting' }).click();
  await dialog.getByRole('button', { name: 'Delete these signed-off minutes' }).click();
  await expect(app.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
  expect(((await apiCall(app, 'meetings:list', {})).value as unknown[]).length).toBe(0);
});
