// Dismissing a finding with a reason, through the one edit pipeline; approval lists and keeps
// the findings still open, without being blocked by them.
import { describe, expect, it } from 'vitest';
import { applyMeetingCommand } from '$shared/commands';
import { openFindings, runChecks } from '$shared/checks';
import { checkRecordSeal } from '$shared/review/record-seal';
import { ctxAt, loadSample, Steps, text } from '../helpers/review';

function sampleWithSlip() {
  const { meeting, committee } = loadSample();
  const p = meeting.notes[0]!;
  // A plain-text misspelling of a roster name, as typed in a hurry.
  const m = {
    ...meeting,
    notes: meeting.notes.map((x) => (x.id === p.id ? { ...x, content: text('Fiona Phleps spoke.') } : x)),
  };
  return { meeting: m, committee };
}

describe('checks:dismiss', () => {
  it('keeps the reason, who and when, and the finding shows as dismissed', () => {
    const { meeting, committee } = sampleWithSlip();
    const finding = runChecks(meeting, committee).find(
      (f) => f.kind === 'name-spelling' && f.words.includes('Phleps'),
    )!;
    expect(finding).toBeDefined();
    const r = applyMeetingCommand(
      meeting,
      'checks:dismiss',
      { findingId: finding.id, reason: 'As she signs it', by: 'Bathsheba Mall' },
      ctxAt('2016-09-20T09:00:00Z', committee),
    );
    expect(r.ok).toBe(true);
    const after = r.ok ? r.meeting : meeting;
    expect(after.checkDismissals).toEqual([
      {
        findingId: finding.id,
        words: finding.words,
        reason: 'As she signs it',
        by: 'Bathsheba Mall',
        at: '2016-09-20T09:00:00.000Z',
      },
    ]);
    expect(runChecks(after, committee).find((f) => f.id === finding.id)?.dismissed?.reason).toBe('As she signs it');
    expect(openFindings(after, committee).some((f) => f.id === finding.id)).toBe(false);

    const back = applyMeetingCommand(after, 'checks:restore', { findingId: finding.id }, ctxAt('2016-09-20T09:01:00Z'));
    expect(back.ok && back.meeting.checkDismissals).toEqual([]);
  });

  it('refuses a dismissal without a reason, and one of a finding no longer reported', () => {
    const { meeting, committee } = sampleWithSlip();
    const ctx = ctxAt('2016-09-20T09:00:00Z', committee);
    const finding = runChecks(meeting, committee)[0]!;
    const noReason = applyMeetingCommand(
      meeting,
      'checks:dismiss',
      { findingId: finding.id, reason: '  ', by: 'B' },
      ctx,
    );
    expect(noReason.ok).toBe(false);
    expect(!noReason.ok && noReason.refusal.message).toMatch(/say why the finding is dismissed/);
    const gone = applyMeetingCommand(
      meeting,
      'checks:dismiss',
      { findingId: 'names:nothing', reason: 'x', by: 'B' },
      ctx,
    );
    expect(!gone.ok && gone.refusal.code).toBe('NOT_FOUND');
  });
});

describe('approval with open findings', () => {
  it('is not blocked, and the sealed approval record keeps the open findings in words', () => {
    const { meeting, committee } = sampleWithSlip();
    const s = new Steps(meeting, committee);
    s.run('review:send', { by: 'Bathsheba Mall' });
    const open = openFindings(s.meeting, committee).filter((f) => f.kind !== 'marker');
    expect(open.length).toBeGreaterThan(0);
    const slip = open.find((f) => f.words.includes('Phleps'))!;
    s.run('checks:dismiss', { findingId: slip.id, reason: 'Checked with the officer', by: 'Bathsheba Mall' });
    s.run('review:approve', { by: 'Caroline Needham', approvedAs: 'chair', confirmMarkers: true });
    const kept = s.meeting.approval?.findingsConfirmed ?? [];
    expect(kept).toEqual(open.filter((f) => f !== slip).map((f) => `${f.place.where}: ${f.words}`));
    expect(kept.some((k) => k.endsWith(slip.words))).toBe(false);
    expect(kept.some((k) => k.includes('make it a reference to Fiona Phelps'))).toBe(true);
    expect(checkRecordSeal(s.meeting).ok).toBe(true);
  });
});
