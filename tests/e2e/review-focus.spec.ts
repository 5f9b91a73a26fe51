// Keyboard focus after the review and planning steps: the button pressed is disabled while the
// step is saved (or gone once it is done), and the focus must land on the control that now makes
// sense, never on <body> at the top of the page. Every step here is taken with Enter or Space.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

const PARAGRAPH = 'fea54d7f-512c-4b1b-a25d-2d39cd9f677f'; // item 6, Councillor Macmillan's visits
const COORDINATOR = 'Bathsheba Mall';
const CHAIR = 'Councillor Caroline Needham';

async function ok(page: Page, channel: string, input: unknown): Promise<unknown> {
  const r = await apiCall(page, channel, input);
  expect(r.ok, `${channel}: ${r.error?.message}`).toBe(true);
  return r.value;
}

/** document.activeElement is this element, and not <body>. */
async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => el === document.activeElement && el !== document.body)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

async function press(page: Page, button: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await button.focus();
  await page.keyboard.press(key);
}

async function reviewAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Reviewing as').fill(name);
  await page.getByLabel('Reviewing as').press('Tab');
}

/** The sample meeting approved (no gaps to confirm), and the next one prepared from it. */
async function approvedAndNext(page: Page): Promise<string> {
  await ok(page, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR });
  await ok(page, 'review:approve', { meetingId: SAMPLE.meetingId, by: CHAIR, confirmMarkers: false });
  const next = (await ok(page, 'meetings:prepareNext', { meetingId: SAMPLE.meetingId, date: '2016-11-21' })) as {
    meeting: { id: string };
  };
  return next.meeting.id;
}

test('deciding comments and a suggested edit by keyboard moves the focus to the next open one, then to the block', async ({
  app,
  devHost,
}) => {
  const meetingId = SAMPLE.meetingId;
  await ok(app, 'review:send', { meetingId, by: COORDINATOR });
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'c-1',
    paragraphId: PARAGRAPH,
    author: 'Councillor Alpha',
    text: 'First.',
  });
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'c-2',
    paragraphId: PARAGRAPH,
    author: 'Councillor Beta',
    text: 'Second.',
  });
  const m = (await ok(app, 'meetings:get', { meetingId })) as {
    notes: { id: string; content: { t: string; text?: string }[] }[];
  };
  const content = m.notes
    .find((n) => n.id === PARAGRAPH)!
    .content.map((r) => (r.t === 'text' ? { ...r, text: r.text!.replace('a number of', 'many') } : r));
  await ok(app, 'review:suggest', {
    meetingId,
    commentId: 's-1',
    paragraphId: PARAGRAPH,
    author: CHAIR,
    suggestion: content,
  });
  // Two comments on a block no longer in the minutes.
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'o-1',
    blockRef: 'item:gone:apologies',
    author: 'Councillor Gamma',
    text: 'Gone 1.',
  });
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'o-2',
    blockRef: 'item:gone:apologies',
    author: 'Councillor Delta',
    text: 'Gone 2.',
  });

  await openRoute(app, devHost, `#/meetings/${meetingId}/review`);
  await reviewAs(app, COORDINATOR);
  const row = app.locator(`[data-row="para:${PARAGRAPH}"]`);
  const first = row.getByRole('article', { name: 'Comment by Councillor Alpha' });
  const second = row.getByRole('article', { name: 'Comment by Councillor Beta' });
  const suggestion = row.getByRole('article', { name: `Suggested edit by ${CHAIR}` });

  // Accept (Enter): the next open comment's first button.
  await press(app, first.getByRole('button', { name: 'Accept the comment by Councillor Alpha' }), 'Enter');
  await expect(first).toContainText(`Accepted – accepted by ${COORDINATOR}`);
  await expectFocusOn(app, second.getByRole('button', { name: 'Accept the comment by Councillor Beta' }));

  // Reject (Space): the suggested edit after it.
  await press(app, second.getByRole('button', { name: 'Reject the comment by Councillor Beta' }), 'Space');
  await expect(second).toContainText(`Rejected – rejected by ${COORDINATOR}`);
  await expectFocusOn(app, suggestion.getByRole('button', { name: `Accept the suggested edit by ${CHAIR}` }));

  // The last open one accepted (Enter, where the focus already is): the block's own buttons.
  await app.keyboard.press('Enter');
  await expect(suggestion).toContainText('Accepted');
  await expect(row.locator('[data-block]')).toContainText('many visits');
  await expectFocusOn(app, row.getByRole('button', { name: /^Comment on / }));

  // Comments on parts no longer in the minutes: the next open one, then the list's heading.
  const orphans = app.getByRole('region', { name: 'Comments on parts no longer in the minutes' });
  await press(app, orphans.getByRole('button', { name: 'Reject the comment by Councillor Gamma' }), 'Enter');
  await expect(orphans.getByRole('article', { name: 'Comment by Councillor Gamma' })).toContainText('Rejected');
  await expectFocusOn(app, orphans.getByRole('button', { name: 'Accept the comment by Councillor Delta' }));
  await app.keyboard.press('Space');
  await expect(orphans.getByRole('article', { name: 'Comment by Councillor Delta' })).toContainText('Accepted');
  await expectFocusOn(app, orphans.getByRole('heading', { name: 'Comments on parts no longer in the minutes' }));
});

