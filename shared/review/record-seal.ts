// The seal of the record of sign-off: who approved, when, and the content fingerprint they
// approved; then each amendment (who, when, why, what it changed), in order. The content
// fingerprint (canonical.ts) leaves these records out, rightly: it is of the minutes. This second
// SHA-256 covers them, as a chain: the approval's seal is of its record; each amendment's is of
// the seal before it and its own record, so no record can be changed, removed from the middle,
// added or reordered without breaking the chain.
//
// Minutes approved before records were sealed carry none; the migration from meeting file
// version 1 marks them (approvedBeforeRecordSeals), and only those are unsealed: an approval
// without its seal in a later file had it removed, and is reported as tampered with. They load without alarm and say so;
// the next amendment seals the record as it is found then (its recordSealBefore is the chain
// computed over the approval and the amendments before it), and the seal state says when.
import type { Amendment, Approval, Meeting } from '../domain';
import { formatDate, nowInLondon } from '../format/en-gb';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

export const RECORD_SCHEME = 'scrutineer.minutes-record/1';

/**
 * Approval fields the record seal leaves out, and why. Every other field, including any added
 * later, is sealed (a test keeps this list to fields the Approval schema has).
 */
export const APPROVAL_NOT_SEALED = {
  named: 'the people as named are content: the content fingerprint covers them, and amendments extend them',
  recordSeal: 'the seal itself',
} as const satisfies Partial<Record<keyof Approval, string>>;

/** Amendment fields the record seal leaves out: the chain's own links. */
export const AMENDMENT_NOT_SEALED = {
  recordSealBefore: 'the link to the seal before, sealed as `previous`',
  recordSeal: 'the seal itself',
} as const satisfies Partial<Record<keyof Amendment, string>>;

function without<T extends object>(record: T, keys: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!(k in keys)) out[k] = v;
  return out;
}

const seal = (value: unknown) => `sha256:${sha256Hex(canonicalJson(value))}`;

/** The seal of an approval record, bound to its meeting (a record moved to another meeting does not verify). */
export function approvalSeal(meetingId: string, approval: Approval): string {
  return seal({ scheme: RECORD_SCHEME, meetingId, approval: without(approval, APPROVAL_NOT_SEALED) });
}

/** The seal of an amendment record after the seal before it. */
export function amendmentSeal(previous: string, amendment: Amendment): string {
  return seal({ scheme: RECORD_SCHEME, previous, amendment: without(amendment, AMENDMENT_NOT_SEALED) });
}

/** The seal at the head of the chain as the records stand: what the next amendment records as recordSealBefore. */
export function recordHead(meeting: Meeting): string | undefined {
  if (!meeting.approval) return undefined;
  let head = approvalSeal(meeting.id, meeting.approval);
  for (const a of meeting.amendments ?? []) head = amendmentSeal(head, a);
  return head;
}

export type RecordSealState =
  | { state: 'sealed'; seal: string }
  /** Approved before records were sealed; sealed as found when amendment `since` (1-based) was made. */
  | { state: 'sealed-later'; seal: string; since: number; at: string }
  /** Approved before records were sealed, and not amended since. */
  | { state: 'unsealed' };

export type RecordCheck =
  { ok: true; record: RecordSealState } | { ok: false; expected?: string; actual?: string; message: string };

const outside =
  'it was changed outside Scrutineer. It is shown read-only; restore a backup or open a good copy of its meeting file';

