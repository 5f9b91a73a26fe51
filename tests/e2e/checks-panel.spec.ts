// Checks before sign-off, through the screens: the review shows a name spelled two ways, its
// button lands on the paragraph, it is dismissed with a reason (refused without one), and the
// approval dialog lists the findings still open, which the approval record keeps.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meeting } from '$shared/domain';
import { test, expect, SAMPLE, SAMPLE_DIR, preparing } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import { loadSample, Steps } from '../helpers/review';

const SLIP_PARAGRAPH = 'fea54d7f-512c-4b1b-a25d-2d39cd9f677f'; // item 6

/** The sample meeting sent for review, one paragraph typed with a misspelt roster name. */
function inReviewWithSlip(): Meeting {
  const { meeting, committee } = loadSample();
  const slipped = {
    ...meeting,
    notes: meeting.notes.map((p) =>
      p.id === SLIP_PARAGRAPH
        ? { ...p, content: [{ t: 'text' as const, text: 'Fiona Phleps reported on the visits to schools.' }] }
        : p,
    ),
  };
  const s = new Steps(slipped, committee);
  s.run('review:send', { by: 'Bathsheba Mall' });
  return s.meeting;
}

test.use({
  seed: 'empty',
  prepareData: preparing(async (dataDir) => {
    const meeting = inReviewWithSlip();
    await mkdir(join(dataDir, 'meetings'), { recursive: true });
    await cp(join(SAMPLE_DIR, 'committees.json'), join(dataDir, 'committees.json'));
    await writeFile(join(dataDir, 'meetings', `${meeting.id}.json`), JSON.stringify(meeting, null, 2));
  }),
});

test.describe.configure({ timeout: 90_000 });

test('a finding: go to its place, dismiss it with a reason, approve with the rest listed and kept', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const panel = app.getByTestId('checks-panel');
  const open = panel.getByRole('list', { name: 'Open findings' });
  const slip = open.getByRole('listitem').filter({ hasText: '“Fiona Phleps”' }).filter({ hasText: 'spells the name' });
  await expect(slip).toContainText('Name spelled two ways');
  await expect(slip).toContainText('probably means “Fiona Phelps”');

  // Its button lands on the paragraph in the minutes.
  await slip.getByRole('button', { name: /^Go to Item 6/ }).click();
  await expect(app.locator(':focus')).toHaveAttribute('data-block', `para:${SLIP_PARAGRAPH}`);

  for (const [size, scheme] of [
    [{ width: 1280, height: 720 }, 'light'],
    [{ width: 1366, height: 768 }, 'dark'],
  ] as const) {
    await app.setViewportSize(size);
    await app.emulateMedia({ colorScheme: scheme });
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot({ path: test.info().outputPath(`checks-panel-${size.width}-${scheme}.png`) });
  }
  await expectNoAxeViolations(app, 'checks panel');
  await app.emulateMedia({ colorScheme: 'light' });

  // A dismissal needs a reason, and keeps it with who gave it.
  const reviewer = app.getByLabel('Reviewing as');
  await reviewer.fill('Bathsheba Mall');
  await reviewer.press('Tab');
  await slip.getByRole('button', { name: 'Dismiss…' }).click();
  await expect(panel.getByLabel('Why dismiss it?')).toBeFocused();
  await panel.getByRole('button', { name: 'Dismiss with this reason' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'Say why this finding is dismissed: the reason is kept with the minutes.',
  );
  await panel.getByLabel('Why dismiss it?').fill('Spelled as in her report');
  await panel.getByRole('button', { name: 'Dismiss with this reason' }).click();
  await expect(slip).toHaveCount(0);
  await panel.getByText(/dismissed finding/).click();
  await expect(panel.getByRole('list', { name: 'Dismissed findings' })).toContainText(
    'Dismissed by Bathsheba Mall: Spelled as in her report',
  );

  // Approval is not blocked: it lists what is still open (the plain-text name offered as a reference).
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog');
  const listed = dialog.getByRole('list', { name: 'Open findings kept with the approval' });
  await expect(listed).toContainText('make it a reference to Fiona Phelps');
  await expect(listed).not.toContainText('Spelled as in her report');
  await app.screenshot({ path: test.info().outputPath('checks-approve-dialog.png') });
  await dialog.getByLabel('I am the Chair').check();
  await dialog.getByRole('button', { name: /^Approve with these/ }).click();
  await expect(app.locator('#signoff-approved')).toBeVisible();

  const got = await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId });
  const meeting = got.value as Meeting;
  expect(meeting.approval?.findingsConfirmed?.some((f) => f.includes('make it a reference to Fiona Phelps'))).toBe(
    true,
  );
  expect(meeting.checkDismissals?.map((d) => [d.reason, d.by])).toEqual([
    ['Spelled as in her report', 'Bathsheba Mall'],
  ]);
});

test('the live console shows the checks once the meeting has ended, and goes to a finding’s item', async ({
  app,
  devHost,
}) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/live`);
  const panel = app.getByTestId('checks-panel');
  const slip = panel.getByRole('listitem').filter({ hasText: 'probably means “Fiona Phelps”' });
  await expect(slip).toBeVisible();
  // The draft is with the Chair: the console records nothing, so nothing is dismissed from it.
  await expect(slip.getByRole('button', { name: 'Dismiss…' })).toHaveCount(0);
  await slip.getByRole('button', { name: /^Go to Item 6/ }).click();
  await expect(app.getByRole('heading', { name: /CABINET MEMBERS UPDATE/ }).first()).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('checks-live-1280-light.png') });
});

test('a plain-text name is made the reference offered, and the paragraph prints it the house way', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const reviewer = app.getByLabel('Reviewing as');
  await reviewer.fill('Bathsheba Mall');
  await reviewer.press('Tab');
  const panel = app.getByTestId('checks-panel');
  const offer = panel.getByRole('listitem').filter({ hasText: 'make it a reference to Fiona Phelps' });
  await offer.getByRole('button', { name: 'Make it a reference' }).click();
  await expect(offer).toHaveCount(0);
  // The misspelling went with it: the paragraph now names the roster person.
  await expect(panel.getByRole('listitem').filter({ hasText: '“Fiona Phleps”' })).toHaveCount(0);
  await expect(app.locator(`[data-block="para:${SLIP_PARAGRAPH}"]`)).toContainText('Fiona Phelps');
  const got = await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId });
  const paragraph = (got.value as Meeting).notes.find((p) => p.id === SLIP_PARAGRAPH)!;
  expect(paragraph.content[0]).toMatchObject({ t: 'person' });
});
