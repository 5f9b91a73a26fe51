// Committee setup defects, as the coordinator meets them: a contact's telephone and e-mail are
// checked at the field; refusals are in plain words at the field; the focus is not dropped on
// <body> when a form opens, a save fails or succeeds, the items are renumbered or the front
// sheet is exported.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

test.describe.configure({ timeout: 120_000 });

const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

test('new committee: focus on the first field, a refused save focuses the field, contacts are checked', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, '#/');
  await app.getByRole('button', { name: 'New committee' }).click();
  await expect(app.getByLabel('Committee name')).toBeFocused();

  await app.getByRole('button', { name: 'Create committee' }).click();
  await expect(app.getByLabel('Committee name')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByLabel('Committee name')).toBeFocused();

  await app.getByLabel('Committee name').fill('Health Scrutiny Committee');
  await app.getByLabel('Authority').fill('London Borough of Testing');
  const agendaContact = app.getByRole('group', { name: 'Agenda contact' });
  await agendaContact.getByLabel('Name').fill('Bob Nobody');
  await agendaContact.getByLabel('Telephone').fill('not a phone!!');
  await agendaContact.getByLabel('E-mail').fill('bob@@nowhere');
  await app.getByRole('button', { name: 'Create committee' }).click();
  await expect(agendaContact.getByText('A telephone number has digits, spaces and + ( ) - only')).toBeVisible();
  await expect(agendaContact.getByText('Enter an e-mail address like name@council.gov.uk')).toBeVisible();
  await expect(agendaContact.getByLabel('Telephone')).toBeFocused();

  await agendaContact.getByLabel('Telephone').fill('020 7946 0000');
  await agendaContact.getByLabel('E-mail').fill('');
  await app.getByRole('button', { name: 'Create committee' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Health Scrutiny Committee' })).toBeVisible();
});

test('setup: plain words at the field, and the focus where it belongs after each save', async ({ app, devHost }) => {
  await openRoute(app, devHost, '#/');
  const r = await apiCall(app, 'committees:create', {
    authority: 'London Borough of Testing',
    name: 'Health Scrutiny Committee',
  });
  const committeeId = (r.value as { id: string }).id;
  await openRoute(app, devHost, `#/committees/${encodeURIComponent(committeeId)}/setup`);
  await expect(app.getByRole('heading', { level: 1, name: 'Set up Health Scrutiny Committee' })).toBeVisible();

  // Quorum 0: words at the field, and the focus on it.
  const details = section(app, 'Committee details');
  await details.getByLabel('Quorum').fill('0');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByText('A quorum is at least 1')).toBeVisible();
  await expect(details.getByLabel('Quorum')).toBeFocused();

  // Report deadline: -5, 2.5 and nothing are each one plain sentence.
  const style = section(app, 'House style');
  const deadline = style.getByLabel('Report deadline (days before the meeting)');
  for (const typed of ['-5', '2.5', '']) {
    await deadline.fill(typed);
    await style.getByRole('button', { name: 'Save house style' }).click();
    await expect(style.getByText('Enter a whole number of days, 0 or more')).toBeVisible();
    await expect(style.getByText(/Too small|Invalid input|expected/)).toHaveCount(0);
    await expect(deadline).toBeFocused();
  }

  // A blank standard item: the title field says so.
  const standard = section(app, 'Standard items');
  await standard.getByRole('button', { name: 'Add a standard item' }).click();
  await standard.getByRole('button', { name: 'Save standard items' }).click();
  await expect(standard.getByText("Enter the item's title")).toBeVisible();
  await expect(standard.getByText(/Invalid input|setStandardItems|Too small/)).toHaveCount(0);
  await expect(standard.getByRole('textbox', { name: /Title of standard item/ }).last()).toBeFocused();

  // Contacts: a telephone and an e-mail that are not.
  const contacts = section(app, 'Contacts');
  const agendaContact = contacts.getByRole('group', { name: 'Agenda contact' });
  await agendaContact.getByLabel('Telephone').fill('not a phone!!');
  await agendaContact.getByLabel('E-mail').fill('bob@@nowhere');
  await contacts.getByRole('button', { name: 'Save contacts' }).click();
  await expect(agendaContact.getByText('A telephone number has digits, spaces and + ( ) - only')).toBeVisible();
  await expect(agendaContact.getByText('Enter an e-mail address like name@council.gov.uk')).toBeVisible();

  // A save that works keeps the focus on its button.
  const groups = section(app, 'Political groups');
  await groups.getByRole('button', { name: 'Add a group' }).click();
  await app.keyboard.type('Labour');
  await groups.getByRole('button', { name: 'Save groups' }).click();
  await expect(groups.getByRole('status')).toHaveText('Political groups: saved.');
  await expect(groups.getByRole('button', { name: 'Save groups' })).toBeFocused();

  // Standing notes: no other council's web address.
  const notes = section(app, 'Agenda standing notes');
  await expect(notes.getByLabel('Note 1')).toHaveValue(/\[to be completed\]/);
  await expect(notes.getByLabel('Note 1')).not.toHaveValue(/lbhf/);
});

test('meetings: the form takes the focus when opened; an emptied date says "Enter a date"', async ({
  app,
  devHost,
}) => {
  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
  await app.getByRole('button', { name: 'New meeting' }).click();
  const date = app.getByLabel('Date', { exact: true });
  await expect(date).toBeFocused();
  await date.fill('');
  await app.getByRole('button', { name: 'Create meeting' }).click();
  await expect(app.getByText('Enter a date', { exact: true })).toBeVisible();
  await expect(app.getByText(/YYYY-MM-DD/)).toHaveCount(0);
  await expect(date).toBeFocused();

  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
  await app.getByRole('button', { name: 'Edit details' }).click();
  await expect(app.getByLabel('Date', { exact: true })).toBeFocused();
});

test('agenda: the focus stays after renumbering and exporting the front sheet', async ({ app, devHost }) => {
  await openRoute(app, devHost, '#/');
  const r = await apiCall(app, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2016-11-21' });
  const meetingId = (r.value as { id: string }).id;
  // Moves in the builder renumber as they go; numbers out of order come from elsewhere (an older file, the API).
  const second = (r.value as { agenda: { id: string }[] }).agenda[1]!.id;
  expect(
    (await apiCall(app, 'agenda:moveItem', { meetingId, itemId: second, toIndex: 0, withSubItems: true })).ok,
  ).toBe(true);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  await expect(app.getByRole('heading', { level: 1, name: 'Agenda: Monday 21 November 2016' })).toBeVisible();

  await expect(app.getByText('The numbers no longer follow the order')).toBeVisible();
  await app.getByRole('button', { name: 'Renumber items' }).click();
  await expect(app.locator('#renumber-status')).toBeFocused();
  await expect(app.locator('#renumber-status')).toHaveText('The items are numbered in order.');

  const exportButton = app.getByRole('button', { name: 'Export the front sheet (Word)' });
  const download = app.waitForEvent('download');
  await exportButton.click();
  await download;
  await expect(app.getByText(/^Exported /)).toBeVisible();
  await expect(exportButton).toBeFocused();
});
