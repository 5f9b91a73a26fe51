// A resolution's wording and an action's owners in review: corrected directly before the draft
// goes to the Chair, and changed only by amendment once the minutes are approved, one to a line.
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import { storedMeeting } from './live-keys';

const ITEM_8_RESOLUTION = '072a9abe-36cd-48c6-be13-613dee20bbf7'; // three numbered clauses
const NOTED_RESOLUTION = '2c905410-39b0-4a1d-8b93-a2ab5023c23a'; // "That the report be noted"
const CHAIR = 'Councillor Caroline Needham';
const CEPAC_ACTION = '23fcec58-0896-4733-b7c6-5365008459d3'; // owners: CEPAC
const SERVICES_ACTION = 'd85fb053-fae0-45ef-b0c2-b07f4d4f3760'; // owners: Children's Services

type Stored = {
  resolutions: { id: string; clauses: string[]; itemId: string }[];
  actions: { id: string; owners: string[]; paragraphId: string }[];
};
const actionOf = async (page: Parameters<typeof storedMeeting>[0], id: string) =>
  ((await storedMeeting(page, SAMPLE.meetingId)) as Stored).actions.find((a) => a.id === id)!;
const resolutionOf = async (page: Parameters<typeof storedMeeting>[0], id: string) =>
  ((await storedMeeting(page, SAMPLE.meetingId)) as Stored).resolutions.find((r) => r.id === id)!;

test('before review the coordinator corrects a resolution, a clause to a line, by keyboard', async ({
  app,
  devHost,
}) => {
  const before = await resolutionOf(app, ITEM_8_RESOLUTION);
  expect(before.clauses).toHaveLength(3);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const row = app.locator(`[data-row="resolution:${ITEM_8_RESOLUTION}"]`);
  const edit = row.getByRole('button', { name: /^Edit / });
  await edit.focus();
  await app.keyboard.press('Enter');
  const words = row.getByLabel('Wording, one clause to a line');
  await expect(words).toBeFocused();
  await expect(words).toHaveValue(before.clauses.join('\n'));

  // Nothing left: refused at the field, nothing saved.
  await words.fill('  \n ');
  await row.getByRole('button', { name: 'Save the resolution' }).click();
  await expect(row.getByRole('alert')).toHaveText('The resolution needs its wording.');
  expect((await resolutionOf(app, ITEM_8_RESOLUTION)).clauses).toEqual(before.clauses);

  // The second clause reworded, a blank line and spaces ignored.
  const second = `${before.clauses[1]!.replace(/\.$/, '')}, with figures for each ward`;
  await words.fill(`${before.clauses[0]}\n\n  ${second}  \n${before.clauses[2]}`);
  await row.getByRole('button', { name: 'Save the resolution' }).click();
  await expect(row.locator('[data-block]')).toContainText('with figures for each ward');
  await expect(edit).toBeFocused();
  const after = await resolutionOf(app, ITEM_8_RESOLUTION);
  expect(after.clauses).toEqual([before.clauses[0], second, before.clauses[2]]);
  expect(after.itemId).toBe(before.itemId);
});

test('after approval a resolution changes only by an amendment, which says why and shows the words changed', async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
  const approved = await apiCall(app, 'review:approve', {
    meetingId: SAMPLE.meetingId,
    by: CHAIR,
    confirmMarkers: false,
  });
  expect(approved.ok, approved.error?.message).toBe(true);

  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await app.getByLabel('Reviewing as').fill(CHAIR);
  await app.getByLabel('Reviewing as').press('Tab');
  const row = app.locator(`[data-row="resolution:${NOTED_RESOLUTION}"]`);
  await expect(row.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await row.getByRole('button', { name: /^Amend / }).click();
  const words = row.getByLabel('Amended wording, one clause to a line');
  await expect(words).toHaveValue('That the report be noted');
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.getByRole('alert')).toHaveText('The wording is unchanged.');
  await words.fill('That the report and its appendix be noted');
  await row.getByLabel('Why the minutes are amended').fill('The appendix was considered too.');
  await row.getByRole('button', { name: 'Record the amendment' }).click();

  const amendments = app.getByRole('region', { name: 'Amendments since approval' });
  await expect(amendments).toContainText(`by ${CHAIR}: item`);
  await expect(amendments).toContainText('Why: The appendix was considered too.');
  await expect(amendments.locator('ins')).toContainText('and its appendix');
  await expect(row.locator('[data-block]')).toContainText('That the report and its appendix be noted');
  expect((await resolutionOf(app, NOTED_RESOLUTION)).clauses).toEqual(['That the report and its appendix be noted']);
});

test("before review the coordinator corrects an action's owners, one to a line", async ({ app, devHost }) => {
  const before = await actionOf(app, CEPAC_ACTION);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const row = app.locator(`[data-row="action:${CEPAC_ACTION}"]`);
  await row.getByRole('button', { name: /^Edit ACTION/ }).click();
  const owners = row.getByLabel('Owners, one to a line');
  await expect(owners).toHaveValue('CEPAC');
  await owners.fill('');
  await row.getByRole('button', { name: 'Save the action' }).click();
  await expect(row.getByRole('alert')).toHaveText('Name at least one owner.');
  await owners.fill("CEPAC\nChildren's Services");
  await row.getByRole('button', { name: 'Save the action' }).click();
  await expect(row.locator('[data-block]')).toHaveText("ACTION: CEPAC / Children's Services");
  const after = await actionOf(app, CEPAC_ACTION);
  expect(after.owners).toEqual(['CEPAC', "Children's Services"]);
  expect(after.paragraphId).toBe(before.paragraphId);
});

test("after approval an action's owners change only by an amendment", async ({ app, devHost }) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
  expect(
    (await apiCall(app, 'review:approve', { meetingId: SAMPLE.meetingId, by: CHAIR, confirmMarkers: false })).ok,
  ).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await app.getByLabel('Reviewing as').fill(CHAIR);
  await app.getByLabel('Reviewing as').press('Tab');
  const row = app.locator(`[data-row="action:${SERVICES_ACTION}"]`);
  await expect(row.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await row.getByRole('button', { name: /^Amend ACTION/ }).click();
  await row.getByLabel('Amended owners, one to a line').fill("Children's Services\nHWB");
  await row.getByLabel('Why the minutes are amended').fill('The Health and Wellbeing Board shares this action.');
  await row.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(row.locator('[data-block]')).toHaveText("ACTION: Children's Services / HWB");
  const amendments = app.getByRole('region', { name: 'Amendments since approval' });
  await expect(amendments).toContainText('Why: The Health and Wellbeing Board shares this action.');
  await expect(amendments.locator('ins')).toContainText('HWB');
  expect((await actionOf(app, SERVICES_ACTION)).owners).toEqual(["Children's Services", 'HWB']);
});
