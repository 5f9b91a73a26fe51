// Issue 15's "done when": the 19 September 2016 meeting minuted without the mouse. Only
// page.keyboard drives the page (no click, focus(), fill or page script); each key is counted
// against the kind of capture it served, the tally is printed, and each kind is bounded a little
// above what it costs today, so a change that adds keys fails here.
import { test, expect } from './fixtures';
import { CountedKeyboard } from './keyboard-counter';
import { AGENDA } from './live-replay-script';
import { storedMeeting } from './live-keys';
import { rosterWithout } from './keyboard-meeting-data';

test.use({ seed: 'empty', prepareData: rosterWithout() });

const COMMITTEE = 'Children and Education Policy and Accountability Committee';
/** The items the sample's standard agenda lacks, added between PUBLIC PARTICIPATION and DATE OF NEXT MEETING. */
const ADDED_ITEMS = AGENDA.filter((i) => i.kind === 'report').map((i) => i.title);

function report(kb: CountedKeyboard, title: string) {
  console.log(`\n${title}\n${kb.table()}\n`);
}

test('the agenda, from the first screen, by keyboard', async ({ app: page }) => {
  test.setTimeout(120_000);
  const kb = new CountedKeyboard(page);

  // ---- First screen → the committee → a new meeting ----
  kb.as('navigation');
  await kb.tabTo(page.getByRole('link', { name: COMMITTEE }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: COMMITTEE })).toBeVisible();
  await kb.tabTo(page.getByRole('button', { name: 'New meeting' }));
  await kb.press('Enter');

  kb.as('meeting details', 1);
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(date).toBeFocused();
  await kb.type('19/9/2016');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Monday 19 September 2016' })).toBeVisible();

  kb.as('navigation');
  await kb.tabTo(page.getByRole('link', { name: 'Build the agenda' }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda: Monday 19 September 2016' })).toBeVisible();

  // ---- The agenda: the standard items less WORK PROGRAMME, and five reports ----
  kb.as('agenda: remove an item', 1);
  const newTitle = page.getByLabel('Title of the new item');
  await kb.tabTo(page.getByRole('link', { name: 'Add an item' }));
  await kb.press('Enter');
  await expect(newTitle).toBeFocused();
  await kb.tabTo(page.getByRole('button', { name: 'Remove item 5', exact: true }), { backwards: true });
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Remove item 5?' });
  await expect(dialog).toBeVisible();
  await kb.tabTo(dialog.getByRole('button', { name: 'Remove item' }));
  await kb.press('Enter');
  await expect(dialog).toBeHidden();

  kb.as('agenda: add items', ADDED_ITEMS.length);
  // The removal leaves the focus on the Items heading, just after the skip link.
  await kb.tabTo(page.getByRole('link', { name: 'Add an item' }), { backwards: true });
  await kb.press('Enter');
  await expect(newTitle).toBeFocused();
  for (const title of ADDED_ITEMS) {
    await kb.type(title);
    await kb.press('Enter');
    await expect(newTitle).toHaveValue('');
  }
  await expect(page.getByRole('list', { name: 'Items' }).getByRole('heading', { level: 3 })).toHaveText(
    AGENDA.map((i) => `${i.number}. ${i.title}`),
  );
  await expect(page.locator('.save-indicator')).toHaveText('Saved');

  const meetingId = /#\/meetings\/([^/]+)\/agenda$/.exec(page.url())?.[1] ?? '';
  const stored = await storedMeeting(page, meetingId);
  expect(stored.date).toBe('2016-09-19');
  expect(
    (stored.agenda as { number: string; title: string; kind: string }[]).map((i) => [i.number, i.title, i.kind]),
  ).toEqual(AGENDA.map((i) => [i.number, i.title, i.kind]));

  report(kb, 'Keystrokes: the agenda');
  bounded(kb, {
    navigation: 20,
    'meeting details': 12,
    'agenda: remove an item': 30,
    'agenda: add items': 160,
  });
});

/** Each kind's keys at most its bound: a little above today's count, so that added keys fail. */
function bounded(kb: CountedKeyboard, bounds: Record<string, number>) {
  for (const [kind, most] of Object.entries(bounds))
    expect(kb.count(kind), `keys for ${kind}`).toBeLessThanOrEqual(most);
}
