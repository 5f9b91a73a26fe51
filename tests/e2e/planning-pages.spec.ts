// The action log and work programme pages, by keyboard: an item edited (words and meeting) with
// its errors at the fields, every button leaving the focus somewhere that makes sense (never
// <body>), an action put on the work programme from the action log, and signed-off minutes
// deleted from the committee page only after the meeting page's own question.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';

const committeeId = SAMPLE.committeeId;

async function ok(page: Page, channel: string, input: unknown): Promise<unknown> {
  const r = await apiCall(page, channel, input);
  expect(r.ok, `${channel}: ${r.error?.message}`).toBe(true);
  return r.value;
}

/** document.activeElement is this element, and not <body>. */
async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

async function press(page: Page, button: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await button.focus();
  await page.keyboard.press(key);
}

async function programme(page: Page) {
  await ok(page, 'workProgramme:addMeeting', { committeeId, date: '2017-01-16' });
  await ok(page, 'workProgramme:addMeeting', { committeeId, date: '2017-03-13' });
  await ok(page, 'workProgramme:addItem', {
    committeeId,
    item: { title: 'School meals contract', meetingDate: '2017-01-16' },
  });
  await ok(page, 'workProgramme:addItem', {
    committeeId,
    item: { title: 'Youth services', meetingDate: '2017-01-16' },
  });
  await ok(page, 'workProgramme:addItem', { committeeId, item: { title: 'Libraries', summary: 'Opening hours' } });
}

const january = (page: Page) => page.getByRole('region', { name: 'Monday 16 January 2017' });
const march = (page: Page) => page.getByRole('region', { name: 'Monday 13 March 2017' });

test('an item is edited (title, summary, report author, meeting): errors at the fields, the focus back on the item after saving or cancelling', async ({
  app,
  devHost,
}) => {
  await programme(app);
  await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
  const unallocated = app.getByRole('list', { name: 'Unallocated items' });

  // Cancel: back on the item's Edit button.
  await press(app, unallocated.getByRole('button', { name: 'Edit “Libraries”' }));
  const form = unallocated.getByRole('form', { name: 'Edit “Libraries”' });
  await expectFocusOn(app, form.getByLabel('Title'));
  await expect(form.getByLabel('Summary')).toHaveValue('Opening hours');
  await press(app, form.getByRole('button', { name: 'Cancel' }), 'Space');
  await expect(form).toBeHidden();
  await expectFocusOn(app, unallocated.getByRole('button', { name: 'Edit “Libraries”' }));

  // Refused: at the field, which has the focus.
  await app.keyboard.press('Enter');
  await form.getByLabel('Title').fill('');
  await press(app, form.getByRole('button', { name: 'Save item' }));
  await expect(form.getByLabel('Title')).toHaveAccessibleDescription("Enter the item's title");
  await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expectFocusOn(app, form.getByLabel('Title'));
  await expect(app.getByText(/Invalid input|workProgramme:/)).toHaveCount(0);

  // Saved, moved to March: the focus is on the item in its new place.
  await form.getByLabel('Title').fill('Library opening hours');
  await form.getByLabel('Summary').fill('Weekend opening, after the consultation');
  await form.getByLabel('Report author').fill('Head of Libraries');
  await form.getByLabel('Meeting').selectOption({ label: 'Meeting of 13 March 2017' });
  await press(app, form.getByRole('button', { name: 'Save item' }));
  const moved = march(app).getByRole('listitem', { name: 'Library opening hours' });
  await expect(moved).toContainText('Weekend opening, after the consultation');
  await expect(moved).toContainText('Report: Head of Libraries');
  await expect(app.getByRole('list', { name: 'Unallocated items' })).toHaveCount(0);
  await expectFocusOn(app, moved.getByRole('button', { name: 'Edit “Library opening hours”' }));
  const view = (await ok(app, 'workProgramme:get', { committeeId })) as {
    meetings: { date: string; items: { title: string; reportAuthor: string }[] }[];
  };
  expect(view.meetings.find((m) => m.date === '2017-03-13')!.items).toEqual([
    expect.objectContaining({ title: 'Library opening hours', reportAuthor: 'Head of Libraries' }),
  ]);

  // Saved in place: still on its Edit button.
  await app.keyboard.press('Enter');
  await moved.getByLabel('Report author').fill('Director of Libraries');
  await press(app, moved.getByRole('button', { name: 'Save item' }), 'Space');
  await expect(moved).toContainText('Report: Director of Libraries');
  await expectFocusOn(app, moved.getByRole('button', { name: 'Edit “Library opening hours”' }));
});

