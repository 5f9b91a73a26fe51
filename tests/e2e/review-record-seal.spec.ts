// The record of sign-off has a seal of its own: who approved forged in the file is shown as
// TAMPERED, never as the approver of sealed minutes; minutes approved before records were sealed
// say, without an alarm, that their record carries no seal. Both pass axe in either colour scheme.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meeting } from '$shared/domain';
import { test, expect, SAMPLE, SAMPLE_DIR, preparing } from './fixtures';
import { expectNoAxeViolations, openRoute } from './helpers';
import { approvedSample } from '../helpers/review';

function storing(edit: (m: Meeting) => Meeting) {
  return preparing(async (dataDir) => {
    const meeting = edit(approvedSample().meeting);
    await mkdir(join(dataDir, 'meetings'), { recursive: true });
    await cp(join(SAMPLE_DIR, 'committees.json'), join(dataDir, 'committees.json'));
    await writeFile(join(dataDir, 'meetings', `${meeting.id}.json`), JSON.stringify(meeting, null, 2));
  });
}

test.describe.configure({ timeout: 90_000 });

test.describe('who approved, forged in the file', () => {
  test.use({
    seed: 'empty',
    prepareData: storing((m) => ({ ...m, approval: { ...m.approval!, approvedBy: 'Councillor Forged' } })),
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is shown as TAMPERED, not as sealed (${colorScheme})`, async ({ app, devHost }) => {
      await app.emulateMedia({ colorScheme });
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
      const alarm = app.getByRole('alert').filter({ hasText: 'TAMPERED' });
      await expect(alarm).toContainText('the record of approval or amendment no longer matches its seal');
      await expect(alarm).toContainText('it now says approved by Councillor Forged');
      await expect(alarm).toContainText('Seal recorded');
      await expect(app.getByRole('status').filter({ hasText: 'Sealed' })).toHaveCount(0);
      await expect(app.getByRole('button', { name: /^(Amend|Edit|Suggest an edit|Comment)/ })).toHaveCount(0);
      await expectNoAxeViolations(app, 'forged approval record');
    });
  }
});

test.describe('minutes approved before records were sealed', () => {
  test.use({
    seed: 'empty',
    // As a version 1 file, written before record seals, stored it (the same fields removed from a
    // version 2 file are TAMPERED: seal-verify.spec.ts).
    prepareData: storing((m) => {
      const { recordSeal: _s, ...approval } = m.approval!;
      return { ...m, version: 1, approval } as unknown as Meeting;
    }),
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`load without an alarm and say their record carries no seal (${colorScheme})`, async ({ app, devHost }) => {
      await app.emulateMedia({ colorScheme });
      await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/review`);
      const sealed = app.getByRole('status').filter({ hasText: 'Sealed' });
      await expect(sealed).toContainText('matches its fingerprint');
      await expect(sealed).toContainText('carries no seal');
      await expect(sealed).toContainText('It will be sealed at the next amendment.');
      await expect(app.getByRole('alert').filter({ hasText: 'TAMPERED' })).toHaveCount(0);
      await expectNoAxeViolations(app, 'unsealed approval record');
    });
  }
});
