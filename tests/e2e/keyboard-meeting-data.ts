// The data folder the keyboard replay starts from: the sample committee without its meeting, and
// with a few people and one action owner out of its roster, so that the console adds them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, preparing, SAMPLE_DIR } from './fixtures';
import { apiCall } from './helpers';
import { AGENDA, COMMITTEE_ID, ITEMS, NOT_IN_ROSTER, type ScriptItem } from './live-replay-script';

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

/** The items the live console replay types, and the most keys each kind of capture may take. */
export interface Replay {
  items: ScriptItem[];
  bounds: Record<string, number>;
}

/** Each bound a little above today's count, so that added keys fail. */
export const WHOLE_MEETING: Replay = {
  items: ITEMS,
  bounds: {
    'attendance: members': 12,
    'attendance: from the roster': 42,
    'attendance: typed in full': 170,
    times: 30,
    navigation: 2,
    'name mentions': 135,
    'action, one owner': 32,
    'action, more owners': 42,
    'resolution: Minutes confirmed': 5,
    'resolution: Report noted': 2 * 5,
    'resolution: typed clauses': 370,
    'next meeting': 12,
  },
};

/**
 * npm test types the items with every kind of capture (a quick resolution, mentions, actions with
 * one owner, more owners and one new to the roster, typed clauses, the next meeting's date) and
 * steps through the others, recording their start times; `npm run test:journeys` types them all
 * (a minute or more on 2 cores). Attendance is taken in full either way.
 */
export const TYPED_IN_NPM_TEST = ['1', '8', '9', '10'];
export const SHORT_MEETING: Replay = {
  items: ITEMS.map((i) => (TYPED_IN_NPM_TEST.includes(i.number) ? i : { number: i.number, at: i.at, paragraphs: [] })),
  bounds: {
    ...WHOLE_MEETING.bounds,
    // Today: 42 keys for 10 mentions, 5 for the one-owner action, 26 for the two with more owners.
    'name mentions': 46,
    'action, one owner': 6,
    'action, more owners': 29,
    'resolution: Report noted': 5,
  },
};
