import { z } from 'zod';
import { Committee, Id, IsoDate, Meeting, MeetingStatus, PersonKind } from '../domain';

export const MEETING_EXPORT_FORMAT = 'scrutineer.meeting-export';
/** 2: carries the fingerprint of the meeting's content (version 1 files, without it, still open). */
export const MEETING_EXPORT_VERSION = 2;

/**
 * One meeting as a file to carry to another machine: the meeting, a snapshot of its whole
 * committee (so a machine without it can add it), and the fingerprint of the meeting's content
 * (shared/review/canonical.ts, people as named from this committee or the approval).
 */
export const MeetingExport = z
  .object({
    format: z.literal(MEETING_EXPORT_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    exportedAt: z.string(),
    fingerprint: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, 'a fingerprint is sha256: and 64 hex digits')
      .optional(),
    meeting: Meeting,
    committee: Committee,
  })
  .refine((f) => f.version < 2 || f.fingerprint !== undefined, {
    message: 'a version 2 meeting file carries its fingerprint',
    path: ['fingerprint'],
  });
export type MeetingExport = z.infer<typeof MeetingExport>;

const Fingerprint = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a fingerprint is sha256: and 64 hex digits');

/** What opening a meeting file would do, before anything is written (what meetings:inspectImport answers). */
export const MeetingFilePreview = z.strictObject({
  meetingId: Id,
  committeeId: Id,
  committeeName: z.string(),
  date: IsoDate,
  status: MeetingStatus,
  revision: z.number().int().min(0),
  fingerprint: Fingerprint,
  /** False: opening it adds the committee from the file's snapshot. */
  committeeHere: z.boolean(),
  /** The copy already here, if any, and how it compares. */
  here: z
    .strictObject({
      revision: z.number().int().min(0),
      status: MeetingStatus,
      fingerprint: Fingerprint,
      sameContent: z.boolean(),
      identical: z.boolean(),
      newer: z.enum(['here', 'file', 'same-revision']),
    })
    .optional(),
  /** Whether replacing the copy here is allowed at all (approved minutes only by their own later amendments). */
  canReplace: z.boolean(),
  /** False for a version 1 file, which carries no fingerprint: its content cannot be checked for changes after export. */
  verified: z.boolean(),
  /**
   * People the meeting names whom the committee here lacks, from the file's copy of the
   * committee: opening adds them (and their seats, where these fit) only when confirmed.
   */
  peopleToAdd: z.array(z.strictObject({ id: Id, name: z.string(), kind: PersonKind })),
  /** Why the file cannot be opened at all (references that the committee it would live in lacks), in words; empty when it can. */
  problems: z.array(z.string()),
  /** In words: what the user is asked to confirm, or why it cannot be opened over the copy here. */
  warnings: z.array(z.string()),
});
export type MeetingFilePreview = z.infer<typeof MeetingFilePreview>;
