// QA's agenda defects, end to end: an exempt item with open items after it (the builder warns at
// the item and moves the exempt items to the end in one keyboard action; the front sheet never
// prints an open item under the Part II banner); the same agenda imported twice (the review
// names the meeting there is and needs confirming); a summary's paragraphs kept on import.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import type { Meeting } from '$shared/domain';

test.describe.configure({ timeout: 120_000 });

const AGENDAS = join(import.meta.dirname, '..', 'fixtures', 'agendas');

/** The reference pack, imported as the review would accept it, into the sample committee. */
async function importedMeeting(page: Page, extra: Record<string, unknown> = {}): Promise<string> {
  const bytes = await readFile(join(AGENDAS, 'reference-pack.docx'));
  const parsed = await apiCall(page, 'import:parseAgenda', {
    fileName: 'reference-pack.docx',
    base64: bytes.toString('base64'),
  });
  expect(parsed.ok).toBe(true);
  type F = { value: string; source: unknown[] };
  const a = (
    parsed.value as {
      agenda: {
        items: { number: F; title: F; summary: F; kind: F; pages: { value: { from: number; to: number } } | null }[];
      };
    }
  ).agenda;
  const r = await apiCall(page, 'import:createMeeting', {
    committeeId: SAMPLE.committeeId,
    date: '2016-11-21',
    startTime: '19:00',
    venue: 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL',
    items: a.items.map((i) => ({
      number: i.number.value,
      title: i.title.value,
      summary: i.summary.value,
      kind: i.kind.value,
      ...(i.pages ? { pages: i.pages.value } : {}),
    })),
    ...extra,
  });
  expect(r.ok, r.error?.message).toBe(true);
  return (r.value as { meetingId: string }).meetingId;
}

const stored = async (page: Page, meetingId: string) =>
  (await apiCall(page, 'meetings:get', { meetingId })).value as Meeting;
const saved = (page: Page) => expect(page.locator('.save-indicator')).toHaveText('Saved');

/** Each row of the front sheet's item table (the document's last table): its cells' text. */
function itemTableRows(documentXml: string): string[][] {
  const table = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).at(-1) ?? '';
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

async function exportedRows(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the front sheet (Word)' }).click();
  const zip = await JSZip.loadAsync(await readFile((await (await download).path())!));
  return itemTableRows(await zip.file('word/document.xml')!.async('string'));
}

/** The rows after the Part II banner ([] when there is none). */
function underBanner(rows: string[][]): string[][] {
  const at = rows.findIndex((cells) => cells.join(' ').startsWith('PART II - NOT FOR PUBLICATION'));
  return at < 0 ? [] : rows.slice(at + 1);
}

