// Issue 12, item 5, on the screen: opening a meeting file that names people the committee here
// lacks lists them before anything is written, and the button says they are added; a file naming
// someone no committee holds is refused in words, with no button to open it.
import { randomUUID } from 'node:crypto';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import type { MeetingExport } from '$shared/api';
import type { Committee, Meeting } from '$shared/domain';
import { meetingFileFingerprint } from '$shared/review/meeting-file';

function craft(file: MeetingExport, change: (meeting: Meeting, committee: Committee) => void): MeetingExport {
  const f = structuredClone(file);
  f.meeting.id = randomUUID();
  change(f.meeting, f.committee);
  return { ...f, fingerprint: meetingFileFingerprint(f.meeting, f.committee) };
}

const present = (personId: string, capacity: 'member' | 'officer') => ({
  personId,
  capacity,
  status: 'present' as const,
  lateApologies: false,
});

test('people the committee here lacks are listed first and added only from the button that says so', async ({
  app,
  devHost,
}) => {
  const exported = (await apiCall(app, 'meetings:export', { meetingId: SAMPLE.meetingId })).value as MeetingExport;
  const officer = randomUUID();
  const file = craft(exported, (m, c) => {
    c.people.push({
      id: officer,
      kind: 'officer',
      name: 'Pat Visiting',
      title: 'Head of Transport',
      organisation: '',
      group: '',
      aliases: [],
    });
    m.attendance.push(present(officer, 'officer'));
  });
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await app.getByLabel('Open a meeting file').setInputFiles({
    name: 'from-the-chair.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = app.getByRole('region', { name: /from-the-chair\.json/ });
  await expect(preview).toContainText(`Opening this file adds a person to "${SAMPLE.committee}" here`);
  await expect(preview).toContainText('Pat Visiting (an officer)');
  await expect(preview).toContainText('Nothing is added unless you confirm');
  expect(
    ((await apiCall(app, 'committees:get', { committeeId: SAMPLE.committeeId })).value as Committee).people.some(
      (p) => p.id === officer,
    ),
  ).toBe(false);
  await preview.getByRole('button', { name: 'Add 1 person and open the meeting' }).click();
  await expect(app).toHaveURL(new RegExp(file.meeting.id));
  expect(
    ((await apiCall(app, 'committees:get', { committeeId: SAMPLE.committeeId })).value as Committee).people.some(
      (p) => p.id === officer,
    ),
  ).toBe(true);
});

test('a file naming someone on no roster is refused in words, with no button to open it', async ({ app, devHost }) => {
  const exported = (await apiCall(app, 'meetings:export', { meetingId: SAMPLE.meetingId })).value as MeetingExport;
  const file = craft(exported, (m) => m.attendance.push(present(randomUUID(), 'member')));
  await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
  await app
    .getByLabel('Open a meeting file')
    .setInputFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const preview = app.getByRole('region', { name: /crafted\.json/ });
  await expect(preview).toContainText(
    'This meeting file cannot be opened: it refers to people, agenda items or paragraphs that',
  );
  await expect(preview).toContainText('The file cannot be opened; nothing was changed.');
  await expect(preview.getByRole('button', { name: /open the meeting|Replace/i })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
  expect(
    ((await apiCall(app, 'meetings:list', {})).value as { id: string }[]).some((m) => m.id === file.meeting.id),
  ).toBe(false);
});
