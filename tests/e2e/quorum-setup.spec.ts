// Committee setup for the quorum watch: whether co-optees count, a vote per seat, and a quorum
// larger than the voting membership said where the quorum is set (saved all the same).
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';
import type { Committee } from '$shared/domain';

const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function committee(page: Page): Promise<Committee> {
  const r = await apiCall(page, 'committees:get', { committeeId: SAMPLE.committeeId });
  expect(r.ok).toBe(true);
  return r.value as Committee;
}

test('a quorum larger than the membership is said at the field; co-optees and seats without a vote change it', async ({
  app: page,
  devHost,
}) => {
  test.setTimeout(90_000);
  await openRoute(page, devHost, `#/committees/${SAMPLE.committeeId}/setup`);
  const details = section(page, 'Committee details');
  const quorum = details.getByLabel('Quorum', { exact: true });
  await quorum.fill('9');
  const warning = details.getByText(/can never be reached/);
  await expect(warning).toHaveText(
    "The quorum (9) is more than the committee's 5 voting members, so it can never be reached. Lower the quorum or add voting seats.",
  );
  await expectNoAxeViolations(page, 'committee setup with the quorum warning');

  // Counting the co-optees, there are ten voting seats: nine can be reached.
  const coOptees = details.getByLabel('Count co-optees with a vote as well as councillors');
  await expect(coOptees).not.toBeChecked();
  await coOptees.check();
  await expect(warning).toBeHidden();
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status').filter({ hasText: 'saved' })).toHaveText('Committee details: saved.');
  let c = await committee(page);
  expect(c.quorum).toBe(9);
  expect(c.settings.coOpteesCountForQuorum).toBe(true);

  // A co-optee's seat without a vote: nine voting seats left, the quorum of 9 still reachable; a second makes it not.
  const coOpted = section(page, 'Co-opted members');
  for (const name of ['Nandini Ganesh', 'Vic Daniels']) {
    await coOpted.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    await coOpted.getByLabel('Has a vote on the committee').uncheck();
    await coOpted.getByRole('button', { name: 'Save person' }).click();
    await expect(coOpted.getByText(/· no vote/)).toHaveCount(name === 'Nandini Ganesh' ? 1 : 2);
  }
  c = await committee(page);
  const votes = (name: string) => c.memberships.find((m) => m.personId === c.people.find((p) => p.name === name)!.id)!;
  expect(votes('Nandini Ganesh').voting).toBe(false);
  expect(votes('Vic Daniels').voting).toBe(false);
  expect(votes('Nadia Taylor').voting).toBeUndefined();
  await page.reload();
  await expect(section(page, 'Committee details').getByText(/can never be reached/)).toHaveText(
    "The quorum (9) is more than the committee's 8 voting members, so it can never be reached. Lower the quorum or add voting seats.",
  );
});