test('a refused decision gives the focus back to the button pressed', async ({ app, devHost }) => {
  const meetingId = SAMPLE.meetingId;
  await ok(app, 'review:send', { meetingId, by: COORDINATOR });
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'c-1',
    paragraphId: PARAGRAPH,
    author: 'Councillor Alpha',
    text: 'First.',
  });
  await openRoute(app, devHost, `#/meetings/${meetingId}/review`);
  await reviewAs(app, COORDINATOR);
  const card = app
    .locator(`[data-row="para:${PARAGRAPH}"]`)
    .getByRole('article', { name: 'Comment by Councillor Alpha' });
  await expect(card).toContainText('Open');
  // Decided elsewhere meanwhile: this screen's decision is refused.
  await ok(app, 'review:decide', { meetingId, commentId: 'c-1', decision: 'rejected', by: CHAIR });
  await press(app, card.getByRole('button', { name: 'Accept the comment by Councillor Alpha' }), 'Enter');
  await expect(card).toContainText('Rejected');
  // The card shows the decision made elsewhere; its buttons are gone, so the focus is on the block.
  await expectFocusOn(app, app.locator(`[data-row="para:${PARAGRAPH}"]`).getByRole('button', { name: /^Comment on / }));
});

test('approving with gaps by keyboard puts the focus on the words that say the minutes are approved; a refusal keeps it in the dialog', async ({
  app,
  devHost,
}) => {
  const meetingId = SAMPLE.meetingId;
  await ok(app, 'review:send', { meetingId, by: COORDINATOR });
  await ok(app, 'review:comment', {
    meetingId,
    commentId: 'c-1',
    blockRef: 'present',
    author: CHAIR,
    text: 'Check the officers.',
  });
  await ok(app, 'clock:setTimes', { meetingId, endedAt: null });
  await openRoute(app, devHost, `#/meetings/${meetingId}/review`);
  await reviewAs(app, CHAIR);

  // Refused while a comment is open: the dialog stays, its button has the focus back.
  await press(app, app.getByRole('button', { name: 'Approve the minutes' }), 'Enter');
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes with gaps still marked?' });
  await press(app, dialog.getByLabel('I am the Chair'), 'Space');
  await press(app, dialog.getByRole('button', { name: 'Approve with these gaps' }), 'Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectFocusOn(app, dialog.getByRole('button', { name: 'Approve with these gaps' }));
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectFocusOn(app, app.getByRole('button', { name: 'Approve the minutes' }));

  await press(
    app,
    app.locator('[data-row="present"]').getByRole('button', { name: `Reject the comment by ${CHAIR}` }),
    'Enter',
  );
  await expect(app.locator('[data-row="present"]').getByRole('article')).toContainText('Rejected');
  await press(app, app.getByRole('button', { name: 'Approve the minutes' }), 'Space');
  await press(app, dialog.getByLabel('I am the Chair'), 'Space');
  await press(app, dialog.getByRole('button', { name: 'Approve with these gaps' }), 'Enter');
  await expect(dialog).toBeHidden();
  await expectFocusOn(app, app.getByText('The minutes are approved and frozen.'));
  await expect(app.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('Approved with gaps');
});

test('approving (no gaps) with Space puts the focus on the words that say the minutes are approved', async ({
  app,
  devHost,
}) => {
  await ok(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR });
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, CHAIR);
  await press(app, app.getByRole('button', { name: 'Approve the minutes' }), 'Enter');
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes?' });
  await press(app, dialog.getByLabel('I am the Chair'), 'Space');
  await press(app, dialog.getByRole('button', { name: 'Approve the minutes' }), 'Space');
  await expect(dialog).toBeHidden();
  await expectFocusOn(app, app.getByText('The minutes are approved and frozen.'));
});

