import { z } from 'zod';
import { Committee, Meeting } from '../domain';

export const MEETING_EXPORT_FORMAT = 'scrutineer.meeting-export';
export const MEETING_EXPORT_VERSION = 1;

/** One meeting as a file to carry to another machine: the meeting plus a snapshot of its committee. */
export const MeetingExport = z.object({
  format: z.literal(MEETING_EXPORT_FORMAT),
  version: z.literal(MEETING_EXPORT_VERSION),
  exportedAt: z.string(),
  meeting: Meeting,
  committee: Committee,
});
export type MeetingExport = z.infer<typeof MeetingExport>;
