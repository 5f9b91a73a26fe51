import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';

test.describe('with the sample committee', () => {
  test('the committees list leads to the sample committee, its people grouped, and its meeting', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Committees' })).toBeVisible();
    const list = app.getByRole('list', { name: 'Committees' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText(SAMPLE.authority);
    await list.getByRole('link', { name: SAMPLE.committee }).click();

    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
    await expect(app).toHaveURL(new RegExp(`#/committees/${SAMPLE.committeeId}$`));
    // The people, a table a group: name, role, seat.
    const rows = (group: string) =>
      app
        .getByRole('table', { name: group, exact: true })
        .getByRole('row')
        .filter({ has: app.getByRole('rowheader') });
    const members = rows('Members');
    await expect(members).toHaveCount(5);
    await expect(members.first().getByRole('rowheader')).toContainText('Councillor Caroline Needham');
    await expect(members.first().getByRole('cell')).toContainText(['Chair', 'Administration · from 1 May 2016']);
    await expect(members.nth(1).getByRole('rowheader')).toContainText('Councillor Caroline Ffiske');
    await expect(members.nth(1).getByRole('cell')).toContainText(['Vice-Chair', 'Opposition']);
    await expect(rows('Co-opted members').filter({ hasText: 'Nandini Ganesh' })).toContainText(
      'Parentsactive Representative',
    );
    await expect(rows('Officers').filter({ hasText: 'Fiona Phelps' })).toContainText(
      'Head of Special Educational Needs',
    );
    await expect(rows('External guests').filter({ hasText: 'Nahar Chowdhury' })).toContainText(
      'Head of Housing Support · Centrepoint',
    );
    await expect(app.getByRole('region', { name: 'Details' })).toContainText('Administration, Opposition');
    await expect(app.getByRole('region', { name: 'Details' })).toContainText('Bathsheba Mall, Committee Co-ordinator');
    await expect(app.getByRole('region', { name: 'Details' })).toContainText('7.00 pm');

    const meetings = app.getByRole('region', { name: 'Meetings' });
    await expect(meetings).toContainText('7.00 pm · COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL');
    await meetings.getByRole('link', { name: SAMPLE.meetingDate }).click();

    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
    await expect(app).toHaveURL(new RegExp(`#/meetings/${SAMPLE.meetingId}$`));
    const agenda = app.getByRole('list', { name: 'Agenda' });
    await expect(agenda.getByRole('listitem')).toHaveCount(10);
    await expect(agenda.getByRole('listitem').nth(6)).toContainText("THE IMPACT OF RECENT 'SEN' POLICY CHANGES");
    await expect(app.getByText('Meeting started: 7.00 pm · Meeting ended: 8.51 pm')).toBeVisible();
  });

  test('the meeting shows its narrative, people named the house way, actions after their paragraph and the resolutions', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
    const notes = app.getByRole('region', { name: 'Notes' });
    await expect(notes.getByRole('heading', { level: 3 })).toHaveCount(10);
    // First mention in full with role (and its closing comma); later mentions by name.
    await expect(notes).toContainText(
      'Ian Heggs, Director of Schools and Commissioning, submitted apologies on behalf of Claire Chamberlain, Executive Director For Schools, as she had been unable',
    );
    await expect(notes).toContainText(
      'Councillor Caroline Needham, Chair, commented that the Committee was happy to channel complaints',
    );
    await expect(notes).toContainText('Councillor Needham commented that the virtual school contact was very positive');
    await expect(notes.getByText(/^ACTION:/)).toHaveCount(11);
    await expect(notes.getByText('RESOLVED', { exact: true })).toHaveCount(4);

    // Item 5's action follows the school-meals paragraph it came from.
    const item5 = notes.getByRole('region', { name: /EXECUTIVE DIRECTOR'S UPDATE/ });
    const afterMeals = item5.locator('p.note:has-text("school meals") + p.action-line');
    // The owner, then the short statement of what is to be done (the sample's actions have theirs).
    await expect(afterMeals).toHaveText(
      /^ACTION: Children's Services – Report to the Committee on the complaints about school meals/,
    );
    const item8 = notes.getByRole('region', { name: /CARE-LEAVER ACCOMMODATION/ });
    await expect(item8.getByRole('listitem')).toHaveCount(3);
    await expect(item8.getByRole('listitem').nth(1)).toHaveText(
      "That the summarised headlines from Centrepoint's annual Contract Performance Review, be noted",
    );
    await expect(notes).not.toContainText('[unknown person]');
  });

  test('a reload keeps the place', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}`);
    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
    await app.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: SAMPLE.committee }).click();
    await expect(app).toHaveURL(new RegExp(`#/committees/${SAMPLE.committeeId}$`));
    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
    await app.goBack();
    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.meetingDate })).toBeVisible();
  });

  test('an unknown meeting says so in the API’s words', async ({ app, devHost }) => {
    await openRoute(app, devHost, '#/meetings/no-such-meeting');
    await expect(app.getByRole('heading', { level: 1, name: 'Meeting not available' })).toBeVisible();
    await expect(app.getByRole('alert')).toHaveText('There is no meeting with id no-such-meeting');
  });

  test('a person named in a meeting cannot be deleted, and the dialog says why', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
    await app.getByRole('button', { name: 'Delete Fiona Phelps' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete Fiona Phelps?' });
    await dialog.getByRole('button', { name: 'Delete person' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Fiona Phelps is named in 1 meeting(s)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByRole('table', { name: 'Officers' })).toContainText('Fiona Phelps');
  });

  test('Tab reaches the skip link first, and it moves focus to the content', async ({ app }) => {
    await app.keyboard.press('Tab');
    const skip = app.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // Focus is visible: a solid outline, not the browser's faint default or none.
    expect(await skip.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await app.keyboard.press('Enter');
    await expect(app.locator('main')).toBeFocused();
    await expect(app).not.toHaveURL(/#main/);
    await app.keyboard.press('Tab');
    await expect(app.getByRole('link', { name: SAMPLE.committee })).toBeFocused();
    await app.keyboard.press('Tab');
    const newCommittee = app.getByRole('button', { name: 'New committee' });
    await expect(newCommittee).toBeFocused();
    expect(await newCommittee.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await app.keyboard.press('Shift+Tab');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: SAMPLE.committee })).toBeVisible();
  });
});

