// Issue 18's "Done when": the draft is sent for the Chair's review as Word, LibreOffice applies a
// tracked edit, an untracked edit and a comment to it, the returned copy is imported, its
// suggestions accepted all at once, the minutes approved, and the tracked-changes document shows
// the Chair's edits under the Chair's name.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';
import { editInLibreOffice } from '../unit/review-word-helpers';

const COORDINATOR = 'Bathsheba Mall';
const CHAIR_IN_APP = 'Councillor Caroline Needham';

async function download(page: Page, button: Locator): Promise<Uint8Array> {
  const [d] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, void];
  return new Uint8Array(await readFile((await d.path())!));
}

async function reviewAs(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Reviewing as');
  await field.fill(name);
  await field.press('Tab');
}

test("the Chair's Word copy: sent, edited in LibreOffice, imported, accepted, approved, exported with the Chair's edits", async ({
  app,
  devHost,
}) => {
  test.setTimeout(240_000);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, COORDINATOR);
  const panel = app.getByRole('region', { name: "The Chair's review in Word" });

  const sent = await download(app, panel.getByRole('button', { name: "Send for the Chair's review (Word)" }));
  await expect(panel.getByRole('status')).toContainText('the draft is now with the Chair for review');
  await expect(app.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('With the Chair for review');

  // The Chair edits the copy in LibreOffice: one edit with Track Changes off, one tracked, a comment.
  const returned = await editInLibreOffice(sent, [
    'author|Caroline|Needham',
    'track|off',
    "replace|Lady Margaret School|Lady Margaret's School",
    'track|on',
    'replace|a number of visits|many visits',
    'comment|Head of Housing Support|Caroline Needham|Please check this title.',
  ]);

  await panel.getByLabel("Import the Chair's copy (.docx)").setInputFiles({
    name: 'minutes with the Chair edits.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(returned),
  });
  const preview = panel.getByRole('region', { name: "What the Chair's copy would add" });
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText(
    'minutes with the Chair edits.docx: 2 items to add',
  );
  await expect(preview).toContainText(
    'Suggested edit (made with Track Changes off) of a paragraph of item 6, CABINET MEMBERS UPDATE by Caroline Needham',
  );
  await expect(preview).toContainText('Comment on PRESENT (External Guests) by Caroline Needham');
  // The Word author is matched to the committee's person once; the choice is shown and kept.
  await expect(preview.getByLabel('Who is “Caroline Needham” in Word?')).not.toHaveValue('');
  await expect(app.locator('[data-row="present:guest"]')).not.toContainText('Please check this title.');
  await preview.getByRole('button', { name: 'Add these to the review' }).click();
  await expect(preview).toBeHidden();
  await expect(panel).toContainText("From the Chair's copy, still to decide (2)");

  // Nothing changed in the minutes yet; all accepted at once.
  await panel.getByRole('button', { name: "Accept all 2 from the Chair's copy" }).click();
  await expect(panel).not.toContainText('still to decide');
  await expect(app.locator('[data-row="para:fea54d7f-512c-4b1b-a25d-2d39cd9f677f"]')).toContainText('many visits');

  // The Chair approves; the tracked-changes document shows the Chair's edits under the Chair's name.
  await reviewAs(app, CHAIR_IN_APP);
  await app.getByRole('button', { name: 'Approve the minutes' }).click();
  const dialog = app.getByRole('dialog', { name: 'Approve the minutes?' });
  await dialog.getByLabel('I am the Chair').check();
  await dialog.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('region', { name: 'Sign-off', exact: true }).getByRole('definition').first()).toHaveText(
    'Approved',
  );
  const tracked = await download(app, app.getByRole('button', { name: 'Export reviewed draft with tracked changes' }));
  const xml = await (await JSZip.loadAsync(tracked)).file('word/document.xml')!.async('string');
  const insertions = [...xml.matchAll(/<w:ins [^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:ins>/g)];
  const chairs = insertions
    .filter(([, author]) => author === 'Caroline Needham')
    .map(([, , body]) => body)
    .join('');
  expect(chairs).toContain('many');
  expect(chairs).toContain('Margaret&apos;s');
});
