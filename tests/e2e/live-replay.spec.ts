// The 19 September 2016 meeting replayed in the live console by keyboard alone (facts:
// tests/fixtures/meeting-2016-09-19.facts.md), then the page reloaded: everything comes back
// from disk, through the API and on screen.
import { test, expect } from './fixtures';
import { createMeeting, rosterWithout } from './keyboard-meeting-data';
import { apiCall } from './helpers';
import {
  goToItem,
  focusedName,
  liveUrl,
  pickOwner,
  setLondonTime,
  storedMeeting,
  tabTo,
  typeParagraph,
} from './live-keys';
import { ADDED, COMMITTEE_ID, ITEMS, MENTIONS } from './live-replay-script';

// The sample committee without its meeting; a few people and one owner left out of its roster,
// so that the console adds (and remembers) them.
test.use({ seed: 'empty', prepareData: rosterWithout() });

type Stored = Awaited<ReturnType<typeof storedMeeting>>;

test('the 19 September 2016 meeting, captured by keyboard, comes back from disk', async ({ app: page, devHost }) => {
  test.setTimeout(240_000);
  const meetingId = await createMeeting(page);
  await setLondonTime(page, '18:55');
  await page.goto(liveUrl(devHost, meetingId));
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();

  // ---- Attendance: one key per member and co-optee, then officers, guests, also present ----
  await page.keyboard.press('Alt+T');
  await expect.poll(() => focusedName(page)).toMatch(/^Councillor Caroline Needham \(Chair\)/);
  for (const key of ['p', 'p', 'p', 'a', 'p']) await page.keyboard.press(key); // Needham, Ffiske, De'Ath, Chumnerly, Johnson
  for (const key of ['p', 'p', 'p', 'p']) await page.keyboard.press(key); // the four co-optees
  const attendance = page.getByRole('region', { name: 'Attendance' });
  await expect(attendance.getByText('8 present · 1 apology · 0 absent')).toBeVisible();

  await page.keyboard.press('n');
  const addForm = page.getByRole('form', { name: 'Add someone to the attendance' });
  await expect(addForm.getByRole('combobox', { name: 'Name' })).toBeFocused();
  let capacity = 'Officer';
  for (const person of ADDED) {
    if (person.capacity !== capacity) {
      await page.keyboard.press('Shift+Tab');
      await expect(addForm.getByRole('combobox', { name: 'Attending as' })).toBeFocused();
      await page.keyboard.press(person.capacity[0]!); // typeahead: "E" external guest, "A" also present
      await expect(addForm.getByRole('combobox', { name: 'Attending as' })).toHaveValue(
        person.capacity === 'External guest' ? 'guest' : 'also-present',
      );
      await page.keyboard.press('Tab');
      capacity = person.capacity;
    }
    if (person.pick) {
      await page.keyboard.type(person.pick.split(' ')[0]!);
      await expect(addForm.getByRole('listbox').getByRole('option', { selected: true })).toContainText(person.pick);
      await page.keyboard.press('Enter');
      await expect(addForm.getByRole('combobox', { name: 'Name' })).toHaveValue(person.pick);
    } else {
      await page.keyboard.type(person.name!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(person.title ?? '');
      await page.keyboard.press('Tab');
      await page.keyboard.type(person.organisation ?? '');
    }
    await page.keyboard.press('Enter');
    await expect(addForm.getByRole('combobox', { name: 'Name' })).toHaveValue('');
    await expect(
      attendance.getByRole('button', { name: new RegExp(`^(Councillor )?${person.pick ?? person.name}`) }),
    ).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(attendance.getByText('21 present · 1 apology · 0 absent')).toBeVisible();

  // ---- The clock: started at 7.00 pm (typed over "now"; a start still to come would be refused) ----
  await setLondonTime(page, '19:01');
  await page.keyboard.press('Alt+S');
  const startDialog = page.getByRole('dialog', { name: 'Start the meeting' });
  await expect(startDialog.getByLabel('Started at')).toHaveValue('7.01 pm');
  await page.keyboard.type('7.00 pm');
  await page.keyboard.press('Enter');
  await expect(startDialog).toBeHidden();
  await expect(page.getByLabel('Meeting started')).toHaveValue('7.00 pm');

  // ---- The agenda, item by item ----
  await page.keyboard.press('Alt+I');
  for (const item of ITEMS) {
    await setLondonTime(page, item.at);
    if (item.number !== '1') await page.keyboard.press('Alt+N');
    const panel = page.getByRole('article', { name: new RegExp(`^${item.number}\\. `) });
    await expect(panel).toBeVisible();
    if (item.number === '2')
      await expect(panel).toContainText('Apologies for absence were received from Councillor Elaine Chumnerly.');
    if (item.number === '3') await expect(panel).toContainText('There were no declarations of interest.');
    if (item.number === '4') await expect(panel).toContainText('There were no public questions.');

    if (item.nextMeetingDate) {
      // The next meeting is data: its date field has the focus, as the coordinator reaches the item.
      await expect(panel.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
      await page.keyboard.type(item.nextMeetingDate);
      await page.keyboard.press('Tab');
      await expect(panel).toContainText('21st November 2016');
    }
    for (const [i, paragraph] of item.paragraphs.entries()) {
      if (i === 0) {
        await expect(panel.getByRole('button', { name: 'Start the notes of this item' })).toBeFocused();
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('Enter'); // a new paragraph after the one just typed
      }
      await expect(panel.getByRole('textbox', { name: `Paragraph ${i + 1} of item ${item.number}` })).toBeFocused();
      await typeParagraph(page, paragraph.text);
      if (paragraph.action) {
        await page.keyboard.press('Alt+A');
        await expect.poll(() => focusedName(page)).toMatch(/^Owners of action \d+$/);
        for (const owner of paragraph.action) await pickOwner(page, owner, owner !== 'Centrepoint');
        await page.keyboard.press('Escape'); // back to the end of the paragraph
        await expect(panel.getByRole('textbox', { name: `Paragraph ${i + 1} of item ${item.number}` })).toBeFocused();
      }
    }

    const resolution = item.resolution;
    if (resolution) {
      await page.keyboard.press('Alt+R');
      await expect(panel.getByRole('textbox', { name: 'Resolution 1, clause 1' })).toBeFocused();
      if ('template' in resolution) {
        await tabTo(page, resolution.template, true);
        await page.keyboard.press('Enter');
      } else {
        for (const [i, clause] of resolution.clauses.entries()) {
          if (i > 0) await page.keyboard.press('Enter'); // the next numbered clause
          await page.keyboard.type(clause);
        }
        await page.keyboard.press('Control+Enter');
      }
      await expect(panel.getByRole('textbox', { name: 'Resolution 1, clause 1' })).not.toHaveValue('');
    }
  }

  // ---- The end: 8.51 pm ----
  await setLondonTime(page, '20:50');
  await page.keyboard.press('Alt+Shift+S');
  const endDialog = page.getByRole('dialog', { name: 'End the meeting' });
  await expect(endDialog.getByLabel('Ended at')).toHaveValue('8.50 pm');
  await page.keyboard.type('8.51 pm');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Meeting ended')).toHaveValue('8.51 pm');
  await expect(page.getByRole('status')).toHaveText('Saved');

  // ---- What the store holds ----
  const before = await storedMeeting(page, meetingId);
  await checkCaptured(page, before);

  // ---- Reload: the same, from disk, on screen too ----
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Live minuting: Monday 19 September 2016' })).toBeVisible();
  expect(await storedMeeting(page, meetingId)).toEqual(before);
  await expect(page.getByLabel('Meeting started')).toHaveValue('7.00 pm');
  await expect(page.getByLabel('Meeting ended')).toHaveValue('8.51 pm');
  await page.keyboard.press('Alt+T');
  await expect(
    page.getByRole('region', { name: 'Attendance' }).getByText('21 present · 1 apology · 0 absent'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Councillor Elaine Chumnerly\s+apologies$/ })).toBeVisible();
  await page.keyboard.press('Alt+L');
  const actions = page.getByRole('region', { name: 'Actions (11)' });
  await expect(actions.getByRole('row')).toHaveCount(12);
  await expect(actions.getByRole('row').nth(11)).toContainText("CEPAC / Children's Services");
  await goToItem(page, '8');
  const item8 = page.getByRole('article', { name: /^8\. / });
  // Each chip as the minutes print it: these three are named here first, with their roles.
  await expect(item8.getByRole('textbox', { name: 'Paragraph 1 of item 8' })).toContainText(
    'Andy Sutton, Service Manager, Looked After Children introduced the report',
  );
  await expect(item8.getByRole('textbox', { name: 'Paragraph 1 of item 8' }).locator('.person-chip')).toHaveText([
    'Andy Sutton, Service Manager, Looked After Children',
    'Nahar Chowdhury, Head of Housing Support',
    'Anji McCormick, Head of Property Management',
  ]);
  await expect(item8.getByRole('textbox', { name: 'Resolution 1, clause 3' })).toHaveValue(
    /^That the outlined future direction/,
  );
  await expect(item8.getByRole('group', { name: 'ACTION 1:' })).toContainText('Centrepoint');
});

async function checkCaptured(page: import('@playwright/test').Page, m: Stored): Promise<void> {
  const committee = (await apiCall(page, 'committees:get', { committeeId: COMMITTEE_ID })).value as {
    people: { id: string; name: string; kind: string; title: string; organisation: string }[];
    actionOwners: string[];
  };
  const byName = new Map(committee.people.map((p) => [p.name, p]));
  const nameOf = (id: string) => committee.people.find((p) => p.id === id)?.name;

  // The people typed in are now in the roster, and the new owner is remembered.
  expect(byName.get('Andy Sutton')).toMatchObject({ kind: 'officer', title: 'Service Manager, Looked After Children' });
  expect(byName.get('Nahar Chowdhury')).toMatchObject({
    kind: 'guest',
    title: 'Head of Housing Support',
    organisation: 'Centrepoint',
  });
  expect(byName.get('Anji McCormick')).toMatchObject({
    kind: 'guest',
    title: 'Head of Property Management',
    organisation: 'Centrepoint',
  });
  expect(committee.actionOwners).toContain('Centrepoint');

  // Attendance: members, co-optees, officers, guests, also present; Councillor Chumnerly's apology.
  const att = (m.attendance as { personId: string; capacity: string; status: string }[]).map((a) => [
    nameOf(a.personId),
    a.capacity,
    a.status,
  ]);
  expect(att).toEqual([
    ['Caroline Needham', 'member', 'present'],
    ['Caroline Ffiske', 'member', 'present'],
    ["Alan De'Ath", 'member', 'present'],
    ['Elaine Chumnerly', 'member', 'apologies'],
    ['Donald Johnson', 'member', 'present'],
    ['Nandini Ganesh', 'co-optee', 'present'],
    ["Philippa O'Driscoll", 'co-optee', 'present'],
    ['Nadia Taylor', 'co-optee', 'present'],
    ['Vic Daniels', 'co-optee', 'present'],
    ...ADDED.map((a) => [
      a.pick ?? a.name,
      a.capacity === 'Officer' ? 'officer' : a.capacity === 'External guest' ? 'guest' : 'also-present',
      'present',
    ]),
  ]);
  expect(m.declarations).toEqual([]);
  expect(m.publicQuestions).toEqual([]);
  expect(m.clock).toMatchObject({ startedAt: '19:00', endedAt: '20:51', adjournments: [] });
  expect(m.status).toBe('ended');
  // Each item's start was recorded as it was stepped into.
  expect((m.agenda as { number: string; startedAt?: string }[]).map((i) => [i.number, i.startedAt])).toEqual(
    ITEMS.map((i) => [i.number, i.at]),
  );

  // The next meeting, captured as data at item 10.
  expect((m as { nextMeeting?: { date?: string } }).nextMeeting?.date).toBe('2016-11-21');

  // Notes: at least two paragraphs on each substantive item, people as references.
  const notes = m.notes as {
    id: string;
    itemId: string;
    content: ({ t: 'text'; text: string } | { t: 'person'; personId: string })[];
  }[];
  for (const item of ITEMS) {
    const mine = notes.filter((p) => p.itemId === `item-${item.number}`);
    expect(mine.length, `paragraphs of item ${item.number}`).toBe(item.paragraphs.length);
    mine.forEach((p, i) => {
      const written = p.content.map((r) => (r.t === 'text' ? r.text : `@${nameOf(r.personId)}`)).join('');
      const expected = item.paragraphs[i]!.text.replace(/@(\w+)/g, (_, q: string) => `@${nameFor(q)}`);
      expect(written.trim()).toBe(expected);
    });
    if (['5', '6', '7', '8', '9'].includes(item.number)) {
      expect(mine.length).toBeGreaterThanOrEqual(2);
      expect(mine.every((p) => p.content.some((r) => r.t === 'person'))).toBe(true);
    }
  }

  // All 11 actions, after their paragraphs, with their owners, in order.
  const actions = m.actions as { itemId: string; paragraphId: string; owners: string[] }[];
  const expectedActions = ITEMS.flatMap((item) =>
    item.paragraphs.flatMap((p, i) => (p.action ? [{ item: item.number, paragraph: i, owners: p.action }] : [])),
  );
  expect(expectedActions).toHaveLength(11);
  expect(
    actions.map((a) => {
      const inItem = notes.filter((p) => p.itemId === a.itemId);
      return {
        item: a.itemId.replace('item-', ''),
        paragraph: inItem.findIndex((p) => p.id === a.paragraphId),
        owners: a.owners,
      };
    }),
  ).toEqual(expectedActions);

  // The 4 resolutions, item 8's with its three clauses.
  const resolutions = (m.resolutions as { itemId: string; clauses: string[] }[]).map((r) => [r.itemId, r.clauses]);
  expect(resolutions).toEqual([
    [
      'item-1',
      [
        'The minutes of the meeting of the Children and Education Policy and Accountability Committee held on 13th June 2016 be confirmed and signed as an accurate record of the proceedings.',
      ],
    ],
    ['item-7', ['That the report be noted.']],
    ['item-8', (ITEMS.find((i) => i.number === '8')!.resolution as { clauses: string[] }).clauses],
    ['item-9', ['That the report be noted.']],
  ]);
}

function nameFor(query: string): string {
  const name = MENTIONS[query];
  if (!name) throw new Error(`No person for @${query}`);
  return name;
}
