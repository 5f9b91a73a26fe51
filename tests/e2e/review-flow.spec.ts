// Issue 6, end to end through the screens: the draft goes to the Chair, who comments and
// suggests an edit; the coordinator accepts it; the Chair approves; an edit is then refused and
// an amendment is made instead; the next meeting is prepared with the open actions carried
// forward; an action is updated; the previous minutes are confirmed; and every export downloads.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import { readDocx } from '../integration/helpers/read-docx';
import { startDevHost } from '../../electron/devhost/server';
import { E2E_RENDERER_DIR } from './paths';

const CABINET_PARAGRAPH = 'fea54d7f-512c-4b1b-a25d-2d39cd9f677f'; // item 6, Councillor Macmillan's visits
const COORDINATOR = 'Bathsheba Mall';
const CHAIR = 'Councillor Caroline Needham';
/** "19 September 2016 at 9.05 pm": every review step is dated in house style. */
const STAMP = /\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}\.\d{2} (am|pm)/;

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile((await download.path())!));
}

async function downloadFrom(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

/** Replaces words in a paragraph's editor as the reviewer does: selects them, types over them (its names stay references). */
async function retype(page: Page, field: Locator, from: string, to: string): Promise<void> {
  await field.evaluate((el, from) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(from);
      if (at < 0) continue;
      (el as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + from.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${from}" is not in the field`);
  }, from);
  await page.keyboard.type(to);
}

async function reviewAs(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Reviewing as');
  await field.fill(name);
  await field.press('Tab');
}

test('draft → review with comments and a suggested edit → accept → approve → edit refused → amendment → next meeting → action updated → exports', async ({
  app,
  devHost,
}) => {
  test.setTimeout(120_000);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await expect(app.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
  const signOff = app.getByRole('region', { name: 'Sign-off', exact: true });
  const paragraphRow = app.locator(`[data-row="para:${CABINET_PARAGRAPH}"]`);
  const paragraph = paragraphRow.locator('[data-block]');

  // The coordinator sends the draft: dated and attributed.
  await app.getByRole('button', { name: 'Send for review' }).click();
  await expect(app.getByRole('alert')).toContainText('Enter your name under “Reviewing as” first');
  await reviewAs(app, COORDINATOR);
  await app.getByRole('button', { name: 'Send for review' }).click();
  await expect(signOff).toContainText('With the Chair for review');
  await expect(signOff.getByRole('definition').nth(1)).toHaveText(new RegExp(`^${STAMP.source}, by ${COORDINATOR}$`));

  // The Chair comments on a block that is not a captured paragraph (PRESENT)...
  await reviewAs(app, CHAIR);
  const presentRow = app.locator('[data-row="present"]');
  await presentRow.getByRole('button', { name: 'Comment on PRESENT' }).click();
  await presentRow.getByLabel('Comment', { exact: true }).fill('Please check the list of officers.');
  await presentRow.getByRole('button', { name: 'Add comment' }).click();
  const comment = presentRow.getByRole('article', { name: `Comment by ${CHAIR}` });
  await expect(comment).toContainText('Please check the list of officers.');
  await expect(comment).toContainText(STAMP);
  await expect(comment).toContainText('Open');

  // ... and suggests an edit of a narrative paragraph, starting from its printed words.
  await paragraphRow.getByRole('button', { name: /^Suggest an edit of/ }).click();
  const wording = paragraphRow.getByLabel('Suggested wording');
  await expect(wording).toHaveText(/^Councillor Macmillan informed the Committee .*a number of visits/);
  await retype(app, wording, 'a number of visits', 'many visits');
  await paragraphRow.getByLabel('Note for the coordinator (optional)').fill('Shorter.');
  await paragraphRow.getByRole('button', { name: 'Suggest this edit' }).click();
  const suggestion = paragraphRow.getByRole('article', { name: `Suggested edit by ${CHAIR}` });
  await expect(suggestion.locator('del')).toContainText('a number of');
  await expect(suggestion.locator('ins')).toContainText('many');
  await expect(paragraph).toContainText('a number of visits'); // nothing changes until accepted

  // Approval is refused while they are open: the service's words are shown.
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes?' });
  await dialog.getByLabel('I am the Chair').check();
  await dialog.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('2 comment(s) or suggested edit(s) are still open');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The coordinator accepts the suggestion (applied, people still referred to) and rejects the comment.
  await reviewAs(app, COORDINATOR);
  await suggestion.getByRole('button', { name: `Accept the suggested edit by ${CHAIR}` }).click();
  await expect(suggestion).toContainText(new RegExp(`Accepted – accepted by ${COORDINATOR}, ${STAMP.source}`));
  await expect(paragraph).toContainText('she had undertaken many visits around the borough');
  await comment.getByRole('button', { name: `Reject the comment by ${CHAIR}` }).click();
  await expect(comment).toContainText(`Rejected – rejected by ${COORDINATOR}`);
  const stored = (await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as {
    notes: { id: string; content: { t: string }[] }[];
  };
  expect(stored.notes.find((n) => n.id === CABINET_PARAGRAPH)!.content.filter((r) => r.t === 'person')).toHaveLength(2);

  // The Chair approves: frozen and sealed.
  await reviewAs(app, CHAIR);
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  await dialog.getByLabel('I am the Chair').check();
  await dialog.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(dialog).toBeHidden();
  await expect(signOff.getByRole('definition').first()).toHaveText('Approved');
  await expect(signOff).toContainText(new RegExp(`${STAMP.source}, by ${CHAIR}`));
  await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toContainText('matches its fingerprint sha256:');

  // An edit is now refused, and the screen offers an amendment instead.
  const refused = await apiCall(app, 'notes:updateParagraph', {
    meetingId: SAMPLE.meetingId,
    paragraphId: CABINET_PARAGRAPH,
    content: [{ t: 'text', text: 'Rewritten.' }],
  });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('APPROVED');
  expect(refused.error?.message).toMatch(/any change must be made as an amendment/);
  await expect(paragraphRow.getByRole('button', { name: /^(Suggest an edit|Edit|Comment)/ })).toHaveCount(0);
  await paragraphRow.getByRole('button', { name: /^Amend / }).click();
  const amended = paragraphRow.getByLabel('Amended wording');
  await retype(app, amended, 'Lady Margaret School', "Lady Margaret School, a girls' school");
  await paragraphRow.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(paragraphRow.getByRole('alert')).toContainText('Say why the minutes are amended.');
  await paragraphRow.getByLabel('Why the minutes are amended').fill('The Chair asked for the school to be described.');
  await paragraphRow.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(paragraph).toContainText("Lady Margaret School, a girls' school");
  const amendments = app.getByRole('region', { name: 'Amendments since approval' });
  await expect(amendments).toContainText(`by ${CHAIR}: item 6`);
  await expect(amendments).toContainText('Why: The Chair asked for the school to be described.');
  await expect(amendments.locator('ins')).toContainText("a girls' school");
  await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toBeVisible();

  // Exports of the reviewed minutes: tracked changes, the agenda pack's copy, the meeting file.
  const tracked = await downloadFrom(
    app,
    app.getByRole('button', { name: 'Export reviewed draft with tracked changes' }),
  );
  const trackedXml = (await readDocx(await bytesOf(tracked))).text('word/document.xml');
  expect(trackedXml).toMatch(new RegExp(`<w:ins [^>]*w:author="${CHAIR}"`));
  expect(trackedXml).toMatch(/<w:del [^>]*w:date="2\d{3}-/);
  const pack = await downloadFrom(
    app,
    app.getByRole('button', { name: 'Export approved minutes for the agenda pack' }),
  );
  expect(pack.suggestedFilename()).toMatch(/agenda-item-1\.docx$/);
  expect((await readDocx(await bytesOf(pack))).paragraphs.map((p) => p.text).join('\n')).toContain(
    "Lady Margaret School, a girls' school",
  );
  const file = await downloadFrom(app, app.getByRole('button', { name: 'Export the meeting file' }));
  const exported = JSON.parse(new TextDecoder().decode(await bytesOf(file))) as {
    format: string;
    fingerprint: string;
    meeting: { status: string };
  };
  expect(exported.format).toBe('scrutineer.meeting-export');
  expect(exported.meeting.status).toBe('approved');
  expect(exported.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);

  // The next meeting, prepared from here; the open actions go into the action log.
  const next = app.getByRole('region', { name: 'Next meeting' });
  await next.getByLabel('Date of the next meeting').fill('2016-11-21');
  await next.getByRole('button', { name: 'Prepare next meeting' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();
  const nextMeetingId = decodeURIComponent(new URL(app.url()).hash.split('/')[2]!);
  await expect(app.getByRole('list', { name: 'Agenda' }).getByRole('listitem').first()).toContainText(/minutes/i);

  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/actions`);
  const actions = app.getByRole('list', { name: 'Actions' });
  await expect(actions.getByRole('listitem').filter({ has: app.getByRole('combobox') })).toHaveCount(11);
  await expect(app.getByLabel('Your name')).toHaveValue(CHAIR); // remembered from the review
  const first = actions.locator(':scope > li').first();
  await expect(first).toContainText("ACTION: Children's Services");
  await expect(first).toContainText('Item 5');
  await first.getByLabel('Status').selectOption({ label: 'In progress' });
  await first.getByLabel('Update note').fill('Report on school meals due in November.');
  await first.getByRole('button', { name: 'Save update' }).click();
  await expect(first.getByRole('list', { name: 'Updates' })).toContainText(
    new RegExp(`${STAMP.source}, ${CHAIR}: status in progress\\. Report on school meals due in November\\.`),
  );
  await expect(first.locator('.status-word')).toHaveText('In progress');
  const log = await downloadFrom(app, app.getByRole('button', { name: 'Export the action log (Word)' }));
  const logDocx = await readDocx(await bytesOf(log));
  expect(logDocx.text('word/document.xml')).toContain('<w:tbl>');
  const logText = logDocx.paragraphs.map((p) => p.text).join('\n');
  expect(logText).toContain('Report on school meals due in November.');
  expect(logText).toContain('In progress');

  // At the next meeting, item 1 confirms the previous minutes, listing the amendment.
  await openRoute(app, devHost, `#/meetings/${nextMeetingId}/minutes`);
  await app.getByRole('button', { name: 'Confirm the previous minutes' }).click();
  await expect(app.getByText('confirmed as an accurate record, with 1 amendment listed')).toBeVisible();
  const preview = app.getByRole('article', { name: 'Draft minutes' });
  const confirmation = preview.locator('ol.ListNumber').first().getByRole('listitem');
  await expect(confirmation.first()).toContainText(
    'Accountability Committee held on 19th September 2016 be confirmed and signed as an accurate record',
  );
  // The amendment stated as a clerk would: which minute, and the words inserted (not the reason).
  await expect(confirmation.nth(1)).toHaveText(
    /^That (paragraph \d+ of )?minute 6 be amended by inserting .*a girls' school/,
  );
  expect(
    ((await apiCall(app, 'review:status', { meetingId: SAMPLE.meetingId })).value as { status: string }).status,
  ).toBe('confirmed');

  // The work programme: an item planned, moved, and the programme exported.
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/work-programme`);
  await app.getByLabel('Date of the meeting').fill('2017-01-16');
  await app.getByRole('button', { name: 'Add meeting' }).click();
  const january = app.getByRole('region', { name: 'Monday 16 January 2017' });
  await expect(january).toContainText('Reports due 2 January 2017');
  await app.getByLabel('Title').fill('School meals contract');
  await app.getByLabel('Meeting', { exact: true }).selectOption({ label: 'Meeting of 16 January 2017' });
  await app.getByRole('button', { name: 'Add item' }).click();
  await expect(january.getByRole('listitem')).toContainText('School meals contract');
  await january.getByLabel('Move “School meals contract” to').selectOption({ label: 'Unallocated' });
  await january.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(app.getByRole('list', { name: 'Unallocated items' })).toContainText('School meals contract');
  const programme = await downloadFrom(app, app.getByRole('button', { name: 'Export the work programme (Word)' }));
  expect((await readDocx(await bytesOf(programme))).paragraphs.map((p) => p.text).join('\n')).toContain(
    'School meals contract',
  );
});

test('opening a meeting file: a conflict is asked about, never silently overwritten', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await expect(app.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
  const file = await downloadFrom(app, app.getByRole('button', { name: 'Export the meeting file' }));
  const bytes = await bytesOf(file);

  // The copy here moves on after the export: the file is now the older one.
  await app.getByLabel('Reviewing as').fill(COORDINATOR);
  await app.getByRole('button', { name: 'Send for review' }).click();
  await expect(app.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('With the Chair for review');

  await app
    .getByLabel('Open a meeting file')
    .setInputFiles({ name: 'chair-copy.json', mimeType: 'application/json', buffer: Buffer.from(bytes) });
  const preview = app.getByRole('region', { name: /chair-copy\.json: the meeting of Monday 19 September 2016/ });
  await expect(preview).toContainText('The copy here is newer');
  await expect(preview).toContainText('Replace the copy here with the file? A backup of the copy here is kept.');
  await preview.getByRole('button', { name: 'Keep the copy here' }).click();
  await expect(preview).toBeHidden();
  expect(
    ((await apiCall(app, 'review:status', { meetingId: SAMPLE.meetingId })).value as { status: string }).status,
  ).toBe('in_review');

  // A damaged file is refused in words, and nothing changes.
  const tampered = JSON.parse(new TextDecoder().decode(bytes)) as { meeting: { venue: string } };
  tampered.meeting.venue = 'Somewhere else';
  await app.getByLabel('Open a meeting file').setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  });
  await expect(app.getByRole('alert')).toContainText('does not match its fingerprint');
  await app
    .getByLabel('Open a meeting file')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
  await expect(app.getByRole('alert')).toContainText('notes.txt is not a Scrutineer meeting file');
});

test('the Chair reviews on their own laptop from the meeting file; their comments come back without replacing anything', async ({
  app,
  devHost,
  browser,
}) => {
  test.setTimeout(90_000);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, COORDINATOR);
  await app.getByRole('button', { name: 'Send for review' }).click();
  await expect(app.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('With the Chair for review');
  const sent = await bytesOf(await downloadFrom(app, app.getByRole('button', { name: 'Export the meeting file' })));

  // The Chair's laptop: an empty data folder, no committee.
  const chairDir = await mkdtemp(join(tmpdir(), 'scrutineer-chair-'));
  const chairHost = await startDevHost({ dataDir: chairDir, rendererDir: E2E_RENDERER_DIR });
  const chairContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  let returned: Uint8Array;
  try {
    const chair = await chairContext.newPage();
    await chair.goto(chairHost.url);
    await chair
      .getByLabel('Open a meeting file')
      .setInputFiles({ name: 'minutes-for-review.json', mimeType: 'application/json', buffer: Buffer.from(sent) });
    const preview = chair.getByRole('region', { name: /minutes-for-review\.json/ });
    await expect(preview).toContainText('is not on this machine; opening the file adds it');
    await preview.getByRole('button', { name: 'Open the meeting' }).click();
    await expect(chair.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
    await reviewAs(chair, CHAIR);
    const row = chair.locator(`[data-row="para:${CABINET_PARAGRAPH}"]`);
    await row.getByRole('button', { name: /^Comment on/ }).click();
    await row.getByLabel('Comment', { exact: true }).fill('Name the foster carers awards.');
    await row.getByRole('button', { name: 'Add comment' }).click();
    await expect(row.getByRole('article', { name: `Comment by ${CHAIR}` })).toBeVisible();
    returned = await bytesOf(await downloadFrom(chair, chair.getByRole('button', { name: 'Export the meeting file' })));
  } finally {
    await chairContext.close();
    await chairHost.close();
    await rm(chairDir, { recursive: true, force: true });
  }

  // Back on the coordinator's laptop: the comment is added; the copy here is not replaced.
  await app
    .getByLabel('Open a meeting file')
    .setInputFiles({ name: 'chair-returned.json', mimeType: 'application/json', buffer: Buffer.from(returned) });
  const question = app.getByRole('region', { name: /chair-returned\.json/ });
  await expect(question).toContainText('review comment(s) not here');
  await question.getByRole('button', { name: 'Add the comments from the file only' }).click();
  await expect(app.getByText('1 comment was added from the file; nothing else changed.')).toBeVisible();
  const row = app.locator(`[data-row="para:${CABINET_PARAGRAPH}"]`);
  await expect(row.getByRole('article', { name: `Comment by ${CHAIR}` })).toContainText(
    'Name the foster carers awards.',
  );
  await expect(row.getByRole('article', { name: `Comment by ${CHAIR}` })).toContainText('Open');
});

test('before review the coordinator corrects a paragraph directly, by keyboard, and stays in place', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  const row = app.locator(`[data-row="para:${CABINET_PARAGRAPH}"]`);
  const edit = row.getByRole('button', { name: /^Edit Councillor Macmillan informed/ });
  await edit.focus();
  await app.keyboard.press('Enter');
  const words = row.getByLabel('Wording');
  await expect(words).toBeFocused();
  await retype(app, words, 'Parsons Green', "Parson's Green");
  await app.keyboard.press('Tab');
  await app.keyboard.press('Enter'); // "Save the paragraph"
  await expect(row.locator('[data-block]')).toContainText("Lady Margaret School, in Parson's Green, Fulham.");
  await expect(edit).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('approving a draft that still has gaps asks first, listing them, and the approval records them', async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  expect((await apiCall(app, 'clock:setTimes', { meetingId: SAMPLE.meetingId, endedAt: null })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, CHAIR);
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes with gaps still marked?' });
  await expect(dialog.getByRole('list', { name: 'Gaps that would be approved' })).toHaveText(
    'Closing: the time the meeting ended',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(
    ((await apiCall(app, 'review:status', { meetingId: SAMPLE.meetingId })).value as { status: string }).status,
  ).toBe('in_review');
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  await dialog.getByLabel('I am the Chair').check();
  await dialog.getByRole('button', { name: 'Approve with these gaps' }).click();
  await expect(dialog).toBeHidden();
  const signOff = app.getByRole('region', { name: 'Sign-off', exact: true });
  await expect(signOff.getByRole('definition').first()).toHaveText('Approved');
  await expect(signOff).toContainText('Approved with gaps');
  await expect(signOff).toContainText('Closing: the time the meeting ended');
});