test.describe('on an empty data folder', () => {
  test.use({ seed: 'empty' });

  test('create a committee, add a member, create a meeting, and delete them with confirmation', async ({
    app,
    dataDir,
  }) => {
    await expect(app.getByText('There are no committees yet.')).toBeVisible();
    await app.getByRole('button', { name: 'New committee' }).click();
    await app.getByLabel('Committee name').fill('Health Scrutiny Committee');
    await app.getByLabel('Authority').fill('Borsetshire County Council');
    await app.getByLabel('Usual start time').fill('18:30');
    await app.getByRole('button', { name: 'Create committee' }).click();

    await expect(app.getByRole('heading', { level: 1, name: 'Health Scrutiny Committee' })).toBeVisible();
    await expect(app.getByRole('status')).toHaveText('Saved');
    await expect(app.getByRole('region', { name: 'Details' })).toContainText('6.30 pm');

    await app.getByRole('button', { name: 'Edit committee' }).click();
    await app.getByLabel('Political groups').fill('Administration\nOpposition');
    await app.getByRole('button', { name: 'Save committee' }).click();
    await expect(app.getByRole('region', { name: 'Details' })).toContainText('Administration, Opposition');

    await app.getByRole('button', { name: 'Add a person' }).click();
    await app.getByLabel('Name', { exact: true }).fill('Jane Ambridge');
    await app.getByLabel('Political group').selectOption('Opposition');
    await app.getByLabel('Has a seat on this committee').check();
    await app.getByLabel('Role', { exact: true }).selectOption('Chair');
    await app.getByLabel('From').fill('2024-05-01');
    await app.getByRole('button', { name: 'Save person' }).click();
    const members = app.getByRole('table', { name: 'Members', exact: true });
    await expect(members.getByRole('row').filter({ has: app.getByRole('rowheader') })).toHaveText(
      /Councillor Jane Ambridge\s*Chair\s*Opposition · from 1 May 2024/,
    );

    const onDisk = JSON.parse(await readFile(join(dataDir, 'committees.json'), 'utf8'));
    const saved = onDisk.committees[0];
    expect(saved.name).toBe('Health Scrutiny Committee');
    expect(saved.people).toMatchObject([{ name: 'Jane Ambridge', kind: 'councillor', group: 'Opposition' }]);
    expect(saved.memberships).toMatchObject([{ role: 'chair', from: '2024-05-01', personId: saved.people[0].id }]);

    await app.getByRole('button', { name: 'New meeting' }).click();
    await expect(app.getByLabel('Start time')).toHaveValue('18:30');
    // Typed day first; the field says at once how it reads it, as the minutes will write it.
    await app.getByLabel('Date').fill('10/6/24');
    await expect(app.getByLabel('Date')).toHaveAccessibleDescription('Reads as Monday 10 June 2024');
    await app.getByLabel('Venue').fill('Council Chamber');
    await app.getByRole('button', { name: 'Create meeting' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Monday 10 June 2024' })).toBeVisible();
    await expect(app.getByText('6.30 pm · Council Chamber · Planned')).toBeVisible();
    await expect(app.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(6);

    await app
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Health Scrutiny Committee' })
      .click();
    const meetings = app.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('button', { name: 'Delete the meeting of Monday 10 June 2024' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete the meeting of Monday 10 June 2024?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(meetings.getByRole('link', { name: 'Monday 10 June 2024' })).toBeVisible();

    // Escape cancels too.
    await meetings.getByRole('button', { name: 'Delete the meeting of Monday 10 June 2024' }).click();
    await expect(dialog).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(meetings.getByRole('link', { name: 'Monday 10 June 2024' })).toBeVisible();

    await meetings.getByRole('button', { name: 'Delete the meeting of Monday 10 June 2024' }).click();
    await dialog.getByRole('button', { name: 'Delete meeting' }).click();
    await expect(dialog).toBeHidden();
    await expect(meetings.getByText('No meetings yet.')).toBeVisible();

    await app.getByRole('button', { name: 'Delete Jane Ambridge' }).click();
    await app
      .getByRole('dialog', { name: 'Delete Jane Ambridge?' })
      .getByRole('button', { name: 'Delete person' })
      .click();
    await expect(app.getByText("No people yet: add the committee's members, co-optees and officers.")).toBeVisible();

    await app.getByRole('button', { name: 'Delete committee' }).click();
    await app
      .getByRole('dialog', { name: 'Delete Health Scrutiny Committee?' })
      .getByRole('button', { name: 'Delete committee' })
      .click();
    await expect(app.getByRole('heading', { level: 1, name: 'Committees' })).toBeVisible();
    await expect(app.getByText('There are no committees yet.')).toBeVisible();
    expect(JSON.parse(await readFile(join(dataDir, 'committees.json'), 'utf8')).committees).toEqual([]);
  });

  test('invalid input shows the API’s own message next to the field, and saves nothing', async ({ app, dataDir }) => {
    await app.getByRole('button', { name: 'New committee' }).click();
    await app.getByLabel('Authority').fill('Borsetshire County Council');
    await app.getByRole('button', { name: 'Create committee' }).click();
    const apiSays = await apiCall(app, 'committees:create', {
      name: '',
      authority: 'Borsetshire County Council',
      shortName: '',
      defaultVenue: '',
    });
    expect(apiSays.ok).toBe(false);
    const nameField = app.getByLabel('Committee name');
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    // The API's own words for the field, without the channel it names ("Invalid input for committees:create: name: ").
    const words = apiSays.error!.message.replace(/^Invalid input for \S+: name: /, '');
    await expect(nameField).toHaveAccessibleDescription(words);
    await expect(app.getByText(words, { exact: true })).toBeVisible();
    expect(apiSays.error!.message).toContain('the committee needs a name');
    await expect(app.getByRole('status')).not.toHaveText('Saved');
    await expect(app.getByRole('list', { name: 'Committees' })).toHaveCount(0);

    await app.getByLabel('Committee name').fill('Health Scrutiny Committee');
    await app.getByRole('button', { name: 'Create committee' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Health Scrutiny Committee' })).toBeVisible();

    await app.getByRole('button', { name: 'Add a person' }).click();
    await app.getByLabel('Name', { exact: true }).fill('Jane Ambridge');
    await app.getByLabel('Has a seat on this committee').check();
    await app.getByLabel('From').fill('2024-05-01');
    await app.getByLabel('Until').fill('2024-04-01');
    await app.getByRole('button', { name: 'Save person' }).click();
    await expect(app.getByLabel('Until')).toHaveAccessibleDescription(/a membership cannot end before it starts/);
    await expect(app.getByText('No people yet')).toBeVisible();

    await app.getByRole('button', { name: 'New meeting' }).click();
    await app.getByLabel('Date').fill('');
    await app.getByRole('button', { name: 'Create meeting' }).click();
    await expect(app.getByLabel('Date')).toHaveAccessibleDescription('Enter a date');
    await expect(app.getByRole('region', { name: 'Meetings' }).getByText('No meetings yet.')).toBeVisible();

    const onDisk = JSON.parse(await readFile(join(dataDir, 'committees.json'), 'utf8'));
    expect(onDisk.committees[0].people).toEqual([]);
  });
});
