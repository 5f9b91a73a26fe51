// Issue 15, defect 6: a suggested edit of a paragraph edits its content, so the people it names
// stay references when the suggestion is accepted, even where the words printed around a name change.
import type { Locator, Page } from '@playwright/test';
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes, plainText } from '$shared/minutes';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';

const HEGGS_PARAGRAPH = 'e8c130cb-e096-45ac-8bd6-25c4143bcfde'; // item 5: Ian Heggs submitted apologies on behalf of Claire Chamberlain
const HEGGS = 'f936c1f4-dfea-4009-b0a1-79ba0afa9a62';
const CLAIRE = 'c43cee21-e89d-41e2-a4b6-cbb9dbcd623e';
const COORDINATOR = 'Bathsheba Mall';
const CHAIR = 'Councillor Caroline Needham';

async function reviewAs(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Reviewing as');
  await field.fill(name);
  await field.press('Tab');
}

/**
 * Selects what matches `words` in the field (a text box, or an editable paragraph), as a reviewer
 * would with the mouse.
 */
async function select(field: Locator, words: RegExp | string): Promise<void> {
  const source = typeof words === 'string' ? words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : words.source;
  await field.evaluate((el, source) => {
    const find = (s: string) => {
      const m = new RegExp(source).exec(s);
      return m ? { at: m.index, end: m.index + m[0].length } : null;
    };
    if (el instanceof HTMLTextAreaElement) {
      const found = find(el.value);
      if (!found) throw new Error(`/${source}/ is not in the field`);
      el.focus();
      el.setSelectionRange(found.at, found.end);
      return;
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const found = find((node as Text).data);
      if (!found) continue;
      (el as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, found.at);
      range.setEnd(node, found.end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`/${source}/ is not in the field`);
  }, source);
}

/** The words in the field, whichever kind it is. */
async function wordsIn(field: Locator): Promise<string> {
  return field.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
}

async function printed(page: Page, paragraphId: string): Promise<string> {
  const meeting = (await apiCall(page, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as Meeting;
  const committee = (await apiCall(page, 'committees:get', { committeeId: meeting.committeeId })).value as Committee;
  const block = composeMinutes(meeting, committee).blocks.find(
    (b) => b.type === 'paragraph' && b.paragraphId === paragraphId,
  );
  return block?.type === 'paragraph' ? plainText(block.runs) : '';
}

test('a suggestion accepted keeps the people it names as references, also where the words around a name change', async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await expect(app.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
  await reviewAs(app, CHAIR);
  const row = app.locator(`[data-row="para:${HEGGS_PARAGRAPH}"]`);
  await expect(row.locator('[data-block]')).toContainText(
    'on behalf of Claire Chamberlain, Executive Director For Schools, as she had been unable',
  );

  // The Chair starts a new sentence after Claire Chamberlain's role: the comma the minutes put after it goes.
  await row.getByRole('button', { name: /^Suggest an edit of/ }).click();
  const wording = row.getByLabel('Suggested wording');
  await expect(wording).toBeFocused();
  await expect
    .poll(() => wordsIn(wording))
    .toMatch(
      /^Ian Heggs, Director of Schools and Commissioning,? submitted apologies on behalf of Claire Chamberlain, Executive Director For Schools,? as she/,
    );
  // (A text box shows the comma the minutes print after the role; the names as chips leave it to the minutes.)
  await select(wording, /,? as she had/);
  await app.keyboard.type('. She had');
  await app.keyboard.press('Control+Enter');
  const suggestion = row.getByRole('article', { name: `Suggested edit by ${CHAIR}` });
  await expect(suggestion.locator('ins')).toContainText('She');

  await reviewAs(app, COORDINATOR);
  await suggestion.getByRole('button', { name: `Accept the suggested edit by ${CHAIR}` }).click();
  await expect(suggestion).toContainText(`Accepted – accepted by ${COORDINATOR}`);
  await expect(row.locator('[data-block]')).toContainText(
    'on behalf of Claire Chamberlain, Executive Director For Schools. She had been unable',
  );

  const stored = (await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as Meeting;
  const content = stored.notes.find((p) => p.id === HEGGS_PARAGRAPH)!.content;
  expect(content.filter((r) => r.t === 'person').map((r) => r.t === 'person' && r.personId)).toEqual([HEGGS, CLAIRE]);
  expect(
    content
      .filter((r) => r.t === 'text')
      .map((r) => r.t === 'text' && r.text)
      .join(''),
  ).not.toMatch(/Heggs|Chamberlain/);
  expect(await printed(app, HEGGS_PARAGRAPH)).toMatch(
    /^Ian Heggs, Director of Schools and Commissioning, submitted apologies on behalf of Claire Chamberlain, Executive Director For Schools\. She had/,
  );
});

test('in a suggestion a role typed beside a name shows at once, and Alt+M makes one mention name only', async ({
  app,
  devHost,
}) => {
  expect((await apiCall(app, 'review:send', { meetingId: SAMPLE.meetingId, by: COORDINATOR })).ok).toBe(true);
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await reviewAs(app, CHAIR);
  const row = app.locator(`[data-row="para:${HEGGS_PARAGRAPH}"]`);
  await row.getByRole('button', { name: /^Suggest an edit of/ }).click();
  const wording = row.getByLabel('Suggested wording');
  const chips = wording.locator('.person-chip');
  await expect(chips).toHaveText([
    'Ian Heggs, Director of Schools and Commissioning',
    'Claire Chamberlain, Executive Director For Schools',
  ]);

  // A role typed before the name: the name alone, as the minutes would print it.
  await select(wording, ' submitted apologies on behalf of ');
  await app.keyboard.type(' submitted apologies on behalf of the Executive Director For Schools, ');
  await expect(chips).toHaveText(['Ian Heggs, Director of Schools and Commissioning', 'Claire Chamberlain']);
  // Alt+M after Ian Heggs: name only.
  await select(wording, ' submitted');
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('Alt+M');
  await expect(chips).toHaveText(['Ian Heggs', 'Claire Chamberlain']);
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme });
    await expectNoAxeViolations(app, `a suggestion naming people (${colorScheme})`);
  }
  await wording.focus();
  await app.keyboard.press('Control+Enter');
  await expect(row.getByRole('article', { name: `Suggested edit by ${CHAIR}` })).toBeVisible();

  const stored = (await apiCall(app, 'meetings:get', { meetingId: SAMPLE.meetingId })).value as Meeting;
  const suggested = stored.review!.comments.find((c) => c.paragraphId === HEGGS_PARAGRAPH)!.suggestion!;
  expect(suggested.filter((r) => r.t === 'person')).toEqual([
    { t: 'person', personId: HEGGS, nameOnly: true },
    { t: 'person', personId: CLAIRE },
  ]);
});
