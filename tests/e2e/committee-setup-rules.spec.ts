// Committee setup refuses what would make the committee wrong, at the field and in words: a
// political group listed twice, a second Chair, a name of spaces only, the same person twice.
// A committee stored with duplicate groups by an older version still opens and can be edited.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE, SAMPLE_DIR, preparing } from './fixtures';
import { apiCall, openRoute } from './helpers';
import type { Committee } from '$shared/domain';

test.describe.configure({ timeout: 90_000 });

const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function committee(page: Page, committeeId: string): Promise<Committee> {
  return (await apiCall(page, 'committees:get', { committeeId })).value as Committee;
}

async function newCommittee(page: Page, devHost: Parameters<typeof openRoute>[1]): Promise<string> {
  await openRoute(page, devHost, '#/');
  await page.getByRole('button', { name: 'New committee' }).click();
  await page.getByLabel('Committee name').fill('Health Scrutiny Committee');
  await page.getByLabel('Authority').fill('London Borough of Testing');
  await page.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Health Scrutiny Committee' })).toBeVisible();
  const committeeId = decodeURIComponent(page.url().split('/').pop()!);
  await openRoute(page, devHost, `#/committees/${committeeId}/setup`);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Health Scrutiny Committee' })).toBeVisible();
  return committeeId;
}

async function addMember(
  page: Page,
  fields: { name: string; group?: string; role: string; from: string },
): Promise<Locator> {
  const s = section(page, 'Members');
  await s.getByRole('button', { name: 'Add a member' }).click();
  await s.getByLabel('Name', { exact: true }).fill(fields.name);
  if (fields.group) await s.getByLabel('Political group').selectOption(fields.group);
  await s.getByLabel('Role', { exact: true }).selectOption({ label: fields.role });
  await s.getByLabel('Member from').fill(fields.from);
  await s.getByRole('button', { name: 'Save member' }).click();
  return s;
}

test('a political group listed twice is refused at the repeated entry, and members can still be added', async ({
  app,
  devHost,
}) => {
  const committeeId = await newCommittee(app, devHost);
  const groups = section(app, 'Political groups');
  for (const name of ['Labour', 'Conservative', 'labour ']) {
    await groups.getByRole('button', { name: 'Add a group' }).click();
    await app.keyboard.type(name);
  }
  await groups.getByRole('button', { name: 'Save groups' }).click();
  await expect(groups.getByRole('alert')).toHaveText(
    'Labour is already group 1; list each group once (capitals and spaces do not make another group)',
  );
  await expect(groups.getByRole('status')).toHaveText('');
  // The message is under the third entry, the one to change.
  await expect(groups.locator('li').nth(2).getByRole('alert')).toBeVisible();
  expect((await committee(app, committeeId)).groups).toEqual([]);

  await groups.getByRole('button', { name: 'Remove group 3' }).click();
  await groups.getByRole('button', { name: 'Save groups' }).click();
  await expect(groups.getByRole('status')).toHaveText('Political groups: saved.');

  const members = await addMember(app, { name: 'Ann Smith', group: 'Labour', role: 'Chair', from: '2016-05-01' });
  await expect(members.getByText('Councillor Ann Smith', { exact: true })).toBeVisible();
});

test('a second Chair added with a seat is refused in the words Change role gives; so is a blank name and the same person twice', async ({
  app,
  devHost,
}) => {
  const committeeId = await newCommittee(app, devHost);
  const groups = section(app, 'Political groups');
  await groups.getByRole('button', { name: 'Add a group' }).click();
  await app.keyboard.type('Labour');
  await groups.getByRole('button', { name: 'Save groups' }).click();
  await expect(groups.getByRole('status')).toHaveText('Political groups: saved.');

  let members = await addMember(app, { name: 'Ann Smith', group: 'Labour', role: 'Chair', from: '2016-05-01' });
  await expect(members.getByText('Councillor Ann Smith', { exact: true })).toBeVisible();

  members = await addMember(app, { name: 'Carol White', group: 'Labour', role: 'Chair', from: '2016-05-01' });
  await expect(members.getByRole('alert')).toHaveText('Ann Smith is Chair since 1 May 2016; end that seat first');

  await members.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
  await members.getByLabel('Name', { exact: true }).fill('   ');
  await members.getByRole('button', { name: 'Save member' }).click();
  await expect(members.getByRole('alert')).toHaveText('a person needs a name');

  await members.getByLabel('Name', { exact: true }).fill(' ann  smith ');
  await members.getByRole('button', { name: 'Save member' }).click();
  await expect(members.getByRole('alert')).toHaveText(
    'Ann Smith (Labour) is already on this committee as a councillor; edit that entry rather than adding them again',
  );

  await members.getByLabel('Name', { exact: true }).fill('  Carol White ');
  await members.getByRole('button', { name: 'Save member' }).click();
  await expect(members.getByText('Councillor Carol White', { exact: true })).toBeVisible();

  const c = await committee(app, committeeId);
  expect(c.people.map((p) => p.name)).toEqual(['Ann Smith', 'Carol White']);
  expect(c.memberships.map((m) => m.role)).toEqual(['chair', 'member']);
  await expect(members.getByRole('button', { name: 'Edit Ann Smith', exact: true })).toHaveCount(1);
});

test('a committee whose name and authority are only spaces is refused at the fields', async ({ app, devHost }) => {
  await openRoute(app, devHost, '#/');
  await app.getByRole('button', { name: 'New committee' }).click();
  await app.getByLabel('Committee name').fill('   ');
  await app.getByLabel('Authority').fill('   ');
  await app.getByRole('button', { name: 'Create committee' }).click();
  await expect(app.getByText('the committee needs a name')).toBeVisible();
  await expect(app.getByText('the authority is needed')).toBeVisible();
  const list = (await apiCall(app, 'committees:list', {})).value as { name: string }[];
  expect(list.map((c) => c.name)).toEqual([SAMPLE.committee]);
});

test.describe('a committee stored with a political group twice (by an older version)', () => {
  test.use({
    seed: 'empty',
    prepareData: preparing(async (dataDir) => {
      const file = JSON.parse(await readFile(join(SAMPLE_DIR, 'committees.json'), 'utf8')) as {
        committees: Committee[];
      };
      file.committees[0]!.groups = ['Administration', 'Opposition', 'Administration'];
      await writeFile(join(dataDir, 'committees.json'), JSON.stringify(file, null, 2));
    }),
  });

  test('still opens: "Add a member" and "Edit" open their forms, and the front sheet lists the group once', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
    const members = section(app, 'Members');
    await members.getByRole('button', { name: 'Add a member' }).click();
    await expect(members.getByLabel('Political group').locator('option')).toHaveText([
      'No group',
      'Administration',
      'Opposition',
    ]);
    await members.getByRole('button', { name: 'Cancel' }).click();
    await members.getByRole('button', { name: 'Edit Caroline Needham', exact: true }).click();
    await expect(members.getByLabel('Political group')).toHaveValue('Administration');
    await members.getByRole('button', { name: 'Save person' }).click();
    await expect(members.getByRole('button', { name: 'Edit Caroline Needham', exact: true })).toBeVisible();

    const meeting = (await apiCall(app, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2016-11-21' }))
      .value as { id: string };
    await openRoute(app, devHost, `#/meetings/${meeting.id}/agenda`);
    const sheet = section(app, 'Membership on Monday 21 November 2016');
    await expect(sheet.getByRole('list', { name: 'Administration' })).toHaveCount(1);
    await expect(sheet.getByRole('list', { name: 'Administration' })).toContainText(
      'Councillor Caroline Needham (Chair)',
    );
  });
});
