import { z } from 'zod';
import { Committee, Meeting } from '../domain';

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
  .refine((f) => f.version < 2 || f.fingerprint !== undefined, { message: 'a version 2 meeting file carries its fingerprint', path: ['fingerprint'] });
export type MeetingExport = z.infer<typeof MeetingExport>;

/** What opening a meeting file would do, before anything is written. */
export interface MeetingFilePreview {
  meetingId: string;
  committeeId: string;
  committeeName: string;
  date: string;
  status: Meeting['status'];
  revision: number;
  fingerprint: string;
  /** False: opening it adds the committee from the file's snapshot. */
  committeeHere: boolean;
  /** The copy already here, if any, and how it compares. */
  here?: { revision: number; status: Meeting['status']; fingerprint: string; sameContent: boolean; identical: boolean; newer: 'here' | 'file' | 'same-revision' };
  /** Whether replacing the copy here is allowed at all (approved minutes only by their own later amendments). */
  canReplace: boolean;
  /** In words: what the user is asked to confirm, or why it cannot be opened over the copy here. */
  warnings: string[];
}
