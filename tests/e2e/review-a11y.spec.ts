// The screens of issues 4 and 6 pass axe in the light and the dark colour scheme, with their
// forms, reports, dialogs and warnings showing; and a tampered seal is shown, never hidden.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE, SAMPLE_DIR, preparing } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import { approvedSample } from '../helpers/review';

const PARAGRAPH = 'fea54d7f-512c-4b1b-a25d-2d39cd9f677f';

// axe walks the whole review screen (a hundred blocks, each with its buttons) twice per test.
test.describe.configure({ timeout: 90_000 });

async function ok(page: Page, channel: string, input: unknown): Promise<unknown> {
  const r = await apiCall(page, channel, input);
  expect(r.ok, `${channel}: ${r.error?.message}`).toBe(true);
  return r.value;
}

/** The sample meeting with the Chair: a comment on PRESENT and a suggested edit of a paragraph. */
async function inReview(page: Page): Promise<void> {
  const meetingId = SAMPLE.meetingId;
  await ok(page, 'review:send', { meetingId, by: 'Bathsheba Mall' });
  await ok(page, 'review:comment', {
    meetingId,
    commentId: 'c-1',
    blockRef: 'present',
    author: 'Councillor Caroline Needham',
    text: 'Check the officers.',
  });
  const m = (await ok(page, 'meetings:get', { meetingId })) as {
    notes: { id: string; content: { t: string; text?: string }[] }[];
  };
  const content = m.notes
    .find((n) => n.id === PARAGRAPH)!
    .content.map((r) => (r.t === 'text' ? { ...r, text: r.text!.replace('a number of', 'many') } : r));
  await ok(page, 'review:suggest', {
    meetingId,
    commentId: 's-1',
    paragraphId: PARAGRAPH,
    author: 'Councillor Caroline Needham',
    suggestion: content,
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the minutes screen after an export, and the committee with a refused template', async ({ app, devHost }) => {
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
      await app.getByRole('button', { name: 'Export draft minutes (Word)' }).click();
      await expect(app.getByRole('region', { name: 'Export' })).toContainText('Exported the draft minutes');
      await expectNoAxeViolations(app, 'the minutes screen');

      await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
      await app.getByLabel('Set a Word template').setInputFiles({
        name: 'council.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a word file'),
      });
      await expect(app.getByRole('alert')).toContainText('council.docx was not used:');
      await expectNoAxeViolations(app, 'the committee with a refused template');
    });

    test("a new meeting's minutes, with their gaps and markers", async ({ app, devHost }) => {
      const created = (await ok(app, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2017-01-16' })) as {
        id: string;
      };
      await openRoute(app, devHost, `#/meetings/${created.id}/minutes`);
      await expect(app.getByRole('list', { name: 'Gaps to complete' })).toBeVisible();
      await expectNoAxeViolations(app, 'the minutes with gaps');
    });

    test('the review, with comments, a suggested edit, a form open and the approval dialog', async ({
      app,
      devHost,
    }) => {
      await inReview(app);
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
      const row = app.locator(`[data-row="para:${PARAGRAPH}"]`);
      await expect(row.getByRole('article', { name: /Suggested edit/ })).toBeVisible();
      await app.getByLabel('Reviewing as').fill('Bathsheba Mall');
      await row.getByRole('button', { name: /^Comment on/ }).click();
      await expectNoAxeViolations(app, 'the review with a comment form open');
      await app.getByRole('button', { name: 'Approve the minutes' }).click();
      const dialog = app.getByRole('dialog', { name: 'Approve the minutes?' });
      await dialog.getByLabel('I am the Chair').check();
      await dialog.getByRole('button', { name: 'Approve the minutes' }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(app, 'the approval dialog, refused');
    });

    test('approved minutes: the seal, an amendment form, the amendments and a meeting file question', async ({
      app,
      devHost,
    }) => {
      await inReview(app);
      await ok(app, 'review:decide', {
        meetingId: SAMPLE.meetingId,
        commentId: 'c-1',
        decision: 'rejected',
        by: 'Bathsheba Mall',
      });
      await ok(app, 'review:decide', {
        meetingId: SAMPLE.meetingId,
        commentId: 's-1',
        decision: 'accepted',
        by: 'Bathsheba Mall',
      });
      const file = await ok(app, 'meetings:export', { meetingId: SAMPLE.meetingId });
      await ok(app, 'review:approve', { meetingId: SAMPLE.meetingId, by: 'Councillor Caroline Needham' });
      await ok(app, 'minutes:amend', {
        meetingId: SAMPLE.meetingId,
        by: 'Councillor Caroline Needham',
        why: 'Agreed at the next meeting.',
        command: {
          name: 'notes:updateParagraph',
          input: {
            paragraphId: PARAGRAPH,
            content: [{ t: 'text', text: 'Councillor Macmillan reported on her visits.' }],
          },
        },
      });
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
      await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toBeVisible();
      await app
        .locator(`[data-row="para:${PARAGRAPH}"]`)
        .getByRole('button', { name: /^Amend/ })
        .click();
      await app
        .getByLabel('Open a meeting file')
        .setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await expect(app.getByRole('region', { name: /older\.json/ })).toContainText('cannot replace it');
      await expectNoAxeViolations(app, 'the approved minutes');
    });

    test('the action log and the work programme, with entries', async ({ app, devHost }) => {
      await ok(app, 'actionLog:carryForward', { meetingId: SAMPLE.meetingId });
      await ok(app, 'workProgramme:addMeeting', { committeeId: SAMPLE.committeeId, date: '2017-01-16' });
      await ok(app, 'workProgramme:addItem', {
        committeeId: SAMPLE.committeeId,
        item: { title: 'School meals contract', summary: 'Performance of the provider', meetingDate: '2017-01-16' },
      });
      await ok(app, 'workProgramme:addItem', { committeeId: SAMPLE.committeeId, item: { title: 'Youth services' } });
      await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/actions`);
      await expect(app.getByRole('list', { name: 'Actions' }).locator(':scope > li')).toHaveCount(11);
      await app.getByRole('button', { name: 'Save update' }).first().click();
      await expect(app.getByRole('alert')).toContainText('Write an update note, or change the status.');
      await expectNoAxeViolations(app, 'the action log');
      await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/work-programme`);
      await expect(app.getByRole('region', { name: 'Monday 16 January 2017' })).toContainText('School meals contract');
      await app.getByRole('button', { name: 'Add item' }).click();
      await expect(app.getByRole('alert')).toContainText("Enter the item's title");
      await expectNoAxeViolations(app, 'the work programme');
    });
  });
}

