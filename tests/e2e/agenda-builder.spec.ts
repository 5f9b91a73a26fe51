// The agenda builder, end to end on a new meeting made from the committee's standard items:
// add reports and a sub-item, fill an item in, reorder by keyboard, renumber, make an item
// exempt, and export the front sheet, whose item table is read back from the Word file.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Meeting } from '$shared/domain';

test.describe.configure({ timeout: 90_000 });

async function newMeeting(page: Page): Promise<string> {
  const r = await apiCall(page, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2016-11-21' });
  expect(r.ok).toBe(true);
  return (r.value as { id: string }).id;
}

async function stored(page: Page, meetingId: string): Promise<Meeting> {
  return (await apiCall(page, 'meetings:get', { meetingId })).value as Meeting;
}

const saved = (page: Page) => expect(page.locator('.save-indicator')).toHaveText('Saved');

async function addItem(page: Page, title: string, where?: string): Promise<void> {
  await page.getByLabel('Title of the new item').fill(title);
  if (where) await page.getByLabel('Where').selectOption({ label: where });
  await page.getByRole('button', { name: 'Add item' }).click();
}

/** The text of each row of the front sheet's item table (the document's last table), cell by cell. */
function itemTableRows(documentXml: string): string[][] {
  const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const table = tables.at(-1) ?? '';
  return [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
      [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .trim(),
    ),
  );
}

test('build an agenda: reports, a sub-item, keyboard reorder (numbers follow), exempt, front sheet', async ({
  app,
  devHost,
}) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}`);
  await app.getByRole('link', { name: 'Build the agenda' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Agenda: Monday 21 November 2016' })).toBeVisible();
  const items = app.getByRole('list', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveCount(6);

  // Reports go before the work programme; the numbers follow.
  await addItem(app, 'TRAVEL CARE AND SUPPORT SERVICE');
  // Ready for the next item's title (issue 15): the add field keeps the focus, empty.
  await expect(app.getByLabel('Title of the new item')).toBeFocused();
  await expect(app.getByLabel('Title of the new item')).toHaveValue('');
  await addItem(app, 'PARTNERS IN PRACTICE');
  await addItem(app, 'Travel care: the new specification', 'As a sub-item of 5. TRAVEL CARE AND SUPPORT SERVICE');
  await expect(items).toHaveCount(9);
  await expect(app.getByRole('heading', { level: 3, name: '5a. Travel care: the new specification' })).toBeVisible();

  await app
    .getByLabel('Summary of item 5', { exact: true })
    .fill('This report provides an overview of the travel care and support project.');
  await app.getByLabel('Report author of item 5', { exact: true }).fill('Steve Miley');
  await app.getByLabel('First page of item 5', { exact: true }).fill('27');
  await app.getByLabel('Last page of item 5', { exact: true }).fill('37');
  await app.getByLabel('Last page of item 5', { exact: true }).press('Tab');

  // Keyboard only: PARTNERS IN PRACTICE (6) moves above item 5 and its sub-item; the focus stays
  // on its button, and the numbers follow the new order at once (issue 15).
  const up = app.getByRole('button', { name: 'Move up item 6', exact: true });
  await up.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Move up item 5', exact: true })).toBeFocused();
  await expect(items.nth(4)).toContainText('PARTNERS IN PRACTICE');
  await expect(items.nth(5)).toContainText('TRAVEL CARE AND SUPPORT SERVICE');
  await expect(items.nth(6)).toContainText('Travel care: the new specification');
  await expect(app.getByText('PARTNERS IN PRACTICE moved up: now item 5.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Renumber items' })).toBeDisabled();
  await expect(app.getByRole('heading', { level: 3, name: '6a. Travel care: the new specification' })).toBeVisible();

  await app.getByLabel('Exempt (Part II) for item 6', { exact: true }).selectOption('3');
  await app.getByLabel('Date issued').fill('2016-11-11');
  await app.getByLabel('Date issued').press('Tab');
  await saved(app);

  const meeting = await stored(app, meetingId);
  expect(meeting.agenda.map((i) => `${i.number} ${i.title}`)).toEqual([
    '1 MINUTES',
    '2 APOLOGIES FOR ABSENCE',
    '3 DECLARATIONS OF INTEREST',
    '4 PUBLIC PARTICIPATION',
    '5 PARTNERS IN PRACTICE',
    '6 TRAVEL CARE AND SUPPORT SERVICE',
    '6a Travel care: the new specification',
    '7 WORK PROGRAMME',
    '8 DATE OF NEXT MEETING',
  ]);
  const travel = meeting.agenda[5]!;
  expect(travel).toMatchObject({
    pages: { from: 27, to: 37 },
    reportAuthor: 'Steve Miley',
    exempt: { paragraph: '3' },
  });
  expect(travel.summary).toBe('This report provides an overview of the travel care and support project.');
  expect(meeting.resolutions.some((r) => r.itemId === travel.id)).toBe(true); // the exclusion resolution
  expect(meeting.dateIssued).toBe('2016-11-11');

  // The front sheet, downloaded and read back: its item table has the items, in order.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export the front sheet (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const rows = itemTableRows(await zip.file('word/document.xml')!.async('string'));
  const numbered = rows.filter((cells) => /^\d+[a-z]?\.$/.test(cells[0] ?? ''));
  expect(numbered.map((cells) => cells[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '6a.', '7.', '8.']);
  const travelRow = numbered.find((cells) => cells[0] === '6.')!;
  expect(travelRow.join(' ')).toContain('TRAVEL CARE AND SUPPORT SERVICE');
  expect(travelRow.join(' ')).toContain('This report provides an overview of the travel care and support project.');
  expect(travelRow.at(-1)).toBe('27 - 37');
  await expect(app.getByText(/^Exported .*\.docx\.$/)).toBeVisible();
});

test('a title cannot be emptied: the field says so and the store keeps the last good one', async ({ app, devHost }) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  const title = app.getByLabel('Title of item 1', { exact: true });
  await title.fill('');
  await expect(app.getByRole('alert')).toContainText('an item needs a title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await title.fill('MINUTES OF THE PREVIOUS MEETING');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await saved(app);
  expect((await stored(app, meetingId)).agenda[0]!.title).toBe('MINUTES OF THE PREVIOUS MEETING');
});

test('removing an item asks first, and the store refuses an item that has notes', async ({ app, devHost }) => {
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/agenda`);
  await app.getByRole('button', { name: 'Remove item 1', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Remove item 1?' });
  await dialog.getByRole('button', { name: 'Remove item' }).click();
  await expect(dialog.getByRole('alert')).toContainText('remove them first');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await stored(app, SAMPLE.meetingId)).agenda).toHaveLength(10);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the agenda builder passes axe in the ${colorScheme} colour scheme`, async ({ app, devHost }) => {
    await app.emulateMedia({ colorScheme });
    const meetingId = await newMeeting(app);
    await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
    await addItem(app, 'A REPORT');
    await app.getByLabel('Exempt (Part II) for item 5', { exact: true }).selectOption('1');
    await app.getByLabel('First page of item 5', { exact: true }).fill('9');
    await app.getByLabel('Last page of item 5', { exact: true }).fill('2');
    await app.getByLabel('Last page of item 5', { exact: true }).press('Tab');
    await expect(app.getByText('The last page cannot come before the first')).toBeVisible();
    await expectNoAxeViolations(app, 'the agenda builder');
    await app.getByRole('button', { name: 'Remove item 5', exact: true }).click();
    await expect(app.getByRole('dialog', { name: 'Remove item 5?' })).toBeVisible();
    await expectNoAxeViolations(app, 'the remove item dialog');
  });
}
