import { z } from 'zod';
import { Contact, Id, IsoDate, ClockTime, Timestamp, ShortText, LongText } from './common';
import { ItemKind } from './committee';
import { Inline } from './inline';
import { Amendment, Approval, Confirmation, Review } from './review-record';

export const MeetingStatus = z.enum(['planned', 'live', 'ended', 'in_review', 'approved', 'confirmed']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Local Government Act 1972 Schedule 12A paragraphs (England), 1-7 and 7A-7C. */
export const Schedule12AParagraph = z.enum(['1', '2', '3', '4', '5', '6', '7', '7A', '7B', '7C']);

export const Exemption = z.object({
  paragraph: Schedule12AParagraph,
  publicLeftAt: ClockTime.optional(),
  publicReturnedAt: ClockTime.optional(),
});
export type Exemption = z.infer<typeof Exemption>;

export const AgendaItem = z.object({
  id: Id,
  /** As printed: "5", "5a". */
  number: z.string().regex(/^\d{1,3}[a-z]?$/, 'an item number is digits, optionally one letter (5, 5a)'),
  /** The user typed this main item's number: renumbering keeps it (the others follow their place). */
  numberSetByHand: z.boolean().optional(),
  title: ShortText.min(1, 'an item needs a title'),
  summary: LongText.default(''),
  pages: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).optional(),
  reportAuthor: ShortText.default(''),
  kind: ItemKind.default('report'),
  exempt: Exemption.optional(),
  /** When the meeting reached this item. */
  startedAt: ClockTime.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Capacity = z.enum(['member', 'co-optee', 'officer', 'guest', 'also-present']);
export type Capacity = z.infer<typeof Capacity>;

export const AttendanceStatus = z.enum(['present', 'apologies', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** One person's attendance: exactly one state each, so nobody is both present and apologising. */
export const Attendance = z.object({
  personId: Id,
  capacity: Capacity,
  status: AttendanceStatus,
  arrivedAt: ClockTime.optional(),
  leftAt: ClockTime.optional(),
  /** Apologies for lateness were sent ahead. */
  lateApologies: z.boolean().default(false),
  /** The member this person substitutes for. */
  substituteFor: Id.optional(),
});
export type Attendance = z.infer<typeof Attendance>;

export const InterestKind = z.enum(['disclosable-pecuniary', 'other-significant', 'other', 'sensitive']);
export type InterestKind = z.infer<typeof InterestKind>;

export const Declaration = z.object({
  id: Id,
  personId: Id,
  itemId: Id,
  kind: InterestKind,
  nature: LongText.default(''),
  withdrew: z.boolean().default(false),
  dispensation: z.boolean().default(false),
  withdrewAt: ClockTime.optional(),
  returnedAt: ClockTime.optional(),
});
export type Declaration = z.infer<typeof Declaration>;

export const PublicQuestion = z.object({
  id: Id,
  itemId: Id,
  /** A named questioner; absent for "A member of the public". */
  askedByName: ShortText.default(''),
  askedByPersonId: Id.optional(),
  question: LongText.default(''),
  answer: LongText.default(''),
  answeredBy: Id.optional(),
});
export type PublicQuestion = z.infer<typeof PublicQuestion>;

// Inline lives in its own file so the review records can use it too.
export { Inline };

export const Paragraph = z.object({
  id: Id,
  itemId: Id,
  content: z.array(Inline).max(5000),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const ActionStatus = z.enum(['open', 'in_progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** An action, anchored to the paragraph it arose from (printed right after it). */
export const Action = z.object({
  id: Id,
  itemId: Id,
  paragraphId: Id,
  owners: z.array(ShortText.min(1)).max(20),
  description: LongText.default(''),
  due: ShortText.default(''),
  status: ActionStatus.default('open'),
});
export type Action = z.infer<typeof Action>;

export const VoteWay = z.enum(['for', 'against', 'abstain']);
export type VoteWay = z.infer<typeof VoteWay>;

export const Vote = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('counts'),
    for: z.number().int().min(0).max(500),
    against: z.number().int().min(0).max(500),
    abstain: z.number().int().min(0).max(500),
    /** Members who asked for their own vote to be recorded (any member may). */
    recorded: z
      .array(z.object({ personId: Id, way: VoteWay }))
      .max(500)
      .optional(),
  }),
  z.object({
    kind: z.literal('named'),
    for: z.array(Id),
    against: z.array(Id),
    abstain: z.array(Id),
  }),
]);
export type Vote = z.infer<typeof Vote>;

/** The people a vote names: everyone in a named vote, or those who asked for their vote to be recorded. */
export function peopleInVote(vote: Vote): string[] {
  return vote.kind === 'named'
    ? [...vote.for, ...vote.against, ...vote.abstain]
    : (vote.recorded ?? []).map((r) => r.personId);
}

/** "RESOLVED" then one sentence (one clause) or numbered clauses. */
export const Resolution = z.object({
  id: Id,
  itemId: Id,
  clauses: z.array(LongText.min(1, 'a clause cannot be empty')).min(1, 'a resolution needs its wording'),
  vote: Vote.optional(),
});
export type Resolution = z.infer<typeof Resolution>;

export const Adjournment = z.object({ out: ClockTime, in: ClockTime.optional() });

export const Clock = z.object({
  startedAt: ClockTime.optional(),
  endedAt: ClockTime.optional(),
  adjournments: z.array(Adjournment).default([]),
  currentItemId: Id.optional(),
});
export type Clock = z.infer<typeof Clock>;

/**
 * The next meeting as announced at this one (the item "Date of next meeting"): printed in the
 * minutes, and what "Prepare next meeting" starts from. Each part may be given on its own.
 */
export const NextMeeting = z.object({
  date: IsoDate.optional(),
  startTime: ClockTime.optional(),
  venue: ShortText.optional(),
});
export type NextMeeting = z.infer<typeof NextMeeting>;

export const StatusChange = z.object({ status: MeetingStatus, at: Timestamp, by: ShortText.default('') });

/** A finding of the checks before sign-off (shared/checks) set aside by someone, with why. */
export const CheckDismissal = z.object({
  findingId: ShortText.min(1),
  /** The finding's words when dismissed, so the record reads on its own. */
  words: LongText.default(''),
  reason: LongText.trim().min(1, 'say why the finding is dismissed'),
  by: ShortText.trim().min(1, 'say who dismissed it'),
  at: Timestamp,
});
export type CheckDismissal = z.infer<typeof CheckDismissal>;

export const MEETING_FORMAT = 'scrutineer.meeting';
/**
 * 2: written by a version that seals the record of approval (shared/review/record-seal.ts). In a
 * version 2 file, approved minutes without their record seal had it removed; a version 1 file's
 * approval may predate the seal, and the migration says so in `approvedBeforeRecordSeals`.
 */
export const MEETING_VERSION = 2;

export const Meeting = z.object({
  format: z.literal(MEETING_FORMAT),
  version: z.literal(MEETING_VERSION),
  id: Id,
  committeeId: Id,
  date: IsoDate,
  startTime: ClockTime,
  venue: ShortText.default(''),
  status: MeetingStatus.default('planned'),
  revision: z.number().int().min(0),
  /** Overrides of the committee's contacts for this meeting. */
  agendaContact: Contact.optional(),
  minutesContact: Contact.optional(),
  /** The meeting whose minutes item "Minutes" confirms. */
  previousMeetingDate: IsoDate.optional(),
  dateIssued: IsoDate.optional(),
  agenda: z.array(AgendaItem).default([]),
  attendance: z.array(Attendance).default([]),
  declarations: z.array(Declaration).default([]),
  publicQuestions: z.array(PublicQuestion).default([]),
  notes: z.array(Paragraph).default([]),
  actions: z.array(Action).default([]),
  resolutions: z.array(Resolution).default([]),
  clock: Clock.default({ adjournments: [] }),
  history: z.array(StatusChange).default([]),
  /** The meeting whose minutes item "Minutes" confirms (set by "Prepare next meeting"). */
  previousMeetingId: Id.optional(),
  /** The next meeting's date, time and venue as announced at this one; absent in files made before it was captured. */
  nextMeeting: NextMeeting.optional(),
  /** Review and sign-off (shared/review): all optional, so earlier files stay valid. */
  review: Review.optional(),
  /** Findings of the checks before sign-off dismissed with a reason; absent until one is. */
  checkDismissals: z.array(CheckDismissal).max(5000).optional(),
  approval: Approval.optional(),
  amendments: z.array(Amendment).optional(),
  confirmation: Confirmation.optional(),
  /**
   * Set only by the migration from version 1, on approved minutes whose approval record carries no
   * seal: they were approved before Scrutineer sealed such records. Never set otherwise, so an
   * approval without its seal in any other file is reported as tampered with, not as unsealed.
   */
  approvedBeforeRecordSeals: z.literal(true).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;
