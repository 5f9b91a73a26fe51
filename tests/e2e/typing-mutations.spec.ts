// The live console's typing stays close to the browser's own: each keystroke in a paragraph
// changes the page by a handful of DOM mutations at most (a MutationObserver over the whole page
// counts them), not a re-render of the paragraph, the item or the list. Not timed: the timing is
// in bench/typing.bench.ts.
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const TYPED = ' Members asked about funding pressures and recruitment.';
const MAX_PER_KEY = 5;

test('typing into a paragraph changes the DOM by at most five mutation records a keystroke', async ({
  app: page,
  devHost,
}) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  await goToItem(page, '5');
  const paragraph = page.getByRole('textbox', { name: /^Paragraph \d+ of item 5$/ }).last();
  await expect(paragraph).toBeFocused();
  await page.keyboard.press('End');

  await page.evaluate(() => {
    const w = window as unknown as { mutationRecords: number; mutationObserver: MutationObserver };
    w.mutationRecords = 0;
    w.mutationObserver = new MutationObserver((records) => (w.mutationRecords += records.length));
    w.mutationObserver.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.keyboard.type(TYPED, { delay: 40 });
  await expect(paragraph).toContainText(TYPED.trim());
  await expect(page.getByRole('status')).toHaveText('Saved');
  const records = await page.evaluate(() => {
    const w = window as unknown as { mutationRecords: number; mutationObserver: MutationObserver };
    w.mutationObserver.disconnect();
    return w.mutationRecords;
  });

  // The observer saw the typing (at least a record a key), and no more than the limit a key.
  expect(records).toBeGreaterThanOrEqual(TYPED.length);
  expect(records / TYPED.length).toBeLessThanOrEqual(MAX_PER_KEY);
  const stored = await storedMeeting(page, SAMPLE.meetingId);
  const text = (stored.notes as { content: { text?: string }[] }[]).map((p) =>
    p.content.map((r) => r.text ?? '').join(''),
  );
  expect(text.some((t) => t.endsWith(TYPED.trim()))).toBe(true);
});
