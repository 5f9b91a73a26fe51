// The person form's "Known as" and "Role as co-optee": shown with what is stored, refused at the
// field in words, saved, and summed up in the person's row; the form passes axe in both schemes.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Committee, Person } from '$shared/domain';

test.describe.configure({ timeout: 90_000 });

async function jenkins(page: Page): Promise<Person> {
  const c = (await apiCall(page, 'committees:get', { committeeId: SAMPLE.committeeId })).value as Committee;
  return c.people.find((p) => p.name === 'Matthew Jenkins')!;
}

async function openJenkins(page: Page, devHost: Parameters<typeof openRoute>[1]) {
  await openRoute(page, devHost, `#/committees/${SAMPLE.committeeId}`);
  const people = page.getByRole('region', { name: 'People', exact: true });
  await people.getByRole('button', { name: 'Edit Matthew Jenkins' }).click();
  return people;
}

test('a person\'s "known as" name and role as co-optee are edited, checked and saved', async ({ app, devHost }) => {
  const people = await openJenkins(app, devHost);
  const knownAs = people.getByLabel('Known as (optional)');
  const role = people.getByLabel('Role as co-optee (optional)');
  await expect(knownAs).toHaveValue('Matt Jenkins');
  await expect(role).toHaveValue('Teacher Representative');

  // The name itself is refused at the field, in words, and nothing is saved.
  await knownAs.fill('Matthew Jenkins');
  await people.getByRole('button', { name: 'Save person' }).click();
  await expect(people.getByRole('alert').first()).toContainText('"Known as" is the same as the name');
  await expect(knownAs).toHaveAttribute('aria-invalid', 'true');
  expect((await jenkins(app)).knownAs).toBe('Matt Jenkins');

  await knownAs.fill('Matty Jenkins');
  await role.fill('Teacher Representative (Secondary)');
  await people.getByRole('button', { name: 'Save person' }).click();
  await expect(people.getByRole('row').filter({ hasText: 'known as Matty Jenkins' })).toContainText(
    'co-opted as Teacher Representative (Secondary)',
  );
  expect(await jenkins(app)).toMatchObject({
    knownAs: 'Matty Jenkins',
    coOpteeRole: 'Teacher Representative (Secondary)',
  });
  // His seat (he is a member of the public who became a co-optee) is still there.
  const c = (await apiCall(app, 'committees:get', { committeeId: SAMPLE.committeeId })).value as Committee;
  const id = (await jenkins(app)).id;
  expect(c.memberships.some((m) => m.personId === id)).toBe(true);
});

test('a councillor has no "role as co-optee" field', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
  const people = app.getByRole('region', { name: 'People', exact: true });
  await people.getByRole('button', { name: 'Edit Caroline Needham' }).click();
  await expect(people.getByLabel('Known as (optional)')).toBeVisible();
  await expect(people.getByLabel('Role as co-optee (optional)')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the person form with its new fields passes axe in the ${colorScheme} colour scheme`, async ({
    app,
    devHost,
  }) => {
    await app.emulateMedia({ colorScheme });
    const people = await openJenkins(app, devHost);
    await expect(people.getByLabel('Known as (optional)')).toBeVisible();
    await expectNoAxeViolations(app, 'person form');
    for (const [w, h] of [
      [1280, 720],
      [1366, 768],
    ] as const) {
      await app.setViewportSize({ width: w, height: h });
      await people.getByLabel('Known as (optional)').scrollIntoViewIfNeeded();
      await app.screenshot({ path: `test-results/person-known-as-${colorScheme}-${w}.png` });
    }
  });
}
