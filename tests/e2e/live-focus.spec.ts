// Where the focus goes in the live console after an edit that takes away the control it was on
// (a "now" button, a form, a row), and where a quick resolution lands on an exempt item.
import type { Page } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';
import { test, expect, SAMPLE } from './fixtures';
import { goToItem, liveUrl, setLondonTime, storedMeeting } from './live-keys';

const ITEM_5 = 'dac1bd91-e0af-4593-8103-0753350b1479';
const EXCLUSION_5 = `exclusion_${ITEM_5}`;

type StoredResolution = { id: string; itemId: string; clauses: string[] };

async function openConsole(page: Page, devHost: DevHost) {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
}

/** Whatever has the focus is not the page itself. */
async function expectFocusNotOnBody(page: Page) {
  expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(
    false,
  );
}

test('a quick resolution on an exempt item is a resolution of its own, never part of the exclusion', async ({
  app: page,
  devHost,
}) => {
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+X');
  const paragraph = page.getByLabel('Schedule 12A paragraph');
  await expect(paragraph).toBeFocused();
  await paragraph.selectOption('3');
  await expect(page.getByRole('textbox', { name: 'Resolution 1, clause 1' })).toHaveValue(
    /paragraph 3 of Schedule 12A/,
  );

  await page.getByRole('button', { name: 'Report noted', exact: true }).click();
  const decision = page.getByRole('textbox', { name: 'Resolution 2, clause 1' });
  await expect(decision).toHaveValue('That the report be noted.');
  await expect(decision).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Saved');

  const m = await storedMeeting(page, SAMPLE.meetingId);
  const of5 = (m.resolutions as StoredResolution[]).filter((r) => r.itemId === ITEM_5);
  expect(of5.map((r) => r.id)[0]).toBe(EXCLUSION_5);
  expect(of5).toHaveLength(2);
  expect(of5[0]!.clauses).toHaveLength(1);
  expect(of5[0]!.clauses[0]).toMatch(/^That under Section 100A \(4\).*paragraph 3 of Schedule 12A/);
  expect(of5[1]!.clauses).toEqual(['That the report be noted.']);

  // Alt+R starts another decision of the item, never into the exclusion (nor into the decision).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('textbox', { name: 'Resolution 3, clause 1' })).toBeFocused();
});

test('Alt+R on an exempt item opens a new resolution beside the exclusion', async ({ app: page, devHost }) => {
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+X');
  await page.getByLabel('Schedule 12A paragraph').selectOption('3');
  await expect(page.getByRole('textbox', { name: 'Resolution 1, clause 1' })).toHaveValue(
    /paragraph 3 of Schedule 12A/,
  );
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('textbox', { name: 'Resolution 2, clause 1' })).toBeFocused();
});

test('"Left now" and "Returned now" on an exempt item leave the focus on the time they set', async ({
  app: page,
  devHost,
}) => {
  await setLondonTime(page, '20:00');
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+X');
  await page.getByLabel('Schedule 12A paragraph').selectOption('3');

  await page.getByRole('button', { name: 'Left now' }).focus();
  await page.keyboard.press('Enter');
  const left = page.getByRole('textbox', { name: 'Public left at' });
  await expect(left).toHaveValue('8.00 pm');
  await expect(page.getByRole('button', { name: 'Left now' })).toHaveCount(0);
  await expect(left).toBeFocused();

  await setLondonTime(page, '20:10');
  await page.getByRole('button', { name: 'Returned now' }).focus();
  await page.keyboard.press('Enter');
  const returned = page.getByRole('textbox', { name: 'Public returned at' });
  await expect(returned).toHaveValue('8.10 pm');
  await expect(page.getByRole('button', { name: 'Returned now' })).toHaveCount(0);
  await expect(returned).toBeFocused();
  await expectFocusNotOnBody(page);

  await expect(page.getByRole('status')).toHaveText('Saved');
  const m = await storedMeeting(page, SAMPLE.meetingId);
  const item = (m.agenda as { id: string; exempt?: unknown }[]).find((i) => i.id === ITEM_5);
  expect(item?.exempt).toEqual({ paragraph: '3', publicLeftAt: '20:00', publicReturnedAt: '20:10' });
});

