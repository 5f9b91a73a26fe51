// During review the Chair suggests an edit of a resolution's wording or an action's owners, as
// for a paragraph; nothing changes until the coordinator accepts, which applies it, attributed
// and dated; a rejected one changes nothing.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import { storedMeeting } from './live-keys';

const NOTED_RESOLUTION = '2c905410-39b0-4a1d-8b93-a2ab5023c23a'; // "That the report be noted"
const CEPAC_ACTION = '23fcec58-0896-4733-b7c6-5365008459d3'; // owners: CEPAC
const COORDINATOR = 'Bathsheba Mall';
const CHAIR = 'Councillor Caroline Needham';

async function reviewAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Reviewing as').fill(name);
  await page.getByLabel('Reviewing as').press('Tab');
}

test("the Chair suggests a resolution's wording and the coordinator accepts it", async ({ app, devHost }) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, CHAIR);
  const row = app.locator(`[data-row="resolution:${NOTED_RESOLUTION}"]`);
  await expect(row.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await row.getByRole('button', { name: /^Suggest an edit of/ }).click();
  const words = row.getByLabel('Suggested wording, one clause to a line');
  await expect(words).toBeFocused();
  await expect(words).toHaveValue('That the report be noted');
  await words.fill('That the report and its appendix be noted');
  await row.getByLabel('Note for the coordinator (optional)').fill('The appendix was discussed.');
  await row.getByRole('button', { name: 'Suggest this edit' }).click();

  const card = row.getByRole('article', { name: `Suggested edit by ${CHAIR}` });
  await expect(card.locator('ins')).toContainText('and its appendix');
  await expect(card).toContainText('The appendix was discussed.');
  await expect(card).toContainText('Open');
  await expect(row.locator('[data-block]')).toHaveText('That the report be noted.');
  expect(
    (await storedMeeting(app, SAMPLE.meetingId)).resolutions.find((r: { id: string }) => r.id === NOTED_RESOLUTION)
      .clauses,
  ).toEqual(['That the report be noted']);

  await reviewAs(app, COORDINATOR);
  await card.getByRole('button', { name: `Accept the suggested edit by ${CHAIR}` }).click();
  await expect(card).toContainText(`accepted by ${COORDINATOR}`);
  await expect(card).toContainText('Suggested wording (applied)');
  await expect(row.locator('[data-block]')).toHaveText('That the report and its appendix be noted.');
  const stored = await storedMeeting(app, SAMPLE.meetingId);
  expect(stored.resolutions.find((r: { id: string }) => r.id === NOTED_RESOLUTION).clauses).toEqual([
    'That the report and its appendix be noted',
  ]);
  const comment = stored.review.comments.at(-1);
  expect(comment).toMatchObject({
    status: 'accepted',
    decidedBy: COORDINATOR,
    author: CHAIR,
    blockRef: `resolution:${NOTED_RESOLUTION}`,
  });
  expect(comment.decidedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test("the Chair suggests an action's owners; the coordinator rejects it and nothing changes", async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, CHAIR);
  const row = app.locator(`[data-row="action:${CEPAC_ACTION}"]`);
  await row.getByRole('button', { name: /^Suggest an edit of ACTION/ }).click();
  const owners = row.getByLabel('Suggested owners, one to a line');
  await expect(owners).toHaveValue('CEPAC');
  await row.getByRole('button', { name: 'Suggest this edit' }).click();
  await expect(row.getByRole('alert')).toHaveText('The wording is unchanged.');
  await owners.fill("CEPAC\nChildren's Services");
  await row.getByRole('button', { name: 'Suggest this edit' }).click();
  const card = row.getByRole('article', { name: `Suggested edit by ${CHAIR}` });
  await expect(card).toContainText('Suggested owners');
  await expect(card.locator('ins')).toContainText("Children's Services");

  await reviewAs(app, COORDINATOR);
  await card.getByRole('button', { name: `Reject the suggested edit by ${CHAIR}` }).click();
  await expect(card).toContainText(`rejected by ${COORDINATOR}`);
  await expect(row.locator('[data-block]')).toHaveText('ACTION: CEPAC');
  expect(
    (await storedMeeting(app, SAMPLE.meetingId)).actions.find((a: { id: string }) => a.id === CEPAC_ACTION).owners,
  ).toEqual(['CEPAC']);
  // Decided, the focus is on this block's buttons, not lost at the top of the page.
  await expect(row.getByRole('button', { name: /^Comment on ACTION/ })).toBeFocused();
});