test("removing items: the focus goes to the item in its place, else to its list's heading", async ({
  app,
  devHost,
}) => {
  await programme(app);
  await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
  await press(app, january(app).getByRole('button', { name: 'Remove “School meals contract”' }));
  await expect(january(app)).not.toContainText('School meals contract');
  await expectFocusOn(app, january(app).getByLabel('Move “Youth services” to'));
  await press(app, january(app).getByRole('button', { name: 'Remove “Youth services”' }), 'Space');
  await expect(january(app)).toContainText('No items planned yet.');
  await expectFocusOn(app, january(app).getByRole('heading', { name: 'Monday 16 January 2017' }));
  await press(app, app.getByRole('button', { name: 'Remove “Libraries”' }));
  await expect(app.getByRole('region', { name: 'Unallocated items' })).toContainText('None.');
  await expectFocusOn(app, app.getByRole('heading', { name: 'Unallocated items' }));
});

test('setting a deadline, back to the default and removing meetings keep the focus', async ({ app, devHost }) => {
  await programme(app);
  await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
  const deadline = january(app).getByLabel('Report deadline');

  // Refused (after the meeting): at the field.
  await deadline.fill('2017-01-20');
  await press(app, january(app).getByRole('button', { name: 'Set deadline' }));
  await expect(deadline).toHaveAccessibleDescription('A report deadline cannot be after its meeting');
  await expectFocusOn(app, deadline);

  // Set: the deadline field; back to the default (a button then gone): the field too.
  await deadline.fill('2017-01-06');
  await press(app, january(app).getByRole('button', { name: 'Set deadline' }), 'Space');
  await expect(january(app)).toContainText('Reports due 6 January 2017 (set for this meeting)');
  await expectFocusOn(app, deadline);
  await press(app, january(app).getByRole('button', { name: 'Back to the default' }));
  await expect(january(app)).toContainText("(the committee's default)");
  await expectFocusOn(app, deadline);

  // Removed: the meeting in its place, then (none left) the unallocated items.
  await press(app, january(app).getByRole('button', { name: 'Remove this meeting' }));
  await expect(january(app)).toHaveCount(0);
  await expectFocusOn(app, march(app).getByRole('heading', { name: 'Monday 13 March 2017' }));
  await press(app, march(app).getByRole('button', { name: 'Remove this meeting' }), 'Space');
  await expect(march(app)).toHaveCount(0);
  await expectFocusOn(app, app.getByRole('heading', { name: 'Unallocated items' }));
  await expect(app.getByRole('list', { name: 'Unallocated items' })).toContainText('School meals contract');
});

test('the export buttons of both pages keep the focus', async ({ app, devHost }) => {
  await ok(app, 'actionLog:carryForward', { meetingId: SAMPLE.meetingId });
  await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
  const wp = app.getByRole('button', { name: 'Export the work programme (Word)' });
  await press(app, wp);
  await expect(app.getByText('Exported the work programme (Word)')).toBeVisible();
  await expectFocusOn(app, wp);
  await openRoute(app, devHost, `#/committees/${committeeId}/actions`);
  const log = app.getByRole('button', { name: 'Export the action log (Word)' });
  await press(app, log, 'Space');
  await expect(app.getByText('Exported the action log (Word)')).toBeVisible();
  await expectFocusOn(app, log);
});