/** Checks the approval record and the chain of amendment records against their seals. Never repairs. */
export function checkRecordSeal(meeting: Meeting): RecordCheck {
  const approval = meeting.approval;
  if (!approval) return { ok: true, record: { state: 'unsealed' } };
  let head = approvalSeal(meeting.id, approval);
  let sealedFrom: { since: number; at: string } | undefined;
  if (approval.recordSeal === undefined && !meeting.approvedBeforeRecordSeals) {
    // Written by a version that seals every approval (meeting file version 2 or later), and not
    // carried over from version 1 without a seal: the seal was removed.
    return {
      ok: false,
      message: `has a record of its approval without its seal, in a file written by a version of Scrutineer that seals every approval: the seal was removed (it now says approved by ${approval.approvedBy}); ${outside}`,
    };
  }
  if (approval.recordSeal !== undefined) {
    if (approval.recordSeal !== head) {
      return {
        ok: false,
        expected: approval.recordSeal,
        actual: head,
        message: `has a record of its approval that no longer matches its seal: who approved, when, or the fingerprint approved was changed (it now says approved by ${approval.approvedBy}); ${outside}`,
      };
    }
    sealedFrom = { since: 0, at: approval.approvedAt };
  }
  for (const [i, a] of (meeting.amendments ?? []).entries()) {
    const n = i + 1;
    if (a.recordSeal === undefined || a.recordSealBefore === undefined) {
      if (sealedFrom || a.recordSeal !== undefined || a.recordSealBefore !== undefined) {
        return {
          ok: false,
          message: `has an amendment record without its seal (amendment ${n}) in a sealed record of amendments: one was added or changed, or its seal removed; ${outside}`,
        };
      }
      head = amendmentSeal(head, a);
      continue;
    }
    if (a.recordSealBefore !== head) {
      return {
        ok: false,
        expected: a.recordSealBefore,
        actual: head,
        message: sealedFrom
          ? `has a broken chain of amendment records (amendment ${n} does not follow the record before it: an amendment was removed, added or reordered, or an earlier record changed); ${outside}`
          : `has a record of its approval or of the amendments before amendment ${n} that no longer matches the seal amendment ${n} gave it: who approved, when, or an earlier amendment was changed; ${outside}`,
      };
    }
    const own = amendmentSeal(head, a);
    if (a.recordSeal !== own) {
      return {
        ok: false,
        expected: a.recordSeal,
        actual: own,
        message: `has an amendment record that no longer matches its seal: amendment ${n} (who made it, when, why, or what it changed: it now says by ${a.by}, "${a.why.slice(0, 80)}") was changed; ${outside}`,
      };
    }
    sealedFrom ??= { since: n, at: a.at };
    head = own;
  }
  if (!sealedFrom) return { ok: true, record: { state: 'unsealed' } };
  return {
    ok: true,
    record:
      sealedFrom.since === 0 ? { state: 'sealed', seal: head } : { state: 'sealed-later', seal: head, ...sealedFrom },
  };
}

function day(timestamp: string): string {
  try {
    return formatDate(nowInLondon(new Date(timestamp)).date);
  } catch {
    return timestamp.slice(0, 10);
  }
}

/** The record seal in words, for the seal banner. */
export function describeRecordSeal(record: RecordSealState): string {
  switch (record.state) {
    case 'sealed':
      return 'The record of who approved them and of every amendment matches its seal.';
    case 'sealed-later': {
      const before =
        record.since > 1 ? ` and the ${record.since - 1} amendment${record.since > 2 ? 's' : ''} before it` : '';
      return `The record of who approved them${before} was made before Scrutineer sealed such records; it was sealed as it stood when amendment ${record.since} was made, on ${day(record.at)}, and matches its seal since then.`;
    }
    case 'unsealed':
      return 'The record of who approved them and of any amendments carries no seal: they were approved before Scrutineer sealed such records, so a change made to it outside Scrutineer could not be detected. It will be sealed at the next amendment.';
  }
}

/**
 * The record number printed in the footer of the published (pack) copy of approved minutes:
 * "3f9a-1c07-b2e4", the first 12 hex digits of the seal at the head of the record chain. That is
 * the approval record's seal, or, once amended, the latest amendment's: the published copy prints
 * the minutes as they now stand, and the latest amendment's seal covers the approval and every
 * amendment before it, content fingerprints included. Computed from the records (recordHead), so
 * minutes approved before records were sealed get one too. Undefined for a draft.
 */
export function recordNumber(meeting: Meeting): string | undefined {
  const head = recordHead(meeting);
  if (!head) return undefined;
  const hex = head.replace(/^sha256:/, '').slice(0, 12);
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/** The footer's words for it: "Record 3f9a-1c07-b2e4". */
export const recordLine = (number: string): string => `Record ${number}`;

/** Finds the record number printed in a published copy's text, if any. */
export function findRecordNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(/\bRecord\s+([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})\b/g)].map((m) => m[1]!))];
}
