// axe finds nothing on any screen or dialog, in the light and the dark colour scheme; and the
// CSP check every test runs (in the app fixture) is itself shown to catch a violation.
import { test, expect, SAMPLE } from './fixtures';
import { expectNoAxeViolations, openRoute } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the committees list, with the new committee form showing an error', async ({ app }) => {
      expect(await app.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      await expect(app.getByRole('link', { name: SAMPLE.committee })).toBeVisible();
      await app.getByRole('button', { name: 'New committee' }).click();
      await app.getByRole('button', { name: 'Create committee' }).click();
      // Each field says its own problem.
      await expect(app.getByLabel('Committee name')).toHaveAccessibleDescription('the committee needs a name');
      await expect(app.getByRole('alert').filter({ hasText: 'the committee needs a name' })).toBeVisible();
      await expectNoAxeViolations(app, 'the committees list');
    });

    test('the committee, with its person and meeting forms open', async ({ app, devHost }) => {
      await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
      await expect(app.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
      await app.getByRole('button', { name: 'Add a person' }).click();
      await app.getByLabel('Has a seat on this committee').check();
      await app.getByRole('button', { name: 'New meeting' }).click();
      await expectNoAxeViolations(app, 'the committee');
    });

    test('the delete dialog, showing why it could not delete', async ({ app, devHost }) => {
      await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
      await app.getByRole('button', { name: 'Delete Fiona Phelps' }).click();
      const dialog = app.getByRole('dialog', { name: 'Delete Fiona Phelps?' });
      await dialog.getByRole('button', { name: 'Delete person' }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(app, 'the delete dialog');
    });

    test('the meeting, with its details form open, and its delete dialog', async ({ app, devHost }) => {
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
      await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
      await app.getByRole('button', { name: 'Edit details' }).click();
      await expectNoAxeViolations(app, 'the meeting');
      await app.getByRole('button', { name: 'Delete meeting' }).click();
      await expect(app.getByRole('dialog', { name: `Delete the meeting of ${SAMPLE.meetingDate}?` })).toBeVisible();
      await expectNoAxeViolations(app, 'the delete meeting dialog');
    });
  });
}

test('the CSP check catches a violation (so its silence in every other test means something)', async ({
  page,
  devHost,
  cspViolations,
}) => {
  await page.goto(devHost.url);
  await expect(page.getByRole('link', { name: 'Scrutineer' })).toBeVisible();
  expect(await cspViolations()).toEqual([]);
  // An inline style attribute is exactly what the policy forbids.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await expect.poll(async () => (await cspViolations()).length).toBeGreaterThan(0);
  expect((await cspViolations()).join('\n')).toMatch(/style-src/);
});

test('the axe check catches violations and says where (so its silence on every screen means something)', async ({
  app,
}) => {
  await expectNoAxeViolations(app, 'the committees list');
  // Grey text on a grey background, an unnamed button and an image without a text alternative.
  // (Styles through the CSSOM: the CSP forbids only style attributes in markup.)
  await app.evaluate(() => {
    const main = document.querySelector('main')!;
    const pale = document.createElement('p');
    pale.id = 'planted-pale';
    pale.textContent = 'Hardly legible';
    pale.style.color = '#777777';
    pale.style.backgroundColor = '#888888';
    const button = document.createElement('button');
    button.id = 'planted-button';
    const image = document.createElement('img');
    image.id = 'planted-image';
    main.append(pale, button, image);
  });
  const error = await expectNoAxeViolations(app, 'the planted page').then(
    () => null,
    (e: Error) => e.message,
  );
  expect(error).toMatch(/color-contrast \(serious\)[^]*#planted-pale/);
  expect(error).toMatch(/button-name \(critical\)[^]*#planted-button/);
  expect(error).toMatch(/image-alt \(critical\)[^]*#planted-image/);
});
