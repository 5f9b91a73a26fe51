// The agenda import, end to end: a Word or PDF agenda pack is read, every field is reviewed
// beside its source text, one is edited, and "Accept" creates the meeting with its agenda;
// "Cancel" creates nothing; a bad file shows the service's own, specific message.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Meeting } from '$shared/domain';

const AGENDAS = join(import.meta.dirname, '..', 'fixtures', 'agendas');

// Reading a 149-page pack and running axe over a review of every field takes longer than a click.
test.describe.configure({ timeout: 120_000 });

interface Listing {
  committees: { id: string; name: string }[];
  meetings: { id: string; date: string }[];
}

async function listing(page: Page): Promise<Listing> {
  const committees = await apiCall(page, 'committees:list', {});
  const meetings = await apiCall(page, 'meetings:list', {});
  return { committees: committees.value as Listing['committees'], meetings: meetings.value as Listing['meetings'] };
}

async function chooseFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Agenda file').setInputFiles(join(AGENDAS, name));
}

async function reviewReady(page: Page): Promise<void> {
  // The PDF is read page by page until the agenda is complete: a few seconds at most.
  await expect(page.getByRole('heading', { level: 2, name: 'Review what was read' })).toBeVisible({ timeout: 20_000 });
}

test.describe('importing the reference agenda pack', () => {
  test('as Word, into a new committee made from its membership: review, edit one field, accept', async ({
    app,
    devHost,
  }) => {
    const before = await listing(app);
    await openRoute(app, devHost, '#/');
    await app.getByRole('link', { name: 'Import an agenda' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Import an agenda' })).toBeVisible();
    await chooseFile(app, 'reference-pack.docx');
    await reviewReady(app);

    // Every field beside the text it came from.
    await expect(app.getByLabel('Venue')).toHaveValue('COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL');
    await expect(app.getByLabel('Date', { exact: true })).toHaveValue('Monday 21 November 2016');
    await expect(app.getByLabel('Start time')).toHaveValue('19:00');
    await expect(app.getByLabel('Date issued')).toHaveValue('Friday 11 November 2016');
    await expect(app.getByLabel('Name of the contact officer')).toHaveValue('David Abbott');
    await expect(app.getByText('From the file:').first()).toBeVisible();
    await expect(app.getByRole('group', { name: /^Item \d+:/ })).toHaveCount(12);
    await expect(app.getByLabel('Name of member 1', { exact: true })).toHaveValue('Caroline Needham');

    // Its committee exists already (the sample): make a new one instead, from the agenda.
    await app.getByLabel('The meeting belongs to').selectOption('new');
    await app.getByLabel('Committee name', { exact: true }).fill('Children and Education Committee (imported)');
    await expect(app.getByLabel('Authority')).toHaveValue(SAMPLE.authority);
    await app.getByLabel('Title of item 5', { exact: true }).fill("EXECUTIVE DIRECTOR'S UPDATE (REVISED)");
    await expectNoAxeViolations(app, 'the import review');

    // Nothing exists until the user accepts.
    expect(await listing(app)).toEqual(before);
    await app.getByRole('button', { name: 'Accept and create the meeting' }).click();
    await expect(app).toHaveURL(/#\/meetings\/[\w-]+$/);
    await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();
    const agenda = app.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
    await expect(agenda).toHaveCount(12);
    await expect(agenda.nth(4)).toContainText("EXECUTIVE DIRECTOR'S UPDATE (REVISED)");

    const after = await listing(app);
    expect(after.committees).toHaveLength(before.committees.length + 1);
    const meetingId = decodeURIComponent(app.url().split('/').pop()!);
    const meeting = (await apiCall(app, 'meetings:get', { meetingId })).value as Meeting;
    expect(meeting.agenda.map((i) => i.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(meeting.agenda[4]!.title).toBe("EXECUTIVE DIRECTOR'S UPDATE (REVISED)");
    expect(meeting.agenda[9]!.pages).toEqual({ from: 88, to: 146 });
    const committee = (await apiCall(app, 'committees:get', { committeeId: meeting.committeeId })).value as {
      name: string;
      people: unknown[];
      groups: string[];
    };
    expect(committee.name).toBe('Children and Education Committee (imported)');
    expect(committee.groups).toEqual(['Administration', 'Opposition']);
    expect(committee.people).toHaveLength(11);
  });

  test('as PDF, into the existing committee, from its own screen', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
    await app.getByRole('link', { name: 'Import an agenda' }).click();
    await chooseFile(app, 'reference-pack.pdf');
    await reviewReady(app);
    await expect(app.getByLabel('The meeting belongs to')).toHaveValue(SAMPLE.committeeId);
    await app.getByLabel('Summary of item 6', { exact: true }).fill('A verbal update from the Cabinet Member.');
    await app.getByRole('button', { name: 'Accept and create the meeting' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();
    await expect(app.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(12);

    const meetings = (await apiCall(app, 'meetings:list', { committeeId: SAMPLE.committeeId })).value as {
      id: string;
      date: string;
    }[];
    const created = meetings.find((m) => m.date === '2016-11-21')!;
    const meeting = (await apiCall(app, 'meetings:get', { meetingId: created.id })).value as Meeting;
    expect(meeting.agenda[5]!.summary).toBe('A verbal update from the Cabinet Member.');
    expect(meeting.previousMeetingDate).toBe('2016-09-19');
    expect(meeting.dateIssued).toBe('2016-11-11');
  });
});

test('cancelling the review creates nothing', async ({ app, devHost }) => {
  const before = await listing(app);
  await openRoute(app, devHost, '#/import');
  await chooseFile(app, 'table-agenda.docx');
  await reviewReady(app);
  await app.getByLabel('The meeting belongs to').selectOption('new');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Committees' })).toBeVisible();
  expect(await listing(app)).toEqual(before);
});

test.describe('a file that is not a readable agenda shows the service’s own message and creates nothing', () => {
  for (const name of [
    'bad/encrypted.pdf',
    'bad/scanned.pdf',
    'bad/png-renamed.docx',
    'bad/damaged.docx',
    'bad/no-agenda.txt',
    'bad/empty.docx',
  ]) {
    test(name, async ({ app, devHost }) => {
      const before = await listing(app);
      const bytes = await readFile(join(AGENDAS, name));
      const fileName = name.split('/').pop()!;
      const answer = await apiCall(app, 'import:parseAgenda', { fileName, base64: bytes.toString('base64') });
      expect(answer.ok).toBe(false);
      await openRoute(app, devHost, '#/import');
      await chooseFile(app, name);
      const alert = app.getByRole('alert');
      await expect(alert).toContainText(`${fileName} could not be imported.`);
      await expect(alert).toContainText(answer.error!.message);
      expect(await listing(app)).toEqual(before);
      // The user can go on with another file at once.
      await expect(app.getByLabel('Agenda file')).toBeEnabled();
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import screens pass axe in the ${colorScheme} colour scheme`, async ({ app, devHost }) => {
    await app.emulateMedia({ colorScheme });
    await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}/import`);
    await expect(app.getByLabel('Agenda file')).toBeVisible();
    await expectNoAxeViolations(app, 'choosing an agenda file');
    await chooseFile(app, 'bad/encrypted.pdf');
    await expect(app.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(app, 'an import error');
    await chooseFile(app, 'exempt-agenda.docx');
    await reviewReady(app);
    await app.getByLabel('The meeting belongs to').selectOption('new');
    await app.getByLabel('Date', { exact: true }).fill('');
    await app.getByRole('button', { name: 'Accept and create the meeting' }).click();
    await expect(app.getByText('The meeting was not created')).toBeVisible();
    await expectNoAxeViolations(app, 'the import review with an error');
  });
}
