// How the live console's saves reach the dev host: over the command socket once it is open (a
// fetch per save costs the page's main thread several times more), and by fetch whenever the
// socket cannot be had. Either way every word typed is on disk and "Saved" is the store's word.
import type { Page } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, storedMeeting } from './live-keys';
import { isChannel } from './helpers';

const ITEM_5 = 'dac1bd91-e0af-4593-8103-0753350b1479';
const TYPED = ' Members asked how many schools had taken part, and officers undertook to circulate the figures.';

type Stored = { notes: { itemId: string; content: { t: string; text?: string }[] }[] };
const lastOf5 = (m: Stored) =>
  m.notes
    .filter((p) => p.itemId === ITEM_5)
    .at(-1)!
    .content.map((r) => r.text ?? '@')
    .join('');

/** Types into item 5's last paragraph in small bursts (so there are several saves) and waits for "Saved". */
async function typeIntoItem5(page: Page, devHost: DevHost): Promise<{ before: string; fetches: () => number }> {
  let fetches = 0;
  page.on('request', (r) => {
    if (isChannel('notes:updateParagraph')(new URL(r.url()))) fetches++;
  });
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  const before = lastOf5((await storedMeeting(page, SAMPLE.meetingId)) as Stored);
  await goToItem(page, '5');
  await expect(page.getByRole('textbox', { name: /^Paragraph \d+ of item 5$/ }).last()).toBeFocused();
  for (const word of TYPED.match(/\s*\S+/g)!) {
    await page.keyboard.type(word, { delay: 15 });
    await page.waitForTimeout(120); // past the 100 ms a keystroke may wait: a save each word
  }
  await expect(page.getByRole('status')).toHaveText('Saved');
  return { before, fetches: () => fetches };
}

test('typing is saved over the command socket, not by a fetch per save', async ({ app: page, devHost }) => {
  let saves = 0;
  const handler = devHost.opened.router.get('notes:updateParagraph')!;
  devHost.opened.router.set('notes:updateParagraph', (input, sender) => {
    saves++;
    return handler(input, sender);
  });
  const { before, fetches } = await typeIntoItem5(page, devHost);

  expect(lastOf5((await storedMeeting(page, SAMPLE.meetingId)) as Stored)).toBe(before + TYPED);
  expect(saves, 'saves that reached the store').toBeGreaterThanOrEqual(8);
  // At most the first save goes by fetch, while the socket is still opening.
  expect(fetches(), 'saves sent by fetch').toBeLessThanOrEqual(1);
});

test('typing is saved by fetch when the command socket cannot be had', async ({ app: page, devHost }) => {
  // The socket's worker does not load (a policy, a damaged install): every save goes by fetch.
  let workerRequests = 0;
  await page.context().route(/command-socket\.worker-[^/]*\.js$/, (route) => {
    workerRequests++;
    return route.abort();
  });
  const { before, fetches } = await typeIntoItem5(page, devHost);

  expect(lastOf5((await storedMeeting(page, SAMPLE.meetingId)) as Stored)).toBe(before + TYPED);
  expect(workerRequests, 'the worker was asked for').toBeGreaterThanOrEqual(1);
  expect(fetches(), 'saves sent by fetch').toBeGreaterThanOrEqual(8);
});
