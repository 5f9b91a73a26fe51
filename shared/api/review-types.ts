// What the review, next-meeting, action log, work programme and document channels answer: the
// schemas, with the types derived from them (one source each). Objects are strict, as in types.ts.
import { z } from 'zod';
import {
  Amendment,
  ApproverCapacity,
  Confirmation,
  Id,
  Meeting,
  MeetingStatus,
  ReviewComment,
  Timestamp,
} from '../domain';
import { ActionLogEntry } from '../planning/action-log';

const Count = z.number().int().min(0);
const Fingerprint = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a fingerprint is sha256: and 64 hex digits');

/** A gap ("[to be completed]") in a document, in words. */
export const DocumentGap = z.strictObject({ where: z.string(), what: z.string() });

/** A Word document produced on the Node side, carried as base64 (the same over IPC and HTTP). */
export const ExportedDocument = z.strictObject({
  fileName: z.string().min(1),
  base64: z.base64(),
  /** Gaps ("[to be completed]") in what was exported, in words. */
  missing: z.array(DocumentGap),
  /** Why the committee's template was not used, if it has one and it was not. */
  templateError: z.string().optional(),
});
export type ExportedDocument = z.infer<typeof ExportedDocument>;

/** docs:exportMinutes: the same as every document (the template reaches them all). */
export const ExportedMinutes = ExportedDocument;
export type ExportedMinutes = z.infer<typeof ExportedMinutes>;

export const SealState = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('draft') }),
  /**
   * record: the seal of who approved and of the amendments (shared/review/record-seal.ts):
   * 'sealed', 'sealed-later' (approved before records were sealed; sealed at an amendment since),
   * or 'unsealed' (approved before records were sealed, not amended since); note says it in words.
   */
  z.strictObject({
    state: z.literal('intact'),
    fingerprint: Fingerprint,
    record: z.strictObject({
      state: z.enum(['sealed', 'sealed-later', 'unsealed']),
      seal: Fingerprint.optional(),
      note: z.string(),
    }),
  }),
  /** what: the content no longer matches its fingerprint, or a record of approval or amendment its seal. */
  z.strictObject({
    state: z.literal('broken'),
    what: z.enum(['content', 'record']),
    message: z.string(),
    expected: z.string().optional(),
    actual: z.string().optional(),
  }),
]);
export type SealState = z.infer<typeof SealState>;

/** A gap marked "[to be completed]" in the minutes, with what it is in (shared/minutes/outline.ts Missing). */
export const MinutesGap = DocumentGap.extend({
  itemId: Id.optional(),
  paragraphId: Id.optional(),
  actionId: Id.optional(),
});

/** Everything a review screen needs about one meeting's minutes. */
export const ReviewStatus = z.strictObject({
  meetingId: Id,
  status: MeetingStatus,
  revision: Count,
  review: z.strictObject({ sentAt: Timestamp, sentBy: z.string() }).optional(),
  comments: z.array(ReviewComment),
  openComments: Count,
  /** The gaps marked "[to be completed]" in the minutes as they would print now. */
  gaps: z.array(MinutesGap),
  approval: z
    .strictObject({
      approvedBy: z.string(),
      approvedAs: ApproverCapacity.optional(),
      approvedAt: Timestamp,
      fingerprint: Fingerprint,
      gapsConfirmed: z.array(z.string()),
    })
    .optional(),
  amendments: z.array(Amendment),
  confirmation: Confirmation.optional(),
  /** The content's fingerprint now (what a meeting file export carries). */
  fingerprint: Fingerprint,
  seal: SealState,
  /** Whether ordinary edits are accepted (false once approved, or when the file was tampered with). */
  editable: z.boolean(),
  /** Why review:approve would refuse now (empty when it would not; gaps alone need confirmMarkers). */
  approveBlockers: z.array(z.string()),
});
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** review:mergeComments: how many of the file's comments were new here, and the meeting's comments now. */
export const MergedComments = z.strictObject({ meetingId: Id, added: Count, comments: z.array(ReviewComment) });
export type MergedComments = z.infer<typeof MergedComments>;

export const PrepareNextResult = z.strictObject({
  meeting: Meeting,
  carriedActions: Count,
  workProgrammeItems: Count,
});
export type PrepareNextResult = z.infer<typeof PrepareNextResult>;

export const ActionLogView = z.strictObject({
  committeeId: Id,
  revision: Count,
  entries: z.array(ActionLogEntry),
});
export type ActionLogView = z.infer<typeof ActionLogView>;

/** actionLog:carryForward: the entries it added to the committee's action log. */
export const CarriedActions = z.strictObject({ added: Count, entries: z.array(ActionLogEntry) });
export type CarriedActions = z.infer<typeof CarriedActions>;

export const ConfirmPreviousResult = z.strictObject({
  previousMeetingId: Id,
  resolutionId: Id,
  amendments: Count,
});
export type ConfirmPreviousResult = z.infer<typeof ConfirmPreviousResult>;
