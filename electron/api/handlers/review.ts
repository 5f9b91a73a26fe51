// Review and sign-off channels that are not single meeting commands: the review screen's status,
// merging the Chair's comments from a meeting file, confirming the previous minutes, and
// inspecting a meeting file before opening it.
import type { z } from 'zod';
import { newId, type Meeting } from '$shared/domain';
import type { contract, ReviewStatus, SealState } from '$shared/api';
import {
  checkSeal,
  committeeAsApproved,
  confirmationClauses,
  describeRecordSeal,
  editAllowed,
  meetingFileFingerprint,
  minutesGaps,
  openComments,
  readMeetingFile,
} from '$shared/review';
import { formatDate, formatLongDate } from '$shared/format/en-gb';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';
import type { Handlers } from '../handle';
import { inspectMeetingFile } from './meetings';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

function sealState(meeting: Meeting): SealState {
  const seal = checkSeal(meeting);
  if (!seal.ok)
    return {
      state: 'broken',
      what: seal.what,
      message: seal.message,
      ...(seal.expected ? { expected: seal.expected } : {}),
      ...(seal.actual ? { actual: seal.actual } : {}),
    };
  if (!seal.sealed) return { state: 'draft' };
  const { record } = seal;
  return {
    state: 'intact',
    fingerprint: seal.fingerprint,
    record: {
      state: record.state,
      ...(record.state === 'unsealed' ? {} : { seal: record.seal }),
      note: describeRecordSeal(record),
    },
  };
}

export function reviewStatus(store: Store, meetingId: string): ReviewStatus {
  const m = store.meeting(meetingId);
  const committee = store.committee(m.committeeId);
  const open = openComments(m);
  const blockers: string[] = [];
  if (m.status !== 'in_review')
    blockers.push(`the draft is ${m.status.replace('_', ' ')}, not with the Chair for review`);
  if (open.length) blockers.push(`${open.length} comment(s) or suggested edit(s) are still open`);
  const tampered = store.tampered.has(m.id);
  return {
    meetingId: m.id,
    status: m.status,
    revision: m.revision,
    ...(m.review ? { review: { sentAt: m.review.sentAt, sentBy: m.review.sentBy } } : {}),
    comments: m.review?.comments ?? [],
    openComments: open.length,
    gaps: minutesGaps(m, committee),
    ...(m.approval
      ? {
          approval: {
            approvedBy: m.approval.approvedBy,
            ...(m.approval.approvedAs ? { approvedAs: m.approval.approvedAs } : {}),
            approvedAt: m.approval.approvedAt,
            fingerprint: m.approval.fingerprint,
            gapsConfirmed: m.approval.gapsConfirmed,
          },
        }
      : {}),
    amendments: m.amendments ?? [],
    ...(m.confirmation ? { confirmation: m.confirmation } : {}),
    fingerprint: meetingFileFingerprint(m, committee),
    seal: sealState(m),
    editable: !tampered && !store.readOnly && editAllowed(m, 'notes:updateParagraph').ok,
    approveBlockers: blockers,
  };
}

/** The meeting whose minutes `m`'s item "Minutes" confirms: by link, else by its date. */
export function previousMeeting(store: Store, m: Meeting): Meeting {
  if (m.previousMeetingId && store.meetingIds().includes(m.previousMeetingId))
    return store.meeting(m.previousMeetingId);
  const date = m.previousMeetingDate;
  if (!date)
    throw new StoreError(
      'NO_PREVIOUS',
      'This meeting does not say which meeting came before it; set the date of the previous meeting first',
      'previousMeetingDate',
    );
  const candidates = store
    .meetingIds()
    .map((id) => store.meeting(id))
    .filter((x) => x.committeeId === m.committeeId && x.date === date && x.id !== m.id);
  if (candidates.length === 0)
    throw new StoreError(
      'NOT_FOUND',
      `There is no meeting of this committee on ${formatLongDate(date)} here, so its minutes cannot be confirmed`,
    );
  if (candidates.length > 1)
    throw new StoreError(
      'AMBIGUOUS',
      `This committee has ${candidates.length} meetings on ${formatLongDate(date)}; open the previous meeting to confirm its minutes`,
    );
  return candidates[0]!;
}

export function reviewHandlers({ store }: Services) {
  return {
    'review:status': ({ meetingId }: In<'review:status'>) => reviewStatus(store, meetingId),

    'meetings:inspectImport': ({ file }: In<'meetings:inspectImport'>) => inspectMeetingFile(store, file),

    'review:mergeComments': async ({ file }: In<'review:mergeComments'>) => {
      const read = readMeetingFile(file);
      if (!read.ok) throw new StoreError(read.code, read.message);
      const here = store.meeting(read.meeting.id);
      const known = new Set((here.review?.comments ?? []).map((c) => c.id));
      const fresh = (read.meeting.review?.comments ?? []).filter((c) => !known.has(c.id));
      if (fresh.length) await store.command(here.id, 'review:importComments', { comments: fresh });
      return { meetingId: here.id, added: fresh.length, comments: store.meeting(here.id).review?.comments ?? [] };
    },

    'review:confirmPrevious': async ({ meetingId, by }: In<'review:confirmPrevious'>) => {
      const next = store.meeting(meetingId);
      const previous = previousMeeting(store, next);
      if (previous.status === 'confirmed' && previous.confirmation?.atMeetingId !== next.id) {
        const at = previous.confirmation?.atMeetingDate;
        throw new StoreError(
          'ALREADY_CONFIRMED',
          `The minutes of ${formatDate(previous.date)} were already confirmed at ${at ? `the meeting of ${formatLongDate(at)}` : 'another meeting'}`,
        );
      }
      if (previous.status !== 'approved' && previous.status !== 'confirmed') {
        throw new StoreError(
          'NOT_APPROVED',
          `The minutes of ${formatDate(previous.date)} have not been approved by the Chair yet, so they cannot be confirmed`,
        );
      }
      if (store.tampered.has(previous.id))
        throw new StoreError(
          'TAMPERED',
          `The minutes of ${formatDate(previous.date)} were changed outside Scrutineer after approval; they cannot be confirmed`,
        );
      const item = next.agenda.find((i) => i.kind === 'minutes');
      if (!item)
        throw new StoreError(
          'NO_MINUTES_ITEM',
          'This meeting has no "Minutes" item to record the confirmation under; add one to the agenda',
        );
      const committee = store.committee(next.committeeId);
      const clauses = confirmationClauses(
        previous,
        committeeAsApproved(previous, committee),
        committee.settings.ordinalDates,
      );
      const resolutionId = next.resolutions.find((r) => r.itemId === item.id)?.id ?? newId();
      await store.command(next.id, 'resolutions:set', { resolution: { id: resolutionId, itemId: item.id, clauses } });
      if (previous.status === 'approved')
        await store.command(previous.id, 'minutes:confirm', { atMeetingId: next.id, atMeetingDate: next.date, by });
      return { previousMeetingId: previous.id, resolutionId, amendments: previous.amendments?.length ?? 0 };
    },
  } satisfies Partial<Handlers>;
}
