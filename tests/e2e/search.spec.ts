// Search across meetings: the header's box (Ctrl+K) over a generated history of committees and
// meetings; a result opens its meeting and lands on the paragraph found, scrolled to and focused.
import { test, expect, preparing } from './fixtures';
import { generateHistory, writeHistory } from '../../bench/history-generator';

const MEETING = 'history-meeting-0007';
/** Far enough down the meeting's notes that landing on it needs a scroll. */
const PARAGRAPH = `${MEETING}-p18`;

test.use({
  seed: 'empty',
  prepareData: preparing(async (dataDir) => {
    const history = generateHistory({ meetings: 24, wordsPerMeeting: 3000 });
    const meeting = history.meetings.find((m) => m.id === MEETING)!;
    const paragraph = meeting.notes.find((p) => p.id === PARAGRAPH)!;
    paragraph.content = [
      ...paragraph.content,
      { t: 'text', text: ' The Hurlingham tram proposal was deferred to the next meeting.' },
    ];
    writeHistory(dataDir, history);
  }),
});

test('search, open a result, land on its paragraph', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await app.keyboard.press('Control+k');
  const box = app.getByRole('searchbox', { name: 'Search all meetings' });
  await expect(box).toBeFocused();
  await box.fill('hurlingham TRAM');
  await box.press('Enter');

  await expect(app).toHaveURL(/#\/search\/hurlingham%20TRAM$/);
  // The first search builds the index on a worker thread: on a busy machine that takes a while.
  await expect(app.getByText('1 result from 1 meeting, best first.')).toBeVisible({ timeout: 30_000 });
  const hit = app.getByTestId('search-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(['Hurlingham', 'tram']);

  await hit.click();
  await expect(app).toHaveURL(new RegExp(`#/meetings/${MEETING}$`));
  const landed = app.locator(`[data-search-target="${PARAGRAPH}"]`);
  await expect(landed).toBeFocused();
  await expect(landed).toContainText('The Hurlingham tram proposal was deferred');
  await expect(landed).toBeInViewport();
  await expect(landed).toHaveClass(/search-landed/);
});

test('filters narrow the results, and a bad query is refused in words', async ({ app }) => {
  await app.keyboard.press('Control+k');
  const box = app.getByRole('searchbox', { name: 'Search all meetings' });
  await box.fill('school meals');
  await box.press('Enter');
  await expect(app.getByText(/results? from \d+ meetings?, best first\./)).toBeVisible({ timeout: 30_000 });

  await app.getByRole('checkbox', { name: 'Resolutions' }).check();
  await expect(app.getByText(/Nothing found for “school meals”/)).toBeVisible();
  await app.getByRole('checkbox', { name: 'Resolutions' }).uncheck();
  await app.getByRole('checkbox', { name: 'Actions' }).check();
  await expect(app.getByTestId('search-hit').first()).toBeVisible();
  for (const kind of await app.locator('.hit-kind').allTextContents()) expect(kind).toBe('Action');

  await box.fill('.*[(');
  await box.press('Enter');
  await expect(app.getByRole('alert')).toHaveText(
    'There are no words to search for: type a word or a name (punctuation alone finds nothing).',
  );
});
