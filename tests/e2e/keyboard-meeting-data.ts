// The data folder the keyboard replay starts from: the sample committee without its meeting, and
// with a few people and one action owner out of its roster, so that the console adds them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, preparing, SAMPLE_DIR } from './fixtures';
import { apiCall } from './helpers';
import { AGENDA, COMMITTEE_ID, NOT_IN_ROSTER } from './live-replay-script';

export function rosterWithout() {
  return preparing(async (dataDir: string) => {
    await mkdir(join(dataDir, 'meetings'), { recursive: true });
    const file = JSON.parse(await readFile(join(SAMPLE_DIR, 'committees.json'), 'utf8'));
    const committee = file.committees[0];
    committee.people = committee.people.filter((p: { name: string }) => !NOT_IN_ROSTER.includes(p.name));
    committee.actionOwners = committee.actionOwners.filter((o: string) => o !== 'Centrepoint');
    await writeFile(join(dataDir, 'committees.json'), JSON.stringify(file, null, 2));
  });
}

/** The meeting with its agenda as the keyboard builds it in the first test, for the tests that start later on. */
export async function createMeeting(page: Page): Promise<string> {
  const created = await apiCall(page, 'meetings:create', {
    committeeId: COMMITTEE_ID,
    date: '2016-09-19',
    startTime: '19:00',
    withStandardItems: false,
  });
  expect(created.ok, created.error?.message).toBe(true);
  const meetingId = (created.value as { id: string }).id;
  for (const item of AGENDA) {
    const r = await apiCall(page, 'agenda:addItem', { meetingId, item: { id: `item-${item.number}`, ...item } });
    expect(r.ok, r.error?.message).toBe(true);
  }
  const details = await apiCall(page, 'meeting:updateDetails', {
    meetingId,
    patch: { previousMeetingDate: '2016-06-13', venue: 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL' },
  });
  expect(details.ok).toBe(true);
  return meetingId;
}
