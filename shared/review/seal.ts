// The seal of approved minutes: the fingerprint recorded at approval, moved on by each
// amendment. Content that no longer matches it was changed outside the app. The record of who
// approved and of the amendments has a seal of its own (record-seal.ts), checked here too.
import type { Meeting } from '../domain';
import { fingerprint } from './canonical';
import { checkRecordSeal, type RecordSealState } from './record-seal';

export function isSealed(meeting: Meeting): boolean {
  return meeting.approval !== undefined;
}

/** What the content's fingerprint must be: the last amendment's, else the approval's. */
export function expectedFingerprint(meeting: Meeting): string | undefined {
  const last = meeting.amendments?.at(-1);
  return last ? last.fingerprintAfter : meeting.approval?.fingerprint;
}

export type SealCheck =
  | { ok: true; sealed: false }
  | { ok: true; sealed: true; fingerprint: string; record: RecordSealState }
  /** what: the content no longer matches its fingerprint, or a record of approval or amendment its seal. */
  | { ok: false; what: 'content' | 'record'; expected?: string; actual?: string; message: string };

/**
 * Checks approved minutes against their seal. Drafts have nothing to check. A meeting marked
 * approved or confirmed without an approval record, a broken chain of amendments, or content
 * whose fingerprint differs, an approval or amendment record that no longer matches its seal: all
 * are reported, never repaired. The records are checked first, so a message never names a forged
 * approver as the one who approved.
 */
export function checkSeal(meeting: Meeting): SealCheck {
  const { approval } = meeting;
  const frozenStatus = meeting.status === 'approved' || meeting.status === 'confirmed';
  if (!approval) {
    if (frozenStatus)
      return {
        ok: false,
        what: 'record',
        message: `is marked ${meeting.status} but has no approval record or fingerprint; it may have been edited outside Scrutineer`,
      };
    if (meeting.amendments?.length)
      return {
        ok: false,
        what: 'record',
        message: 'records amendments but no approval; it may have been edited outside Scrutineer',
      };
    return { ok: true, sealed: false };
  }
  if (!frozenStatus) {
    return {
      ok: false,
      what: 'record',
      message: `has an approval record but its status is ${meeting.status.replace('_', ' ')}; it may have been edited outside Scrutineer`,
    };
  }
  const record = checkRecordSeal(meeting);
  if (!record.ok) return { what: 'record', ...record };
  let previous = approval.fingerprint;
  for (const [i, a] of (meeting.amendments ?? []).entries()) {
    if (a.fingerprintBefore !== previous) {
      return {
        ok: false,
        what: 'content',
        message: `has a broken chain of amendments (amendment ${i + 1} does not follow the one before); it may have been edited outside Scrutineer`,
      };
    }
    previous = a.fingerprintAfter;
  }
  const actual = fingerprint(meeting, approval.named);
  if (actual !== previous) {
    return {
      ok: false,
      what: 'content',
      expected: previous,
      actual,
      message: `was approved by ${approval.approvedBy}, but its content no longer matches the fingerprint recorded then: it was changed outside Scrutineer. It is shown read-only; restore a backup or amend it from a good copy`,
    };
  }
  return { ok: true, sealed: true, fingerprint: actual, record: record.record };
}
