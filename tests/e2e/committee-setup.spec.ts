// Committee setup, end to end: a new committee is set up section by section, each saved to the
// store; then a member leaves, and a meeting held before they left still lists them while one
// held after does not.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Committee } from '$shared/domain';

test.describe.configure({ timeout: 120_000 });

const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function saveSection(page: Page, name: string, button: string): Promise<void> {
  await section(page, name).getByRole('button', { name: button }).click();
  await expect(section(page, name).getByRole('status')).toHaveText(`${name}: saved.`);
}

async function addSeat(
  page: Page,
  where: string,
  fields: { name: string; group?: string; body?: string; role: string; from: string },
): Promise<void> {
  const s = section(page, where);
  await s.getByRole('button', { name: where === 'Members' ? 'Add a member' : 'Add a co-optee' }).click();
  await s.getByLabel('Name', { exact: true }).fill(fields.name);
  if (fields.group) await s.getByLabel('Political group').selectOption(fields.group);
  if (fields.body) await s.getByLabel('Body represented').fill(fields.body);
  await s.getByLabel('Role', { exact: true }).selectOption({ label: fields.role });
  await s.getByLabel('Member from').fill(fields.from);
  await s.getByRole('button', { name: where === 'Members' ? 'Save member' : 'Save co-optee' }).click();
  await expect(s.getByText(fields.name, { exact: false }).first()).toBeVisible();
}

async function committee(page: Page, committeeId: string): Promise<Committee> {
  return (await apiCall(page, 'committees:get', { committeeId })).value as Committee;
}