test('an exempt item before open items: warned at the item, moved to the end by keyboard, and no open item under Part II', async ({
  app,
  devHost,
}) => {
  const meetingId = await importedMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  await expect(app.getByRole('heading', { level: 1, name: 'Agenda: Monday 21 November 2016' })).toBeVisible();
  const items = app.getByRole('list', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(app.getByTestId('exempt-order-warning')).toHaveCount(0);

  await app.getByLabel('Exempt (Part II) for item 5', { exact: true }).selectOption('3');
  const warning = items.nth(4).getByTestId('exempt-order-warning');
  await expect(warning).toContainText('Open items after this exempt item.');
  await expect(warning).toContainText('items 6, 7, 8, 9, 10, 11 and 12 are open');
  await expect(app.getByLabel('Exempt (Part II) for item 5', { exact: true })).toHaveAccessibleDescription(
    /items 6, 7, 8, 9, 10, 11 and 12 are open/,
  );
  await saved(app);

  // Exported before moving: item 5 says it is exempt itself, and no open item is under a banner.
  let rows = await exportedRows(app);
  expect(underBanner(rows)).toEqual([]);
  const five = rows.find((cells) => cells[0] === '5.')!;
  expect(five.join(' ')).toContain(
    'Exempt: Schedule 12A paragraph 3. The press and public are likely to be excluded from the meeting while this item is considered',
  );

  // One keyboard action: the exempt item goes to the end and the numbers follow the order.
  const move = warning.getByRole('button', { name: 'Move the exempt items to the end' });
  await move.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('exempt-order-warning')).toHaveCount(0);
  await expect(app.locator('#renumber-status')).toBeFocused();
  await expect(app.locator('#renumber-status')).toContainText(
    'The exempt items are now at the end of the agenda, under Part II, and the items are numbered in order.',
  );
  await expect(items.nth(11)).toContainText("12. EXECUTIVE DIRECTOR'S UPDATE");
  await saved(app);
  const meeting = await stored(app, meetingId);
  expect(meeting.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  expect(meeting.agenda.map((i) => i.title).slice(4)).toEqual([
    'CABINET MEMBERS UPDATE',
    'TRAVEL CARE AND SUPPORT SERVICE',
    'PARTNERS IN PRACTICE',
    'CHILD PROTECTION ANNUAL REPORT',
    'LOCAL SAFEGUARDING CHILDREN BOARD ANNUAL REPORT 2015-16',
    'WORK PROGRAMME',
    'DATE OF NEXT MEETING',
    "EXECUTIVE DIRECTOR'S UPDATE",
  ]);
  expect(meeting.agenda[11]!.exempt).toEqual({ paragraph: '3' });

  rows = await exportedRows(app);
  const under = underBanner(rows);
  expect(under.map((cells) => cells[0])).toEqual(['12.']);
  expect(under[0]!.join(' ')).toContain("EXECUTIVE DIRECTOR'S UPDATE");
  expect(under[0]!.join(' ')).toContain('Exempt: Schedule 12A paragraph 3');
});

test('importing the same agenda again: the review names the meeting there is, and creates another only when confirmed', async ({
  app,
  devHost,
}) => {
  const first = await importedMeeting(app);
  const count = async () =>
    ((await apiCall(app, 'meetings:list', { committeeId: SAMPLE.committeeId })).value as { date: string }[]).filter(
      (m) => m.date === '2016-11-21',
    ).length;
  expect(await count()).toBe(1);

  await openRoute(app, devHost, `#/committees/${SAMPLE.committeeId}`);
  await app.getByRole('link', { name: 'Import an agenda' }).click();
  await app.getByLabel('Agenda file').setInputFiles(join(AGENDAS, 'reference-pack.docx'));
  await expect(app.getByRole('heading', { level: 2, name: 'Review what was read' })).toBeVisible({ timeout: 20_000 });
  await expect(app.getByLabel('The meeting belongs to')).toHaveValue(SAMPLE.committeeId);

  // The Declarations of Interest note keeps its four paragraphs.
  const declarations = await app.getByLabel('Summary of item 3', { exact: true }).inputValue();
  expect(declarations.split('\n\n').map((p) => p.slice(0, 24))).toEqual([
    'If a Councillor has a di',
    'At meetings where member',
    'Where Members of the pub',
    'Councillors are not obli',
  ]);

  const same = app.getByTestId('same-date');
  await expect(same).toContainText('This meeting may already exist.');
  await expect(same).toContainText('already has a meeting on Monday 21 November 2016');
  const link = same.getByRole('link', {
    name: 'Open the meeting of Monday 21 November 2016, 7.00 pm, COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL, 12 items',
  });
  await expect(link).toHaveAttribute('href', `#/meetings/${first}`);

  // Accepting without confirming creates nothing and goes to the confirmation.
  await app.getByRole('button', { name: 'Accept and create the meeting' }).click();
  const confirm = app.getByLabel('This is another meeting: create it as well');
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(same.getByRole('alert')).toContainText(
    'open it, or confirm that this is another meeting on the same date',
  );
  expect(await count()).toBe(1);

  // Another date needs no confirmation; back to the same date, it needs it again.
  await app.getByLabel('Date', { exact: true }).fill('22/11/2016');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('same-date')).toHaveCount(0);
  await app.getByLabel('Date', { exact: true }).fill('21/11/2016');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('same-date')).toBeVisible();

  await confirm.check();
  await app.getByRole('button', { name: 'Accept and create the meeting' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();
  expect(await count()).toBe(2);

  // "Open it" goes to the meeting there was.
  await openRoute(app, devHost, `#/import`);
  await app.getByLabel('Agenda file').setInputFiles(join(AGENDAS, 'reference-pack.docx'));
  await expect(app.getByRole('heading', { level: 2, name: 'Review what was read' })).toBeVisible({ timeout: 20_000 });
  await app.getByLabel('The meeting belongs to').selectOption(SAMPLE.committeeId);
  await expect(app.getByTestId('same-date').getByRole('link')).toHaveCount(2);
  await app.getByTestId('same-date').locator(`a[href="#/meetings/${first}"]`).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Monday 21 November 2016' })).toBeVisible();
  expect(new URL(app.url()).hash).toBe(`#/meetings/${first}`);
});
