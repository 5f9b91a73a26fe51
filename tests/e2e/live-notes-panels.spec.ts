// Typing publishes nothing but the paragraph typed into (the hot path). Leaving the notes for
// another panel and coming back must still show the text typed, and typing on must not write
// the older text back over it.
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

const ITEM_5 = 'dac1bd91-e0af-4593-8103-0753350b1479';
type StoredParagraph = { itemId: string; content: { t: string; text?: string }[] };
const textOf = (p: StoredParagraph) => p.content.map((r) => r.text ?? '@').join('');

for (const [away, back] of [
  ['Alt+T', 'Alt+I'],
  ['Alt+L', 'Alt+I'],
  ['Alt+N', 'Alt+P'],
] as const) {
  test(`text typed just before ${away} is there after ${back}, and typing on keeps it`, async ({
    app: page,
    devHost,
  }) => {
    await page.goto(liveUrl(devHost, SAMPLE.meetingId));
    await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
    const before = await storedMeeting(page, SAMPLE.meetingId);
    const last = (m: typeof before) => (m.notes as StoredParagraph[]).filter((p) => p.itemId === ITEM_5).at(-1)!;
    const original = textOf(last(before));

    await goToItem(page, '5');
    const paragraph = page.getByRole('textbox', { name: /^Paragraph \d+ of item 5$/ }).last();
    await expect(paragraph).toBeFocused();
    await page.keyboard.type(' Typed before leaving.');
    await page.keyboard.press(away);
    await expect(paragraph).toBeHidden();
    await page.keyboard.press(back);
    await expect(paragraph).toContainText(`${original.slice(-20)} Typed before leaving.`);

    await paragraph.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' And after.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    expect(textOf(last(await storedMeeting(page, SAMPLE.meetingId)))).toBe(
      `${original} Typed before leaving. And after.`,
    );
  });
}