test('set up a committee fully; a member who leaves still sits in the meetings before', async ({ app, devHost }) => {
  await openRoute(app, devHost, '#/');
  await app.getByRole('button', { name: 'New committee' }).click();
  await app.getByLabel('Committee name').fill('Health Scrutiny Committee');
  await app.getByLabel('Authority').fill('London Borough of Testing');
  await app.getByRole('button', { name: 'Create committee' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Health Scrutiny Committee' })).toBeVisible();
  const committeeId = decodeURIComponent(app.url().split('/').pop()!);
  await app.getByRole('link', { name: 'Set up the committee' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Set up Health Scrutiny Committee' })).toBeVisible();

  const details = section(app, 'Committee details');
  await details.getByLabel('Short name').fill('HSC');
  await details.getByLabel('Quorum').fill('4');
  await details.getByLabel('Usual venue').fill('Council Chamber, Town Hall');
  await details.getByLabel('Usual start time').fill('18:30');
  await saveSection(app, 'Committee details', 'Save details');

  const agendaContact = section(app, 'Contacts').getByRole('group', { name: 'Agenda contact' });
  await agendaContact.getByLabel('Name').fill('Grace Hopper');
  await agendaContact.getByLabel('Job title').fill('Scrutiny Manager');
  await agendaContact.getByLabel('Team').fill('Governance and Scrutiny');
  await agendaContact.getByLabel('Telephone').fill('020 7946 0000');
  await agendaContact.getByLabel('E-mail').fill('grace.hopper@example.gov.uk');
  await section(app, 'Contacts')
    .getByRole('group', { name: 'Minutes contact' })
    .getByLabel('Name')
    .fill('Ada Lovelace');
  await saveSection(app, 'Contacts', 'Save contacts');

  const groups = section(app, 'Political groups');
  for (const name of ['Labour', 'Conservative']) {
    await groups.getByRole('button', { name: 'Add a group' }).click();
    await app.keyboard.type(name);
  }
  await saveSection(app, 'Political groups', 'Save groups');

  await addSeat(app, 'Members', { name: 'Ann Smith', group: 'Labour', role: 'Chair', from: '2016-05-01' });
  await addSeat(app, 'Members', { name: 'Bob Jones', group: 'Conservative', role: 'Vice-Chair', from: '2016-05-01' });
  await addSeat(app, 'Members', { name: 'Carol White', group: 'Labour', role: 'Member', from: '2016-05-01' });
  await addSeat(app, 'Co-opted members', {
    name: 'Dan Brown',
    body: 'Parent Governor Representative',
    role: 'Member',
    from: '2016-05-01',
  });

  const roster = section(app, 'Officers and guests');
  await roster.getByRole('button', { name: 'Add an officer or guest' }).click();
  await roster.getByLabel('Name').fill('Eve Black');
  await roster.getByLabel('Job title or role').fill('Director of Public Health');
  await roster.getByRole('button', { name: 'Save person' }).click();
  await expect(roster.getByText('Director of Public Health')).toBeVisible();

  await section(app, 'Action owners').getByRole('button', { name: 'Add an owner' }).click();
  await app.keyboard.type('Public Health');
  await saveSection(app, 'Action owners', 'Save action owners');

  const standard = section(app, 'Standard items');
  await standard.getByRole('button', { name: 'Add a standard item' }).click();
  await app.keyboard.type('CALL-IN OF EXECUTIVE DECISIONS');
  await standard.getByRole('button', { name: 'Move up standard item 7', exact: true }).click();
  await saveSection(app, 'Standard items', 'Save standard items');

  await section(app, 'Agenda standing notes').getByLabel('Note 2').fill('Members of the public are welcome to attend.');
  await saveSection(app, 'Agenda standing notes', 'Save standing notes');

  await section(app, 'House style').getByLabel('Ordinal dates in sentences').check();
  await section(app, 'House style').getByLabel('Report deadline (days before the meeting)').fill('10');
  await saveSection(app, 'House style', 'Save house style');

  const c = await committee(app, committeeId);
  expect(c).toMatchObject({
    shortName: 'HSC',
    quorum: 4,
    defaultVenue: 'Council Chamber, Town Hall',
    defaultStartTime: '18:30',
    groups: ['Labour', 'Conservative'],
    actionOwners: ['Public Health'],
    agendaContact: {
      name: 'Grace Hopper',
      title: 'Scrutiny Manager',
      team: 'Governance and Scrutiny',
      phone: '020 7946 0000',
      email: 'grace.hopper@example.gov.uk',
    },
    minutesContact: { name: 'Ada Lovelace' },
    settings: { ordinalDates: true, chairDateLine: false, reportDeadlineDays: 10 },
  });
  expect(c.agendaNotes?.[1]).toBe('Members of the public are welcome to attend.');
  expect(c.standardItems.map((s) => s.title)).toEqual([
    'MINUTES',
    'APOLOGIES FOR ABSENCE',
    'DECLARATIONS OF INTEREST',
    'PUBLIC PARTICIPATION',
    'WORK PROGRAMME',
    'CALL-IN OF EXECUTIVE DECISIONS',
    'DATE OF NEXT MEETING',
  ]);
  expect(c.people.map((p) => `${p.kind} ${p.name} ${p.group || p.title}`)).toEqual([
    'councillor Ann Smith Labour',
    'councillor Bob Jones Conservative',
    'councillor Carol White Labour',
    'co-optee Dan Brown Parent Governor Representative',
    'officer Eve Black Director of Public Health',
  ]);

  // A meeting before Carol White leaves, and one after.
  const before = (await apiCall(app, 'meetings:create', { committeeId, date: '2016-11-21' })).value as { id: string };
  const after = (await apiCall(app, 'meetings:create', { committeeId, date: '2017-03-13' })).value as { id: string };

  const members = section(app, 'Members');
  await members.getByRole('button', { name: 'End membership of Carol White', exact: true }).click();
  await members.getByLabel('Left on').fill('2017-01-31');
  await members.getByRole('button', { name: 'End membership', exact: true }).click();
  await expect(members.getByText('Member from 1 May 2016 to 31 January 2017')).toBeVisible();
  const seat = (await committee(app, committeeId)).memberships.find((m) => m.personId === c.people[2]!.id)!;
  expect(seat).toMatchObject({ from: '2016-05-01', to: '2017-01-31' });

  await openRoute(app, devHost, `#/meetings/${before.id}/agenda`);
  const earlier = section(app, 'Membership on Monday 21 November 2016');
  await expect(earlier.getByRole('list', { name: 'Labour' })).toContainText('Councillor Ann Smith (Chair)');
  await expect(earlier.getByRole('list', { name: 'Labour' })).toContainText('Councillor Carol White');
  await expect(earlier.getByRole('list', { name: 'Co-optees' })).toContainText(
    'Dan Brown, Parent Governor Representative',
  );

  await openRoute(app, devHost, `#/meetings/${after.id}/agenda`);
  const later = section(app, 'Membership on Monday 13 March 2017');
  await expect(later.getByRole('list', { name: 'Labour' })).toContainText('Councillor Ann Smith (Chair)');
  await expect(later.getByRole('list', { name: 'Labour' })).not.toContainText('Carol White');
});

test('a change of role is dated: the Chair of the earlier meeting stays Chair there', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
  const members = section(app, 'Members');
  await members.getByRole('button', { name: "Change role of Alan De'Ath", exact: true }).click();
  await members.getByLabel('Role', { exact: true }).selectOption({ label: 'Chair' });
  await members.getByLabel('From', { exact: true }).fill('2017-05-20');
  await members.getByRole('button', { name: 'Save seat' }).click();
  // Caroline Needham chairs until then: the store says so, and nothing changed.
  await expect(members.getByRole('alert')).toContainText('Caroline Needham is Chair');
  await members.getByRole('button', { name: 'Cancel' }).click();
  await expect(members.getByText("Councillor Alan De'Ath", { exact: true })).toBeFocused();
  const c = await committee(app, SAMPLE.committeeId);
  const alan = c.people.find((p) => p.name === "Alan De'Ath")!;
  expect(c.memberships.filter((m) => m.personId === alan.id).map((m) => m.role)).toEqual(['member']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`committee setup passes axe in the ${colorScheme} colour scheme`, async ({ app, devHost }) => {
    await app.emulateMedia({ colorScheme });
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
    await expect(app.getByRole('heading', { level: 1, name: `Set up ${SAMPLE.committee}` })).toBeVisible();
    await section(app, 'Members')
      .getByRole('button', { name: 'End membership of Caroline Needham', exact: true })
      .click();
    await section(app, 'Co-opted members').getByRole('button', { name: 'Add a co-optee' }).click();
    await section(app, 'Committee details').getByLabel('Quorum').fill('none');
    await section(app, 'Committee details').getByRole('button', { name: 'Save details' }).click();
    await expect(section(app, 'Committee details').getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(app, 'committee setup');
  });
}
