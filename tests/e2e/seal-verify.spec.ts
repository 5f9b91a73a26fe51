// The seal claims what it proves, in the review screen: an intact seal says it shows accidental
// and casual changes, not a deliberate rewrite of the file; the review screen checks the file
// against the published pack copy and says plainly whether they match. Seal fields removed from a
// version 2 file are TAMPERED, not "unsealed".
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meeting } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import { approvalSeal, committeeAsApproved, fingerprint, recordNumber } from '$shared/review';
import { renderPackMinutesDocx } from '../../electron/services/docs/pack-minutes-docx';
import { test, expect, SAMPLE, SAMPLE_DIR, preparing } from './fixtures';
import { expectNoAxeViolations, openRoute } from './helpers';
import { approvedSample, text } from '../helpers/review';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function storing(edit: (m: Meeting) => Meeting) {
  return preparing(async (dataDir) => {
    const meeting = edit(approvedSample().meeting);
    await mkdir(join(dataDir, 'meetings'), { recursive: true });
    await cp(join(SAMPLE_DIR, 'committees.json'), join(dataDir, 'committees.json'));
    await writeFile(join(dataDir, 'meetings', `${meeting.id}.json`), JSON.stringify(meeting, null, 2));
  });
}

/** The pack copy of the genuine approved minutes, as published. */
async function publishedCopy(): Promise<Buffer> {
  const s = approvedSample();
  const bytes = await renderPackMinutesDocx(composeMinutes(s.meeting, committeeAsApproved(s.meeting, s.committee)), {
    itemNumber: '1',
    record: recordNumber(s.meeting),
  });
  return Buffer.from(bytes);
}

/** A paragraph rewritten, the fingerprint and record seal recomputed with the app's own functions. */
function forge(m: Meeting): Meeting {
  const f: Meeting = {
    ...m,
    notes: m.notes.map((p, i) =>
      i === 0 ? { ...p, content: text('The Committee agreed to close every school in the borough.') } : p,
    ),
  };
  const approval = { ...f.approval!, fingerprint: fingerprint(f, f.approval!.named) };
  return { ...f, approval: { ...approval, recordSeal: approvalSeal(f.id, approval) } };
}

test.describe.configure({ timeout: 120_000 });

test.describe('genuine approved minutes', () => {
  test.use({ seed: 'empty', prepareData: storing((m) => m) });

  test('say what the seal proves and what it does not, and match the published copy', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
    const sealed = app.getByRole('status').filter({ hasText: 'Sealed' });
    await expect(sealed).toContainText('nothing in it was changed by accident or by a casual edit of the file');
    await expect(sealed).toContainText('cannot stop someone who rewrites the file on purpose');
    const verify = app.getByRole('region', { name: 'Check against the published minutes' });
    await expect(verify).toContainText(`Record ${recordNumber(approvedSample().meeting)}`);
    await verify
      .getByLabel('Published copy (.docx or .pdf)')
      .setInputFiles({ name: 'published.docx', mimeType: DOCX, buffer: await publishedCopy() });
    await expect(verify.getByRole('status')).toContainText(
      'MATCH: the meeting file holds the minutes that were published',
      { timeout: 60_000 },
    );
    await expectNoAxeViolations(app, 'verified against the published copy');
  });
});

test.describe('a forgery with its fingerprints recomputed', () => {
  test.use({ seed: 'empty', prepareData: storing(forge) });

  test('reads as sealed, and the published copy shows the mismatch', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
    await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toBeVisible();
    const verify = app.getByRole('region', { name: 'Check against the published minutes' });
    await verify
      .getByLabel('Published copy (.docx or .pdf)')
      .setInputFiles({ name: 'published.docx', mimeType: DOCX, buffer: await publishedCopy() });
    const result = verify.getByRole('status');
    await expect(result).toContainText('MISMATCH: the meeting file does not hold the minutes that were published', {
      timeout: 60_000,
    });
    await expect(result).toContainText('The file has: The Committee agreed to close every school in the borough.');
    await expect(result).toContainText('The published copy prints Record');
    await expectNoAxeViolations(app, 'mismatch with the published copy');
  });
});

test.describe('seal fields removed from a version 2 file', () => {
  test.use({
    seed: 'empty',
    prepareData: storing((m) => {
      const { recordSeal: _s, ...approval } = m.approval!;
      return { ...m, approval };
    }),
  });

  test('are TAMPERED, not "unsealed"', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
    const alarm = app.getByRole('alert').filter({ hasText: 'TAMPERED' });
    await expect(alarm).toContainText('the seal was removed');
    await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toHaveCount(0);
  });
});
