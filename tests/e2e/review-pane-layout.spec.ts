// The review page as Word's review pane (issue 16): the minutes read without gaps, because a
// block's Comment and Suggest buttons take no room (shown on the hovered or focused block only),
// and a comment sits beside its block, level with its words, in a column on the right.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { openRoute } from './helpers';

const CHAIR = 'Councillor Caroline Needham';
/**
 * The widest space between two blocks' words the minutes' own styles make (the subtitle's margin
 * under the title, 38 px): the buttons of the old layout made gaps of up to 74 px.
 */
const MOST_GAP = 40;

async function sendForReview(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Review and sign-off' })).toBeVisible();
  await page.getByLabel('Reviewing as').fill(CHAIR);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('region', { name: 'Sign-off', exact: true })).toContainText('With the Chair for review');
}

/** The preview's height, the sum of its blocks' heights, and the gaps between consecutive blocks. */
function measure(page: Page) {
  return page.evaluate(() => {
    const preview = document.querySelector('article[aria-label="Minutes under review"]')!;
    const rects = [...preview.querySelectorAll('[data-block]')].map((b) => b.getBoundingClientRect());
    return {
      height: preview.getBoundingClientRect().height,
      words: rects.reduce((sum, r) => sum + r.height, 0),
      gaps: rects.slice(1).map((r, i) => Math.round(r.top - rects[i]!.bottom)),
      blocks: rects.length,
    };
  });
}

/** The buttons some other element covers, where a click would land on that instead (none should be). */
function coveredButtons(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-row] [data-mode]')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        b.scrollIntoView({ block: 'center' });
        const at = b.getBoundingClientRect();
        const hit = document.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
        return r.width > 0 && !b.contains(hit);
      })
      .map((b) => b.getAttribute('aria-label')),
  );
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the Comment and Suggest buttons take no room: the minutes read without gaps', async ({ app: page, devHost }) => {
  test.setTimeout(90_000);
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await sendForReview(page);
  await page.mouse.move(0, 0);

  const preview = page.getByRole('article', { name: 'Minutes under review' });
  await expect(preview.locator('[data-mode="comment"]')).toHaveCount(await preview.locator('[data-block]').count());
  const m = await measure(page);
  console.log(
    `Review preview: ${Math.round(m.height)} px for ${Math.round(m.words)} px of words in ${m.blocks} blocks; ` +
      `widest gap ${Math.max(...m.gaps)} px`,
  );
  expect(Math.max(...m.gaps), `gaps between blocks: ${m.gaps.join(', ')}`).toBeLessThanOrEqual(MOST_GAP);
  // What is not words is the blocks' own margins and the page's: no more than 12% (the old layout: 17%).
  expect(m.height).toBeLessThan(m.words * 1.12);

  // Hovering or focusing a block shows its buttons without moving a thing.
  const row = preview.locator('[data-row^="para:"]').first();
  const before = (await row.boundingBox())!.height;
  await row.locator('[data-block]').hover();
  await expect(row.getByRole('button', { name: /^Comment on/ })).toHaveCSS('opacity', '1');
  await expect(row.getByRole('button', { name: /^Suggest an edit of/ })).toHaveCSS('opacity', '1');
  expect((await row.boundingBox())!.height).toBe(before);
  expect((await measure(page)).height).toBe(m.height);

  // Hidden, every button can still be reached: none lies under another block's.
  await page.mouse.move(0, 0);
  expect(await coveredButtons(page)).toEqual([]);
});

test('a comment sits beside its block, level with its words', async ({ app: page, devHost }) => {
  test.setTimeout(90_000);
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await sendForReview(page);

  const preview = page.getByRole('article', { name: 'Minutes under review' });
  // An item heading (its words stand below a margin) and a paragraph (they start at the row's top).
  for (const row of [
    preview.locator('[data-row]:has(.Heading1)').nth(2),
    preview.locator('[data-row^="para:"]').nth(3),
  ]) {
    await row.getByRole('button', { name: /^Comment on/ }).click();
    await row.getByLabel('Comment', { exact: true }).fill('Is this right?');
    await row.getByRole('button', { name: 'Add comment' }).click();
    const card = row.getByRole('article', { name: `Comment by ${CHAIR}` });
    await expect(card).toContainText('Open');
    await page.mouse.move(0, 0);
    const words = (await row.locator('[data-block]').boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(Math.abs(box.y - words.y), 'the card is level with the words').toBeLessThanOrEqual(3);
    expect(box.x, 'the card is to the right of the words').toBeGreaterThanOrEqual(words.x + words.width);
  }
});

test('comments on neighbouring blocks stack down the gutter, leaving the minutes without gaps', async ({
  app: page,
  devHost,
}) => {
  test.setTimeout(90_000);
  await openRoute(page, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await sendForReview(page);
  const preview = page.getByRole('article', { name: 'Minutes under review' });
  const heading = preview.locator('[data-row]:has(.Heading1)').nth(2);
  const next = heading.locator('xpath=following-sibling::*[1]');
  for (const row of [heading, next]) {
    // As a user does: the pointer on the block's words shows its buttons, over any card beside them.
    await row.locator('[data-block]').hover();
    await row.getByRole('button', { name: /^Comment on/ }).click();
    await row
      .getByLabel('Comment', { exact: true })
      .fill(
        'A longer comment, so that its card reaches down past the ' +
          'short block it is on and beside the next one, as a comment does in Word.',
      );
    await row.getByRole('button', { name: 'Add comment' }).click();
    await expect(row.getByRole('article', { name: `Comment by ${CHAIR}` })).toContainText('Open');
  }
  await page.mouse.move(0, 0);
  const first = (await heading.getByRole('article').boundingBox())!;
  const second = (await next.getByRole('article').boundingBox())!;
  const words = (await heading.locator('[data-block]').boundingBox())!;
  const after = (await next.locator('[data-block]').boundingBox())!;
  expect(Math.abs(first.y - words.y), "the heading's comment is level with it").toBeLessThanOrEqual(3);
  expect(first.height, 'the card is taller than the heading').toBeGreaterThan(words.height + 40);
  expect(second.y, 'the next comment comes below the first, not over it').toBeGreaterThanOrEqual(
    first.y + first.height,
  );
  expect(after.y - (words.y + words.height), 'the minutes keep their own spacing').toBeLessThanOrEqual(MOST_GAP);
  const m = await measure(page);
  expect(Math.max(...m.gaps)).toBeLessThanOrEqual(MOST_GAP);
});