test('an action is put on the work programme from the action log: title from the action, a meeting or none, where it went said and focused', async ({
  app,
  devHost,
}) => {
  await ok(app, 'actionLog:carryForward', { meetingId: SAMPLE.meetingId });
  await ok(app, 'workProgramme:addMeeting', { committeeId, date: '2017-01-16' });
  await openRoute(app, devHost, `#/committees/${committeeId}/actions`);
  const entries = app.getByRole('list', { name: 'Actions' }).locator(':scope > li');
  const first = entries.first();
  const description = (await first.locator('.description').textContent())!.trim();

  // Opened: the title field, prefilled; cancelled: back on the button.
  await press(app, first.getByRole('button', { name: 'Add to the work programme' }));
  const title = first.getByLabel('Title of the item');
  await expectFocusOn(app, title);
  expect(description.startsWith((await title.inputValue()).replace(/…$/, ''))).toBe(true);
  await press(app, first.getByRole('button', { name: 'Cancel' }), 'Space');
  await expectFocusOn(app, first.getByRole('button', { name: 'Add to the work programme' }));

  // Refused: at the field.
  await app.keyboard.press('Enter');
  await title.fill('x'.repeat(600));
  await press(app, first.getByRole('button', { name: 'Add to the work programme' }));
  await expect(title).toHaveAccessibleDescription(/A title can be at most 500 characters/);
  await expectFocusOn(app, title);

  // Added to January: said, and the focus is on those words.
  await title.fill('Attendance at schools: follow-up');
  await first.getByLabel('Meeting').selectOption({ label: 'Meeting of 16 January 2017' });
  await press(app, first.getByRole('button', { name: 'Add to the work programme' }));
  const said = first.getByRole('status');
  await expect(said).toHaveText(
    'Added “Attendance at schools: follow-up” to the work programme, for the meeting of 16 January 2017.',
  );
  await expectFocusOn(app, said);
  await expect(first.getByRole('list', { name: 'On the work programme' })).toContainText(
    '“Attendance at schools: follow-up”, for the meeting of 16 January 2017',
  );

  // Another, unallocated, with the title as prefilled.
  const second = entries.nth(1);
  await press(app, second.getByRole('button', { name: 'Add to the work programme' }), 'Space');
  const prefilled = await second.getByLabel('Title of the item').inputValue();
  await press(app, second.getByRole('button', { name: 'Add to the work programme' }));
  await expect(second.getByRole('status')).toHaveText(
    `Added “${prefilled}” to the work programme, as an unallocated item.`,
  );
  await expectFocusOn(app, second.getByRole('status'));

  const view = (await ok(app, 'workProgramme:get', { committeeId })) as {
    meetings: { items: { title: string; source?: unknown }[] }[];
    unallocated: { title: string }[];
  };
  expect(view.meetings[0]!.items).toEqual([
    expect.objectContaining({
      title: 'Attendance at schools: follow-up',
      source: expect.objectContaining({ meetingId: SAMPLE.meetingId }),
    }),
  ]);
  expect(view.unallocated.map((i) => i.title)).toEqual([prefilled]);
  await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
  await expect(january(app)).toContainText('Attendance at schools: follow-up');
});

test("signed-off minutes deleted from the committee page: the meeting page's question and its stronger button", async ({
  app,
  devHost,
}) => {
  await ok(app, 'review:send', { meetingId: SAMPLE.meetingId, by: 'Bathsheba Mall' });
  await ok(app, 'review:approve', {
    meetingId: SAMPLE.meetingId,
    by: 'Councillor Caroline Needham',
    confirmMarkers: true,
  });
  await openRoute(app, devHost, `#/committees/${committeeId}`);
  await app.getByRole('button', { name: `Delete the meeting of ${SAMPLE.meetingDate}` }).click();
  const dialog = app.getByRole('dialog', { name: `Delete the signed-off minutes of ${SAMPLE.meetingDate}?` });
  await expect(dialog).toContainText(
    'These are signed-off minutes: they were approved by Councillor Caroline Needham on',
  );
  await expect(dialog).toContainText('gone from Scrutineer for good');
  await expect(dialog.getByRole('button', { name: 'Delete meeting' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(((await ok(app, 'meetings:list', {})) as unknown[]).length).toBe(1);
  await app.getByRole('button', { name: `Delete the meeting of ${SAMPLE.meetingDate}` }).click();
  await dialog.getByRole('button', { name: 'Delete these signed-off minutes' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('No meetings yet.')).toBeVisible();
  expect(((await ok(app, 'meetings:list', {})) as unknown[]).length).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the edit form and "Add to the work programme", refused at their fields, pass axe (${colorScheme})`, async ({
    app,
    devHost,
  }) => {
    await app.emulateMedia({ colorScheme });
    await programme(app);
    await ok(app, 'actionLog:carryForward', { meetingId: SAMPLE.meetingId });
    await openRoute(app, devHost, `#/committees/${committeeId}/work-programme`);
    await app.getByRole('button', { name: 'Edit “Libraries”' }).click();
    await app.getByRole('form', { name: 'Edit “Libraries”' }).getByLabel('Title').fill('');
    await app.getByRole('button', { name: 'Save item' }).click();
    await expect(app.getByRole('form', { name: 'Edit “Libraries”' }).getByRole('alert')).toHaveText(
      "Enter the item's title",
    );
    await expectNoAxeViolations(app, 'the work programme with an item being edited');

    await openRoute(app, devHost, `#/committees/${committeeId}/actions`);
    const first = app.getByRole('list', { name: 'Actions' }).locator(':scope > li').first();
    await first.getByRole('button', { name: 'Add to the work programme' }).click();
    await first.getByLabel('Title of the item').fill('x'.repeat(600));
    await first.getByRole('button', { name: 'Add to the work programme' }).click();
    await expect(first.getByRole('alert')).toHaveText('A title can be at most 500 characters');
    await expectNoAxeViolations(app, 'the action log with an action being added to the work programme');
  });
}
