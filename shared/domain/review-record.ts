// What the review and sign-off of a set of minutes leaves in the meeting file: the Chair's
// comments and suggested edits, the approval with its content fingerprint, every amendment
// made after approval, and the confirmation at the next meeting. All optional on Meeting, so
// files written before review existed stay valid at version 1 (see shared/review/README.md).
import { z } from 'zod';
import { ClockTime, Contact, Id, IsoDate, LongText, ShortText, Timestamp } from './common';
import { Membership, Person } from './committee';
import { Inline } from './inline';

export const CommentStatus = z.enum(['open', 'accepted', 'rejected']);
export type CommentStatus = z.infer<typeof CommentStatus>;

/**
 * A comment on one captured paragraph (paragraphId) or on any other block of the minutes as
 * printed (blockRef: the outline block's key, e.g. "item:<id>:apologies"). A suggestion is a
 * replacement for the whole paragraph; `basedOn` is the paragraph as it was when suggested,
 * `replaced` what it was when the suggestion was accepted (the tracked-changes export needs both).
 */
/**
 * A suggested replacement for a list the minutes print one entry at a time: a resolution's
 * clauses or an action's owners. `basedOn` is the list when suggested, `replaced` what it was
 * when the suggestion was accepted.
 */
export const ListSuggestion = z.object({
  kind: z.enum(['resolution', 'action']),
  id: Id,
  lines: z.array(LongText.min(1)).min(1).max(200),
  basedOn: z.array(LongText).max(200),
  replaced: z.array(LongText).max(200).optional(),
});
export type ListSuggestion = z.infer<typeof ListSuggestion>;

/**
 * Where a comment or suggestion came from when it was read from the Chair's Word copy
 * (shared/review/word-import.ts): the export it answers, the Word author as written there, and
 * whether the edit was made with Track Changes off (found by comparing with what was exported).
 */
export const WordOrigin = z.object({
  exportId: Id,
  wordAuthor: ShortText,
  untracked: z.literal(true).optional(),
  /** The file's identities were stripped: the block was found by its text and place instead. */
  matchedByText: z.literal(true).optional(),
});
export type WordOrigin = z.infer<typeof WordOrigin>;

/** A suggestion to add a paragraph to an item (after another, or at the item's start) or to delete one. */
export const ParagraphChange = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('add'),
    itemId: Id,
    newParagraphId: Id,
    afterParagraphId: Id.optional(),
    content: z.array(Inline).min(1).max(5000),
  }),
  z.object({ op: z.literal('delete'), paragraphId: Id, basedOn: z.array(Inline).max(5000) }),
]);
export type ParagraphChange = z.infer<typeof ParagraphChange>;

/**
 * A suggested edit of the meeting's details rather than of a paragraph: the times printed at the
 * close, applied through clock:setTimes. (Attendance wording comes back as a comment: which
 * person's state a changed sentence means is the coordinator's call.)
 */
export const DetailSuggestion = z.object({
  command: z.literal('clock:setTimes'),
  input: z.object({ startedAt: ClockTime.optional(), endedAt: ClockTime.optional() }),
  /** The printed lines before and as suggested, for the reviewer. */
  before: LongText,
  after: LongText,
});
export type DetailSuggestion = z.infer<typeof DetailSuggestion>;

/** The same block changed both by the coordinator after the export and by the Chair: both shown, neither applied. */
export const ReviewConflict = z.object({ exported: LongText, current: LongText, proposed: LongText });
export type ReviewConflict = z.infer<typeof ReviewConflict>;

export const ReviewComment = z
  .object({
    id: Id,
    paragraphId: Id.optional(),
    blockRef: ShortText.min(1).optional(),
    author: ShortText.min(1, 'a comment needs its author'),
    at: Timestamp,
    text: LongText.default(''),
    suggestion: z.array(Inline).max(5000).optional(),
    basedOn: z.array(Inline).max(5000).optional(),
    status: CommentStatus.default('open'),
    decidedBy: ShortText.optional(),
    decidedAt: Timestamp.optional(),
    replaced: z.array(Inline).max(5000).optional(),
    /** A suggested edit of a resolution's clauses or an action's owners (on its block, blockRef). */
    listSuggestion: ListSuggestion.optional(),
    /** A reply in the thread of another comment (replies are not decided on their own). */
    replyTo: Id.optional(),
    /** The text the comment was made on, quoted. */
    quote: LongText.optional(),
    fromWord: WordOrigin.optional(),
    paragraphChange: ParagraphChange.optional(),
    detailSuggestion: DetailSuggestion.optional(),
    conflict: ReviewConflict.optional(),
  })
  .refine((c) => (c.paragraphId === undefined) !== (c.blockRef === undefined), {
    message: 'a comment is on one paragraph (paragraphId) or one block (blockRef)',
    path: ['paragraphId'],
  })
  .refine((c) => c.suggestion === undefined || c.paragraphId !== undefined, {
    message: 'a suggested edit replaces a paragraph, so it needs paragraphId',
    path: ['suggestion'],
  })
  .refine((c) => c.listSuggestion === undefined || (c.blockRef !== undefined && c.suggestion === undefined), {
    message: 'a suggested edit of a resolution or an action sits on its block (blockRef), not on a paragraph',
    path: ['listSuggestion'],
  });
