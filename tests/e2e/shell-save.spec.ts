// The save indicator says "Saved" only on the store's own word, and the banner names damaged files.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, preparing, SAMPLE, SAMPLE_DIR } from './fixtures';
import { holdResponses, isChannel, openRoute } from './helpers';

const meetingFile = (dataDir: string) => join(dataDir, 'meetings', `${SAMPLE.meetingId}.json`);

test.describe('the save indicator', () => {
  test('says "Saving…" until the store has answered, then "Saved"', async ({ app, devHost, dataDir }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
    const indicator = app.getByRole('status');
    await expect(indicator).toHaveText('');

    const gate = holdResponses(app, 'meeting:updateDetails');
    await gate.install();
    await app.getByRole('button', { name: 'Edit details' }).click();
    await app.getByLabel('Venue').fill('Council Chamber');
    await app.getByRole('button', { name: 'Save details' }).click();

    await expect.poll(gate.requests).toBe(1);
    // The store has written the change, but its answer has not reached the page: no "Saved" yet.
    await expect
      .poll(async () => JSON.parse(await readFile(meetingFile(dataDir), 'utf8')).venue)
      .toBe('Council Chamber');
    await expect(indicator).toHaveText('Saving…');
    gate.release();
    await expect(indicator).toHaveText('Saved');
    await expect(app.getByText('7.00 pm · Council Chamber · Ended')).toBeVisible();
  });

  test('says "Not saved" with the reason while the store cannot write, and "Saved" once it has', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
    const reason = 'no space left on the disk (ENOSPC)';
    // The store answers that the edit is held in memory, not on disk (as when the disk is full) ...
    await app.route(isChannel('meeting:updateDetails'), async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({
        response,
        json: { ok: true, value: { ...body.value, saved: false, saveError: `not saved: ${reason}` } },
      });
    });
    // ... and store:status reports it unsaved twice before the retry succeeds.
    let statusCalls = 0;
    await app.route(isChannel('store:status'), async (route) => {
      statusCalls++;
      if (statusCalls > 2) return route.continue();
      await route.fulfill({
        json: {
          ok: true,
          value: {
            problems: [],
            unsaved: [{ meetingId: SAMPLE.meetingId, revision: 99, savedRevision: 98, error: `not saved: ${reason}` }],
          },
        },
      });
    });
    await app.getByRole('button', { name: 'Edit details' }).click();
    await app.getByLabel('Venue').fill('Council Chamber');
    await app.getByRole('button', { name: 'Save details' }).click();

    const indicator = app.getByRole('status');
    await expect(indicator).toHaveText(`Not saved: ${reason}`);
    await expect.poll(() => statusCalls).toBeGreaterThanOrEqual(2);
    await expect(indicator).toHaveText(`Not saved: ${reason}`);
    await expect(indicator).toHaveText('Saved', { timeout: 10_000 });
    expect(statusCalls).toBeGreaterThanOrEqual(3);
  });

  test('says "Not saved" when a committee change could not be written, and the form says why', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
    await app.route(isChannel('committees:update'), (route) =>
      route.fulfill({
        json: { ok: false, error: { code: 'NOT_SAVED', message: 'The change was not saved: the disk is full' } },
      }),
    );
    await app.getByRole('button', { name: 'Edit committee' }).click();
    await app.getByLabel('Short name').fill('CEPAC 2');
    await app.getByRole('button', { name: 'Save committee' }).click();
    await expect(app.getByRole('status')).toHaveText('Not saved: the disk is full');
    await expect(app.getByRole('region', { name: 'Edit committee' }).getByRole('alert')).toHaveText(
      'The change was not saved: the disk is full',
    );
  });

  test('a refused edit (invalid input) does not claim anything new was saved', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
    await app.getByRole('button', { name: 'Edit details' }).click();
    await app.getByLabel('Start time').fill('');
    await app.getByRole('button', { name: 'Save details' }).click();
    await expect(app.getByLabel('Start time')).toHaveAccessibleDescription('Enter a time');
    await expect(app.getByRole('status')).toHaveText('');
  });
});

test.describe('a damaged data file', () => {
  test.use({
    prepareData: preparing(async (dataDir: string) => {
      await mkdir(join(dataDir, 'meetings'), { recursive: true });
      await copyFile(join(SAMPLE_DIR, 'committees.json'), join(dataDir, 'committees.json'));
      const good = await readFile(join(SAMPLE_DIR, 'meetings', `${SAMPLE.meetingId}.json`), 'utf8');
      // A good backup of the meeting, then the meeting file cut short, as by a failing disk.
      const backups = join(dataDir, 'backups', 'meetings', SAMPLE.meetingId);
      await mkdir(backups, { recursive: true });
      await writeFile(join(backups, '2016-09-19T20-00-00-000Z-r1-start.json'), good);
      await writeFile(meetingFile(dataDir), good.slice(0, 200));
    }),
  });

  test('is named in a banner with its backup, and left untouched', async ({ app, dataDir }) => {
    const banner = app.getByRole('region', { name: 'Some data could not be read' });
    await expect(banner).toContainText(meetingFile(dataDir));
    await expect(banner).toContainText(
      join(dataDir, 'backups', 'meetings', SAMPLE.meetingId, '2016-09-19T20-00-00-000Z-r1-start.json'),
    );
    await app.getByRole('link', { name: SAMPLE.committee }).click();
    await expect(app.getByRole('region', { name: 'Meetings' }).getByText('No meetings yet.')).toBeVisible();
    expect((await readFile(meetingFile(dataDir), 'utf8')).length).toBe(200);
  });
});

test('a fresh data folder says once that it holds the sample, and the notice can be dismissed', async ({ app }) => {
  const notices = app.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('it starts with the sample committee');
  await notices.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notices).toBeHidden();
  await expect(app.getByRole('region', { name: 'Some data could not be read' })).toHaveCount(0);
});
