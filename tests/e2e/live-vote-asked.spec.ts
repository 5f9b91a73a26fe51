// A member asks for their own vote to be recorded: with a counted vote, the coordinator names
// them in the vote's own list, it is saved, and an impossible request is refused at the vote.
import { test, expect, SAMPLE } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { goToItem, liveUrl, storedMeeting } from './live-keys';

test('a counted vote with a member who asked for their vote against to be recorded', async ({ app: page, devHost }) => {
  await page.goto(liveUrl(devHost, SAMPLE.meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  await goToItem(page, '7');
  // Item 7's resolution, as recorded (Alt+R would start a new one).
  await page.getByRole('textbox', { name: 'Resolution 1, clause 1' }).focus();
  const vote = page.getByRole('group', { name: 'Vote on resolution 1 (optional)' });
  await vote.getByLabel('Vote recorded').selectOption('counts');
  await vote.getByRole('spinbutton', { name: 'For' }).fill('6');
  await vote.getByRole('spinbutton', { name: 'Against' }).fill('1');

  await vote.getByRole('button', { name: 'A member asks for their vote to be recorded' }).click();
  const member = vote.getByRole('combobox', { name: 'Member asking for their vote to be recorded (1)' });
  await expect(member).toBeFocused();
  await member.selectOption({ label: "Councillor Alan De'Ath" });
  await expect(vote.getByRole('combobox', { name: 'Voted (1)' })).toHaveValue('against');
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The item's panel scrolls under its tabs: with the resolutions at its top, no button is left
  // half under the tabs, which axe counts as a target too small (where one lands depends on the
  // length of the notes above).
  await page
    .getByRole('heading', { name: 'Resolutions', level: 3 })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expectNoAxeViolations(page, 'a vote with a member asking for theirs to be recorded');

  const stored = await storedMeeting(page, SAMPLE.meetingId);
  const item7 = (stored.agenda as { id: string; number: string }[]).find((i) => i.number === '7')!.id;
  const saved = (
    stored.resolutions as { itemId: string; vote?: { recorded?: { personId: string; way: string }[] } }[]
  ).find((r) => r.itemId === item7)!;
  expect(saved.vote?.recorded).toHaveLength(1);
  expect(saved.vote?.recorded?.[0]?.way).toBe('against');

  // Two asking to be recorded against, with one counted against: refused at the vote.
  await vote.getByRole('button', { name: 'A member asks for their vote to be recorded' }).click();
  await vote.getByRole('combobox', { name: 'Voted (2)' }).selectOption('against');
  await expect(vote).toHaveAccessibleDescription(
    '2 members ask for a vote against to be recorded, but the count against is 1',
  );
  // Taking the second one away again: saved as it was, and the focus stays in the vote.
  await vote
    .getByRole('button', { name: /^Remove the recorded vote of/ })
    .last()
    .click();
  await expect(vote.getByRole('combobox', { name: 'Member asking for their vote to be recorded (1)' })).toBeFocused();
  await expect(vote).not.toHaveAccessibleDescription(/count against/);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const after = await storedMeeting(page, SAMPLE.meetingId);
  expect(
    (after.resolutions as { itemId: string; vote?: { recorded?: unknown[] } }[]).find((r) => r.itemId === item7)!.vote
      ?.recorded,
  ).toHaveLength(1);
});