test.describe('approved minutes edited outside the app', () => {
  test.use({
    seed: 'empty',
    prepareData: preparing(async (dataDir) => {
      const steps = approvedSample();
      // The approved text changed by hand in the file: the fingerprint no longer matches.
      const tampered = {
        ...steps.meeting,
        notes: steps.meeting.notes.map((n, i) =>
          i === 0 ? { ...n, content: [{ t: 'text' as const, text: 'Changed by hand.' }] } : n,
        ),
      };
      await mkdir(join(dataDir, 'meetings'), { recursive: true });
      await cp(join(SAMPLE_DIR, 'committees.json'), join(dataDir, 'committees.json'));
      await writeFile(join(dataDir, 'meetings', `${tampered.id}.json`), JSON.stringify(tampered, null, 2));
    }),
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`are shown as TAMPERED, read-only, with nothing repaired (${colorScheme})`, async ({ app, devHost }) => {
      await app.emulateMedia({ colorScheme });
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
      const alarm = app.getByRole('alert').filter({ hasText: 'TAMPERED' });
      await expect(alarm).toContainText('no longer matches the fingerprint recorded then');
      await expect(alarm).toContainText('Fingerprint recorded');
      await expect(app.getByRole('button', { name: /^(Amend|Edit|Suggest an edit|Comment)/ })).toHaveCount(0);
      await expect(app.getByRole('article', { name: 'Minutes under review' })).toContainText('Changed by hand.');
      await expectNoAxeViolations(app, 'tampered minutes');
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
      await expect(app.getByRole('alert').filter({ hasText: 'TAMPERED' })).toBeVisible();
    });
  }
});