test('"Returned now" on a declaration leaves the focus on its return time', async ({ app: page, devHost }) => {
  await setLondonTime(page, '20:00');
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+O');
  const form = page.getByRole('form', { name: 'New declaration of interest' });
  await form.getByLabel('Member declaring').selectOption({ label: "Councillor Alan De'Ath" });
  await form.getByLabel('Kind of interest').selectOption('disclosable-pecuniary');
  await form.getByLabel('Nature of the interest').fill('Owns a nursery in the borough');
  await form.getByRole('button', { name: 'Record the declaration' }).click();
  await expect(form).toHaveCount(0);

  await page.getByRole('button', { name: 'Returned now' }).focus();
  await page.keyboard.press('Enter');
  const returned = page.getByRole('textbox', { name: 'Returned at' });
  await expect(returned).toHaveValue('8.00 pm');
  await expect(page.getByRole('button', { name: 'Returned now' })).toHaveCount(0);
  await expect(returned).toBeFocused();
  await expectFocusNotOnBody(page);
});

test('a new public question puts the focus in its Question field', async ({ app: page, devHost }) => {
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+Q');
  await expect(
    page.getByRole('textbox', { name: 'Who is asking? (leave empty for a member of the public)' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  const question = page
    .getByRole('group', { name: 'Question 1: A member of the public' })
    .getByRole('textbox', { name: 'Question', exact: true });
  await expect(question).toBeFocused();
  await page.keyboard.type('Will the report be published?');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const m = await storedMeeting(page, SAMPLE.meetingId);
  const asked = (m.publicQuestions as { itemId: string; question: string }[]).filter((q) => q.itemId === ITEM_5);
  expect(asked.map((q) => q.question)).toEqual(['Will the report be published?']);
});

test('Delete on an attendance row moves the focus to the next person, or the previous after the last', async ({
  app: page,
  devHost,
}) => {
  await openConsole(page, devHost);
  await page.keyboard.press('Alt+T');
  await expect(page.getByRole('button', { name: /^Councillor Caroline Needham \(Chair\)/ })).toBeFocused();

  // The last on the list: the focus goes to the one before.
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: /^Councillor Marcus Ginn/ })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: /^Councillor Marcus Ginn/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Councillor Sue Macmillan/ })).toBeFocused();

  // One in the middle: the focus goes to the next.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /^Nahar Chowdhury/ })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: /^Nahar Chowdhury/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Anji McCormick/ })).toBeFocused();

  // The button on the row does the same.
  await page
    .getByRole('group', { name: /^Attendance of Steve Miley/ })
    .getByRole('button', { name: 'Off the list (Delete)' })
    .click();
  await expect(page.getByRole('button', { name: /^Steve Miley/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Rachael Wright-Turner/ })).toBeFocused();

  await expect(page.getByRole('status')).toHaveText('Saved');
  const m = await storedMeeting(page, SAMPLE.meetingId);
  const kept = new Set((m.attendance as { personId: string }[]).map((a) => a.personId));
  expect(kept.size).toBe(22 - 3);
});

test('"Member declaring" offers members, co-optees and councillors also present, not officers or guests', async ({
  app: page,
  devHost,
}) => {
  await openConsole(page, devHost);
  await goToItem(page, '5');
  await page.keyboard.press('Alt+O');
  const options = await page
    .getByRole('form', { name: 'New declaration of interest' })
    .getByLabel('Member declaring')
    .locator('option')
    .allTextContents();
  expect(options).toEqual([
    'Choose…',
    'Councillor Caroline Needham',
    'Councillor Caroline Ffiske',
    "Councillor Alan De'Ath",
    'Councillor Donald Johnson',
    'Nandini Ganesh',
    "Philippa O'Driscoll",
    'Nadia Taylor',
    'Vic Daniels',
    'Councillor Sue Macmillan',
    'Councillor Marcus Ginn',
    'Councillor Elaine Chumnerly (not present)',
  ]);
});
