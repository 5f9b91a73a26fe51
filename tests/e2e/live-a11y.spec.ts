// The live console under axe (light and dark), its shortcut sheet, and its messages for bad
// input: each shown at its field, and nothing wrong saved.
import { test, expect, SAMPLE } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { goToItem, liveUrl, setLondonTime, storedMeeting } from './live-keys';

test.describe('the live console', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations (${scheme})`, async ({ app: page, devHost }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(liveUrl(devHost, SAMPLE.meetingId));
      await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
      // The item panel with notes, actions, a resolution (item 7), then attendance and the actions list.
      await goToItem(page, '7');
      await expect(page.getByRole('textbox', { name: 'Paragraph 1 of item 7' })).toBeVisible();
      await expectNoAxeViolations(page, `the item panel (${scheme})`);
      // The people list after "@".
      await page.getByRole('textbox', { name: 'Paragraph 1 of item 7' }).focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' @Phe');
      await expect(page.getByRole('listbox', { name: 'People matching Phe' })).toBeVisible();
      await expectNoAxeViolations(page, `the people list (${scheme})`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+T');
      await expect(page.getByRole('heading', { name: 'Attendance' })).toBeVisible();
      await expectNoAxeViolations(page, `the attendance (${scheme})`);
      await page.keyboard.press('n');
      await expect(page.getByRole('combobox', { name: 'Name' })).toBeFocused();
      await expectNoAxeViolations(page, `adding someone (${scheme})`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+L');
      await expect(page.getByRole('heading', { name: 'Actions (11)' })).toBeVisible();
      await expectNoAxeViolations(page, `the list of actions (${scheme})`);
    });
  }

  test('shows its shortcut sheet on "?" and passes axe there', async ({ app: page, devHost }) => {
    await page.goto(liveUrl(devHost, SAMPLE.meetingId));
    await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Alt+A');
    await expect(sheet).toContainText('Action from the current paragraph');
    await expectNoAxeViolations(page, 'the shortcut sheet');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    // While typing, "?" is just a character.
    await goToItem(page, '5');
    const paragraph = page.getByRole('textbox', { name: 'Paragraph 1 of item 5' });
    await paragraph.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Really?');
    await expect(sheet).toBeHidden();
    await expect(paragraph).toContainText('Really?');
  });

  test('says what is wrong with bad input at the field, and saves nothing wrong', async ({ app: page, devHost }) => {
    test.setTimeout(90_000);
    await setLondonTime(page, '20:00');
    await page.goto(liveUrl(devHost, SAMPLE.meetingId));
    await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
    const saved = await storedMeeting(page, SAMPLE.meetingId);

    // An end before the start.
    const ended = page.getByLabel('Meeting ended');
    await ended.fill('6.30 pm');
    await ended.press('Enter');
    await expect(ended).toHaveAccessibleDescription('The meeting cannot end (6.30 pm) before it started (7.00 pm)');
    await expect(ended).toHaveAttribute('aria-invalid', 'true');

    // A late arrival before the meeting started.
    await page.keyboard.press('Alt+T');
    await expect(page.getByRole('button', { name: /^Councillor Caroline Needham \(Chair\)/ })).toBeFocused();
    await page.keyboard.press('l'); // arrived late, now (8.00 pm)
    const arrived = page.getByLabel('Councillor Caroline Needham (Chair): arrived late at');
    await expect(arrived).toHaveValue('8.00 pm');
    await arrived.fill('6.45 pm');
    await arrived.press('Enter');
    await expect(arrived).toHaveAccessibleDescription(
      'A late arrival (6.45 pm) cannot be before the meeting started (7.00 pm)',
    );
    await expectNoAxeViolations(page, 'a refused late arrival');

    // A declaration by someone not present.
    await goToItem(page, '5');
    await page.keyboard.press('Alt+O');
    const form = page.getByRole('form', { name: 'New declaration of interest' });
    await form.getByLabel('Member declaring').selectOption({ label: 'Councillor Elaine Chumnerly (not present)' });
    await form.getByLabel('Nature of the interest').fill('Governor of a school in the borough');
    await form.getByRole('button', { name: 'Record the declaration' }).click();
    await expect(form.getByLabel('Member declaring')).toHaveAccessibleDescription(
      'Only someone present can declare an interest: mark them present first',
    );

    // An empty resolution.
    await page.keyboard.press('Alt+R');
    const clause = page.getByRole('textbox', { name: 'Resolution 1, clause 1' });
    await expect(clause).toBeFocused();
    await page.keyboard.press('Control+Enter');
    await expect(clause).toHaveAccessibleDescription(/cannot be empty/);
    await expectNoAxeViolations(page, 'a refused declaration and an empty resolution');

    // A vote whose counts exceed the members present (item 7's resolution).
    await goToItem(page, '7');
    await page.getByRole('textbox', { name: 'Resolution 1, clause 1' }).focus();
    const vote = page.getByRole('group', { name: 'Vote on resolution 1 (optional)' });
    await vote.getByLabel('Vote recorded').selectOption('counts');
    await vote.getByRole('spinbutton', { name: 'For' }).fill('30');
    await expect(vote).toHaveAccessibleDescription(
      /The vote counts 30 \(for 30, against 0, abstaining 0\), but only 8 voting members are present and not withdrawn for item 7/,
    );
    await expectNoAxeViolations(page, 'a refused vote');

    // Nothing of it reached the store; what was there is all still there.
    await expect(page.getByRole('status')).toHaveText('Saved');
    const after = await storedMeeting(page, SAMPLE.meetingId);
    // (Stepping into items moved the current item; the times are as they were.)
    expect(after.clock).toMatchObject({ startedAt: '19:00', endedAt: '20:51', adjournments: [] });
    expect(after.declarations).toEqual([]);
    expect(after.resolutions).toEqual(saved.resolutions);
    expect(after.notes).toEqual(saved.notes);
    const needham = (after.attendance as { personId: string; arrivedAt?: string }[]).find(
      (a) => a.personId === '1caea4b1-d795-4f0a-bf3c-ad1178457dbd',
    );
    expect(needham?.arrivedAt).toBe('20:00');
  });
});
