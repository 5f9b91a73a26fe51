// The agenda builder's defects from issue 15, each as the user met it: removing an item left
// its dialog open, the item row spilled out of its card at 1,366 px, and building an agenda by
// keyboard needed the mouse (focus left the add field, numbers stopped following the order).
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
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

test('removing an item closes the dialog once the item is gone', async ({ app, devHost }) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  const items = app.getByRole('list', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await app.getByRole('button', { name: 'Remove item 4', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Remove item 4?' });
  await dialog.getByRole('button', { name: 'Remove item' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('The meeting is not open')).toHaveCount(0);
  await expect(items).toHaveCount(5);
  await expect(app.getByRole('heading', { level: 2, name: 'Items' })).toBeFocused();
  await saved(app);
  expect((await stored(app, meetingId)).agenda.map((i) => i.title)).not.toContain('PUBLIC PARTICIPATION');
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

for (const width of [1280, 1366, 1920]) {
  test(`at ${width} px wide the item rows fit their card: no overlap, no sideways scroll`, async ({ app, devHost }) => {
    await app.setViewportSize({ width, height: 800 });
    const meetingId = await newMeeting(app);
    await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
    await app.getByLabel('Title of the new item').fill('TRAVEL CARE AND SUPPORT SERVICE');
    await app.getByLabel('Title of the new item').press('Enter');
    // The longest choices: an exempt item under the Schedule 12A paragraph with the longest words.
    await app.getByLabel('Exempt (Part II) for item 5', { exact: true }).selectOption('7C');
    await app.getByLabel('Kind of item 5', { exact: true }).selectOption('minutes');
    await app.getByLabel('Where').selectOption({ index: 5 });

    const scroll = await app.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(scroll.client);

    const card = (await app.getByRole('region', { name: 'Items' }).boundingBox())!;
    for (const n of ['1', '5', '7']) {
      const controls = [
        'Number of item',
        'Kind of item',
        'First page of item',
        'Last page of item',
        'Exempt (Part II) for item',
      ].map((l) => app.getByLabel(`${l} ${n}`, { exact: true }));
      const boxes = await Promise.all(controls.map(async (c) => (await c.boundingBox())!));
      boxes.forEach((box, i) => {
        expect(inside(box, card), `control ${i} of item ${n} leaves its card`).toBe(true);
        boxes
          .slice(i + 1)
          .forEach((other, j) =>
            expect(overlap(box, other), `controls ${i} and ${i + j + 1} of item ${n} overlap`).toBe(false),
          );
      });
    }
    const addCard = (await app.getByRole('form', { name: 'Add an item' }).boundingBox())!;
    const addBoxes = await Promise.all(
      ['Title of the new item', 'Kind of the new item', 'Where'].map(
        async (l) => (await app.getByLabel(l, { exact: true }).boundingBox())!,
      ),
    );
    addBoxes.forEach((box, i) => {
      expect(inside(box, addCard), `add-item control ${i} leaves its form`).toBe(true);
      addBoxes.slice(i + 1).forEach((other) => expect(overlap(box, other)).toBe(false));
    });
  });
}

test('by keyboard: Enter adds an item and leaves the add field ready; numbers follow position; Alt+Up/Down moves an item', async ({
  app,
  devHost,
}) => {
  const meetingId = await newMeeting(app);
  await openRoute(app, devHost, `#/meetings/${meetingId}/agenda`);
  const items = app.getByRole('list', { name: 'Items' }).getByRole('listitem');
  const headings = app.getByRole('list', { name: 'Items' }).getByRole('heading', { level: 3 });
  await expect(items).toHaveCount(6);

  // A removal closes the gap: the items added next are not numbered above the closing ones.
  await app.getByRole('button', { name: 'Remove item 4', exact: true }).click();
  await app.getByRole('dialog', { name: 'Remove item 4?' }).getByRole('button', { name: 'Remove item' }).click();
  await expect(app.locator('#renumber-status')).toHaveText('Item 4, PUBLIC PARTICIPATION, removed.');
  await expect(headings).toHaveText([
    '1. MINUTES',
    '2. APOLOGIES FOR ABSENCE',
    '3. DECLARATIONS OF INTEREST',
    '4. WORK PROGRAMME',
    '5. DATE OF NEXT MEETING',
  ]);

  const addField = app.getByLabel('Title of the new item');
  await addField.focus();
  for (const title of ['SCHOOL PLACES', 'TRAVEL CARE', 'PARTNERS IN PRACTICE']) {
    await app.keyboard.type(title);
    await app.keyboard.press('Enter');
    await expect(addField).toBeFocused();
    await expect(addField).toHaveValue('');
  }
  await expect(
    app.getByRole('status').filter({ hasText: 'Added item 6, PARTNERS IN PRACTICE, before 7. WORK PROGRAMME.' }),
  ).toBeVisible();
  await expect(headings).toHaveText([
    '1. MINUTES',
    '2. APOLOGIES FOR ABSENCE',
    '3. DECLARATIONS OF INTEREST',
    '4. SCHOOL PLACES',
    '5. TRAVEL CARE',
    '6. PARTNERS IN PRACTICE',
    '7. WORK PROGRAMME',
    '8. DATE OF NEXT MEETING',
  ]);
  await expect(app.getByRole('button', { name: 'Renumber items' })).toBeDisabled();

  // A sub-item of TRAVEL CARE, then TRAVEL CARE moves up with it, by Alt+Up from its Title field.
  await app.getByLabel('Where').selectOption({ label: 'As a sub-item of 5. TRAVEL CARE' });
  await addField.fill('Travel care: the specification');
  await addField.press('Enter');
  await expect(addField).toBeFocused();
  const travelTitle = app.getByLabel('Title of item 5', { exact: true });
  await travelTitle.focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.getByText('TRAVEL CARE moved up: now item 4.')).toBeVisible();
  await expect(app.getByLabel('Title of item 4', { exact: true })).toBeFocused();
  await expect(app.getByLabel('Title of item 4', { exact: true })).toHaveValue('TRAVEL CARE');
  await expect(headings.nth(3)).toHaveText('4. TRAVEL CARE');
  await expect(headings.nth(4)).toHaveText('4a. Travel care: the specification');
  await expect(headings.nth(5)).toHaveText('5. SCHOOL PLACES');
  // ...and back down, from its Move down button's neighbour field (Report author), with Alt+Down.
  await app.getByLabel('Report author of item 4', { exact: true }).focus();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(app.getByText('TRAVEL CARE moved down: now item 5.')).toBeVisible();
  await expect(app.getByLabel('Report author of item 5', { exact: true })).toBeFocused();
  await expect(headings.nth(4)).toHaveText('5. TRAVEL CARE');
  await expect(headings.nth(5)).toHaveText('5a. Travel care: the specification');
  // The first item cannot go up: it says so, and nothing moves.
  await app.getByLabel('Title of item 1', { exact: true }).focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.getByText('MINUTES is already first: it cannot move up.')).toBeVisible();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toBeFocused();

  // A number typed by hand stays; the others still follow their place.
  const nextNumber = app.getByLabel('Number of item 8', { exact: true });
  await nextNumber.fill('20');
  await nextNumber.press('Enter');
  await expect(headings.last()).toHaveText('20. DATE OF NEXT MEETING');
  await expect(app.getByText('Number 20 was typed by hand')).toBeVisible();
  await app.getByLabel('Where').selectOption({ label: 'Before 7. WORK PROGRAMME' });
  await addField.fill('CHILDREN IN CARE');
  await addField.press('Enter');
  await expect(headings.nth(-3)).toHaveText('7. CHILDREN IN CARE');
  await expect(headings.nth(-2)).toHaveText('8. WORK PROGRAMME');
  await expect(headings.last()).toHaveText('20. DATE OF NEXT MEETING');

  await saved(app);
  expect((await stored(app, meetingId)).agenda.map((i) => `${i.number} ${i.title}`)).toEqual([
    '1 MINUTES',
    '2 APOLOGIES FOR ABSENCE',
    '3 DECLARATIONS OF INTEREST',
    '4 SCHOOL PLACES',
    '5 TRAVEL CARE',
    '5a Travel care: the specification',
    '6 PARTNERS IN PRACTICE',
    '7 CHILDREN IN CARE',
    '8 WORK PROGRAMME',
    '20 DATE OF NEXT MEETING',
  ]);
});
