// The channels of review and sign-off, the next meeting, the action log, the work programme and
// their Word documents (issue 6). Spread into the contract in contract.ts.
import { z } from 'zod';
import { ActionStatus, ClockTime, Id, IsoDate, LongText, ShortText } from '../domain';
import { channel, type Channel } from './channel';
import { MeetingFilePreview } from '../domain/meeting-export';
import { ActionLogEntry, ActionLogPatch } from '../planning/action-log';
import {
  ProgrammeDate,
  ProgrammeTitle,
  WorkProgrammeItem,
  WorkProgrammeItemPatch,
  WorkProgrammeView,
} from '../planning/work-programme';
import { VerifyReport } from './verify-types';
import {
  ActionLogView,
  CarriedActions,
  ConfirmPreviousResult,
  ExportedDocument,
  MergedComments,
  PrepareNextResult,
  ReviewStatus,
} from './review-types';

const Committee = { committeeId: Id };
const Base = { baseRevision: z.number().int().min(0).optional() };
/** Every update of the action log is attributed, as every review step is. */
const UpdatedBy = z
  .string({ error: 'Enter your name: every update of the action log is attributed' })
  .trim()
  .min(1, 'Enter your name: every update of the action log is attributed')
  .max(500, 'A name can be at most 500 characters');

export const reviewChannels = {
  'review:status': channel(ReviewStatus)(z.object({ meetingId: Id }).strict()),
  /** Adds the review comments of a meeting file (the Chair's copy) that are not here yet; replaces nothing. */
  'review:mergeComments': channel(MergedComments)(z.object({ file: z.unknown() }).strict()),
  /** At this meeting, confirms the previous meeting's approved minutes and writes item "Minutes"'s resolution. */
  'review:confirmPrevious': channel(ConfirmPreviousResult)(
    z.object({ meetingId: Id, by: ShortText.default('') }).strict(),
  ),
  /**
   * Checks approved minutes against a published copy (.docx or .pdf): the record number its footer
   * prints, and its text. Reads the copy as an import does, within the same limits.
   */
  'review:verifyPublished': channel(VerifyReport)(
    z
      .object({
        meetingId: Id,
        fileName: ShortText.min(1),
        /** The copy's bytes, base64 (room for MAX_IMPORT_BYTES and a little more, so the service can say "too large"). */
        base64: z
          .string()
          .min(1, 'the file is empty')
          .max(72_000_000, 'this file is too large to be a published copy of minutes'),
      })
      .strict(),
  ),

  /** What opening a meeting file would do (committee to add, conflicts), before anything is written. */
  'meetings:inspectImport': channel(MeetingFilePreview)(z.object({ file: z.unknown() }).strict()),
  'meetings:prepareNext': channel(PrepareNextResult)(
    z.object({ meetingId: Id, date: IsoDate, startTime: ClockTime.optional(), venue: ShortText.optional() }).strict(),
  ),

  'actionLog:list': channel(ActionLogView)(
    z.object({ ...Committee, statuses: z.array(ActionStatus).optional() }).strict(),
  ),
  'actionLog:update': channel(ActionLogEntry)(
    z
      .object({
        ...Committee,
        ...Base,
        entryId: Id,
        patch: ActionLogPatch.strict().default({}),
        note: LongText.optional(),
        by: UpdatedBy,
      })
      .strict(),
  ),
  /** Carries a meeting's open actions into its committee's action log (prepareNext does it too). */
  'actionLog:carryForward': channel(CarriedActions)(z.object({ meetingId: Id }).strict()),

  'workProgramme:get': channel(WorkProgrammeView)(z.object(Committee).strict()),
  'workProgramme:addMeeting': channel(WorkProgrammeView)(
    z
      .object({
        ...Committee,
        ...Base,
        date: ProgrammeDate,
        reportDeadline: IsoDate.optional(),
        note: ShortText.optional(),
      })
      .strict(),
  ),
  /** reportDeadline null: back to the committee's default (settings.reportDeadlineDays before). */
  'workProgramme:updateMeeting': channel(WorkProgrammeView)(
    z
      .object({
        ...Committee,
        ...Base,
        date: IsoDate,
        reportDeadline: IsoDate.nullable().optional(),
        note: ShortText.optional(),
      })
      .strict(),
  ),
  /** Its items stay, as unallocated. */
  'workProgramme:removeMeeting': channel(WorkProgrammeView)(
    z.object({ ...Committee, ...Base, date: IsoDate }).strict(),
  ),
  'workProgramme:addItem': channel(WorkProgrammeItem)(
    z
      .object({
        ...Committee,
        ...Base,
        item: z
          .object({
            title: ProgrammeTitle,
            summary: LongText.optional(),
            reportAuthor: ShortText.optional(),
            meetingDate: IsoDate.optional(),
          })
          .strict(),
        index: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  'workProgramme:updateItem': channel(WorkProgrammeView)(
    z.object({ ...Committee, ...Base, itemId: Id, patch: WorkProgrammeItemPatch.strict() }).strict(),
  ),
  'workProgramme:removeItem': channel(WorkProgrammeView)(z.object({ ...Committee, ...Base, itemId: Id }).strict()),
  /** meetingDate null: to the unallocated items. */
  'workProgramme:moveItem': channel(WorkProgrammeView)(
    z
      .object({
        ...Committee,
        ...Base,
        itemId: Id,
        meetingDate: IsoDate.nullable(),
        index: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  /** An action or a resolution of a meeting asks for a future item. */
  'workProgramme:addFromMeeting': channel(WorkProgrammeItem)(
    z
      .object({
        meetingId: Id,
        actionId: Id.optional(),
        resolutionId: Id.optional(),
        /** Empty or absent: the first words of the action or resolution. */
        title: z.string().trim().max(500, 'A title can be at most 500 characters').optional(),
        summary: LongText.optional(),
        meetingDate: IsoDate.optional(),
      })
      .strict()
      .refine((x) => (x.actionId === undefined) !== (x.resolutionId === undefined), {
        message: 'name one action or one resolution',
        path: ['actionId'],
      }),
  ),

  /** The reviewed draft with the accepted suggestions as Word tracked changes (author, date). */
  'docs:exportReviewedDraft': channel(ExportedDocument)(z.object({ meetingId: Id }).strict()),
  /** Approved minutes for the next agenda pack: headed "Agenda Item N", pages numbered from firstPage. */
  'docs:exportApprovedMinutes': channel(ExportedDocument)(
    z
      .object({
        meetingId: Id,
        itemNumber: ShortText.regex(/^\d{1,3}[a-z]?$/, 'an item number is digits, optionally one letter').default('1'),
        firstPage: z.number().int().min(1).max(9999).optional(),
      })
      .strict(),
  ),
  'docs:exportActionLog': channel(ExportedDocument)(
    z.object({ ...Committee, statuses: z.array(ActionStatus).optional() }).strict(),
  ),
  'docs:exportWorkProgramme': channel(ExportedDocument)(z.object(Committee).strict()),
} satisfies Record<string, Channel>;