export type ReviewComment = z.infer<typeof ReviewComment>;

/** One block of the minutes as sent to the Chair in Word: its outline key and its paragraphs' text. */
export const WordExportBlock = z.object({ key: ShortText.min(1), text: z.array(LongText).max(500) });

/** A Word copy sent for the Chair's review: what it held, so the returned copy can be compared with it. */
export const WordExport = z.object({
  id: Id,
  at: Timestamp,
  by: ShortText,
  /** The meeting's revision it was made from. */
  revision: z.number().int().min(0),
  blocks: z.array(WordExportBlock).max(5000),
});
export type WordExport = z.infer<typeof WordExport>;

export const Review = z.object({
  sentAt: Timestamp,
  sentBy: ShortText.default(''),
  comments: z.array(ReviewComment).default([]),
  /** The Word copies sent for review, newest last (the few latest kept). */
  wordExports: z.array(WordExport).max(10).optional(),
  /** Word authors matched to committee people, remembered for the next import: Word name → person id. */
  wordAuthors: z.record(z.string(), Id).optional(),
});
export type Review = z.infer<typeof Review>;

/**
 * The committee as the minutes name it, frozen at approval: only the people the meeting
 * mentions, their seats, and the committee fields the minutes print. Later roster changes
 * (a new job title) therefore neither alter approved minutes nor break their fingerprint.
 */
export const NamedSnapshot = z.object({
  authority: ShortText,
  committeeName: ShortText,
  minutesContact: Contact,
  ordinalDates: z.boolean(),
  chairDateLine: z.boolean(),
  people: z.array(Person),
  memberships: z.array(Membership),
});
export type NamedSnapshot = z.infer<typeof NamedSnapshot>;

const Fingerprint = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a seal is sha256: and 64 hex digits');

/** Who approved, as they confirmed it: the Chair, or someone approving for the Chair (the Vice-Chair presiding, an officer on their instruction). */
export const ApproverCapacity = z.enum(['chair', 'for-chair']);
export type ApproverCapacity = z.infer<typeof ApproverCapacity>;

export const Approval = z.object({
  approvedBy: ShortText.min(1, 'the approval needs the name of who approved'),
  /** Absent on minutes approved before it was asked. Sealed with the rest of the record. */
  approvedAs: ApproverCapacity.optional(),
  approvedAt: Timestamp,
  /** "sha256:<hex>" of the canonical content at approval (shared/review/canonical.ts). */
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a fingerprint is sha256: and 64 hex digits'),
  /** Which canonical form the fingerprint was taken of, so a later form can still check it. */
  scheme: ShortText.min(1),
  named: NamedSnapshot,
  /** The gaps ("[to be completed]") the approver confirmed approving with, in words. */
  gapsConfirmed: z.array(ShortText).default([]),
  /** The open findings of the checks before sign-off (shared/checks) the approver confirmed, in words; absent on earlier approvals. */
  findingsConfirmed: z.array(LongText).max(5000).optional(),
  /**
   * "sha256:<hex>" of the approval record itself (who, when, the content fingerprint; not the
   * frozen names, which are content): shared/review/record-seal.ts. Absent on minutes approved
   * before records were sealed; their record is sealed by the next amendment.
   */
  recordSeal: Fingerprint.optional(),
});
export type Approval = z.infer<typeof Approval>;

/** One thing an amendment changed: a paragraph, resolution, attendance entry, ... before and after (null: none). */
export const AmendmentChange = z.object({
  kind: ShortText.min(1),
  id: ShortText,
  before: z.unknown(),
  after: z.unknown(),
});
export type AmendmentChange = z.infer<typeof AmendmentChange>;

export const Amendment = z.object({
  id: Id,
  at: Timestamp,
  by: ShortText.min(1, 'an amendment needs the name of who made it'),
  why: LongText.min(1, 'an amendment needs its reason'),
  /** The meeting at which it was agreed (usually the one confirming the minutes). */
  atMeetingId: Id.optional(),
  /** The edit, as the command it was applied through. */
  command: z.object({ name: ShortText.min(1), input: z.record(z.string(), z.unknown()) }),
  changes: z.array(AmendmentChange).min(1),
  fingerprintBefore: z.string(),
  fingerprintAfter: z.string(),
  /** The seal of the record before this amendment (the approval's, or the amendment before's): a chain. */
  recordSealBefore: Fingerprint.optional(),
  /** "sha256:<hex>" of this amendment's record (who, when, why, what changed) after recordSealBefore. */
  recordSeal: Fingerprint.optional(),
});
export type Amendment = z.infer<typeof Amendment>;

export const Confirmation = z.object({
  confirmedAt: Timestamp,
  confirmedBy: ShortText.default(''),
  /** The meeting that confirmed the minutes as a correct record. */
  atMeetingId: Id,
  atMeetingDate: IsoDate.optional(),
  /** The amendments recorded when they were confirmed. */
  amendments: z.array(Id).default([]),
});
export type Confirmation = z.infer<typeof Confirmation>;
