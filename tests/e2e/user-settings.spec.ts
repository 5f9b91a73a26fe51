// Issue 15, defect 10: who is reviewing. Your name and role are one app setting (Settings, from
// the header), kept in committees.json, not in the window's storage; "Reviewing as" shows and
// changes the same setting. Approving asks whether you are the Chair or approve for them, and
// records which. Ctrl+Enter sends a review comment.
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

const NAME = 'Councillor Caroline Ffiske';
const ROLE = 'Vice-Chair';

test('your name and role are set once, in Settings, and are who reviews, comments and approves', async ({
  app,
  devHost,
}) => {
  // From the header, on any screen.
  await app.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await app.getByLabel('Your name').fill(NAME);
  await app.getByLabel('Your role').fill(ROLE);
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved: you are' })).toHaveText(
    `Saved: you are ${NAME}, ${ROLE}.`,
  );
  expect((await apiCall(app, 'settings:get', {})).value).toEqual({
    userName: NAME,
    userRole: ROLE,
    density: 'comfortable',
  });

  // Kept by the app, not by this window: a window with its storage emptied still knows.
  await app.evaluate(() => localStorage.clear());
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await app.reload();
  await expect(app.getByLabel('Reviewing as')).toHaveValue(NAME);
  await expect(app.getByLabel('Reviewing as')).toHaveAccessibleDescription(
    new RegExp(`^Your name on this computer \\(with your role, ${ROLE}, in Settings\\)`),
  );
  expect(await app.evaluate(() => localStorage.getItem('scrutineer.reviewingAs'))).toBeNull();

  // Ctrl+Enter sends a comment, from its text.
  const presentRow = app.locator('[data-row="present"]');
  await presentRow.getByRole('button', { name: 'Comment on PRESENT' }).click();
  const text = presentRow.getByLabel('Comment', { exact: true });
  await expect(text).toBeFocused();
  await app.keyboard.type('Please check the list of officers.');
  await app.keyboard.press('Control+Enter');
  const comment = presentRow.getByRole('article', { name: `Comment by ${NAME}` });
  await expect(comment).toContainText('Please check the list of officers.');
  await expect(text).toHaveCount(0);
  await comment.getByRole('button', { name: `Reject the comment by ${NAME}` }).click();
  await expect(comment).toContainText('Rejected');

  // Approving asks who approves: nothing is approved until it is said.
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog', { name: /^Approve the minutes/ });
  await expect(dialog.getByRole('group', { name: `You approve as ${NAME}, ${ROLE}:` })).toBeVisible();
  await expect(dialog.getByLabel('I am the Chair')).toBeFocused();
  await dialog.getByRole('button', { name: /^Approve/ }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Say whether you are the Chair or approve for them.');
  await expect(dialog.getByLabel('I am the Chair')).toBeFocused();
  expect(
    ((await apiCall(app, 'review:status', { meetingId: SAMPLE.meetingId })).value as { status: string }).status,
  ).toBe('in_review');
  // By keyboard: the arrow chooses "for the Chair", Enter approves.
  await app.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('I approve for the Chair, who asked me to')).toBeChecked();
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const signOff = app.getByRole('region', { name: 'Sign-off', exact: true });
  await expect(signOff).toContainText(`by ${NAME}, for the Chair`);
  const stored = (await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as {
    approval: { approvedBy: string; approvedAs: string; recordSeal: string };
  };
  expect(stored.approval).toMatchObject({ approvedBy: NAME, approvedAs: 'for-chair' });
  expect(stored.approval.recordSeal).toMatch(/^sha256:/);
});

test('"Reviewing as" and the action log\'s "Your name" change the same setting as Settings', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const field = app.getByLabel('Reviewing as');
  await field.fill('Bathsheba Mall');
  await field.press('Tab');
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect
    .poll(async () => (await apiCall(app, 'settings:get', {})).value)
    .toEqual({ userName: 'Bathsheba Mall', userRole: '', density: 'comfortable' });
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/actions`);
  await expect(app.getByLabel('Your name')).toHaveValue('Bathsheba Mall');
  await openRoute(app, devHost, '#/settings');
  await expect(app.getByLabel('Your name')).toHaveValue('Bathsheba Mall');
  await expect(app.getByRole('banner').getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});