test('saving an update in the action log keeps the focus on the entry (its note field, empty again)', async ({
  app,
  devHost,
}) => {
  await approvedAndNext(app);
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/actions`);
  await app.getByLabel('Your name').fill(CHAIR);
  const entries = app.getByRole('list', { name: 'Actions' }).locator(':scope > li');
  const first = entries.first();
  await first.getByLabel('Update note').fill('Report due in November.');
  await press(app, first.getByRole('button', { name: 'Save update' }), 'Enter');
  await expect(first.getByRole('list', { name: 'Updates' })).toContainText('Report due in November.');
  await expectFocusOn(app, first.getByLabel('Update note'));
  await expect(first.getByLabel('Update note')).toHaveValue('');

  // Only open actions shown, one marked done: it leaves the list, and the focus goes to the one in its place.
  await app.getByLabel('Only open and in-progress actions').check();
  const count = await entries.count();
  const secondOrigin = await entries.nth(1).locator('.origin').textContent();
  await entries.first().getByLabel('Status').selectOption({ label: 'Done' });
  await press(app, entries.first().getByRole('button', { name: 'Save update' }), 'Space');
  await expect(entries).toHaveCount(count - 1);
  await expect(entries.first().locator('.origin')).toHaveText(secondOrigin!);
  await expectFocusOn(app, entries.first().getByLabel('Status'));
});

test('confirming the previous minutes puts the focus on the words that say they are confirmed', async ({
  app,
  devHost,
}) => {
  const nextId = await approvedAndNext(app);
  await openRoute(app, devHost, `#/meetings/${nextId}/minutes`);
  await press(app, app.getByRole('button', { name: 'Confirm the previous minutes' }), 'Enter');
  const done = app.getByText('The minutes of the previous meeting are confirmed as an accurate record');
  await expectFocusOn(app, done);
});

test('adding a meeting and an item, and moving an item, keep the focus on that entry', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/work-programme`);

  // Add meeting: its heading.
  await app.getByLabel('Date of the meeting').fill('2017-01-16');
  await press(app, app.getByRole('button', { name: 'Add meeting' }), 'Enter');
  const january = app.getByRole('region', { name: 'Monday 16 January 2017' });
  await expectFocusOn(app, january.getByRole('heading', { name: 'Monday 16 January 2017' }));

  // Add item, refused (no title): the field refused, else the button; then added: its first control.
  await press(app, app.getByRole('button', { name: 'Add item' }), 'Enter');
  await expect(app.getByRole('region', { name: 'Add an item' }).getByRole('alert')).toBeVisible();
  await expectFocusOn(app, app.getByLabel('Title'));
  await app.getByLabel('Title').fill('School meals contract');
  await app.getByLabel('Meeting', { exact: true }).selectOption({ label: 'Meeting of 16 January 2017' });
  await press(app, app.getByRole('button', { name: 'Add item' }), 'Enter');
  await expectFocusOn(app, january.getByLabel('Move “School meals contract” to'));

  // Move: the item's move control in its new place.
  await app.keyboard.press('End'); // "Unallocated", the last choice
  await expect(january.getByLabel('Move “School meals contract” to')).toHaveValue('unallocated');
  await press(app, january.getByRole('button', { name: 'Move', exact: true }), 'Enter');
  const unallocated = app.getByRole('list', { name: 'Unallocated items' });
  await expect(unallocated).toContainText('School meals contract');
  await expectFocusOn(app, unallocated.getByLabel('Move “School meals contract” to'));

  // Up and Down: the same button while it can still go that way, else the other.
  await ok(app, 'workProgramme:addItem', { committeeId: SAMPLE.committeeId, item: { title: 'Youth services review' } });
  await app.reload();
  const items = app.getByRole('list', { name: 'Unallocated items' }).locator(':scope > li');
  await expect(items).toHaveCount(2);
  await press(app, items.first().getByRole('button', { name: /^Move “.*” down$/ }), 'Enter');
  await expect(items.last()).toContainText('School meals contract');
  await expectFocusOn(app, items.last().getByRole('button', { name: 'Move “School meals contract” up' }));
});
