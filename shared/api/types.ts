// What the app, store, committee and meeting channels answer, and every meeting command: the
// schemas, with the types derived from them (one source each). Objects are strict: an answer
// carrying a field the contract does not name breaks it (electron/api/handle.ts checks in tests).
import { z } from 'zod';
import { ClockTime, Id, IsoDate, MeetingStatus } from '../domain';

const Revision = z.number().int().min(0);

export const AppInfo = z.strictObject({
  version: z.string().min(1),
  host: z.enum(['electron', 'dev', 'cli']),
  dataDir: z.string().min(1),
  /** Things the user should know once, e.g. "a stale lock was taken over". */
  notices: z.array(z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Spacing and type of the whole interface: comfortable (the default) or compact for small screens. */
export const Density = z.enum(['comfortable', 'compact']);
export type Density = z.infer<typeof Density>;

/** Who uses the app on this computer (committees.json's settings): stamped on review steps and documents. */
export const UserSettings = z.strictObject({
  userName: z.string(),
  userRole: z.string(),
  /** How tightly the screens are set: 'compact' for small laptop screens. */
  density: Density,
});
export type UserSettings = z.infer<typeof UserSettings>;

export const FileProblem = z.strictObject({
  file: z.string().min(1),
  code: z.string().min(1),
  message: z.string(),
  /** The newest good backup of that file, if any. */
  backup: z.string().optional(),
});
export type FileProblem = z.infer<typeof FileProblem>;

export const StoreStatus = z.strictObject({
  /** Meetings with edits held in memory that are not on disk yet, and why. */
  unsaved: z.array(
    z.strictObject({ meetingId: Id, revision: Revision, savedRevision: Revision, error: z.string().optional() }),
  ),
  problems: z.array(FileProblem),
});
export type StoreStatus = z.infer<typeof StoreStatus>;

export const CommitteeSummary = z.strictObject({
  id: Id,
  name: z.string(),
  authority: z.string(),
  meetingCount: z.number().int().min(0),
});
export type CommitteeSummary = z.infer<typeof CommitteeSummary>;

export const MeetingSummary = z.strictObject({
  id: Id,
  committeeId: Id,
  date: IsoDate,
  startTime: ClockTime,
  venue: z.string(),
  status: MeetingStatus,
  revision: Revision,
  itemCount: z.number().int().min(0),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** The answer to every meeting command: the new revision, once it is on disk (or why it is not yet). */
export const CommandAck = z.strictObject({
  revision: Revision,
  saved: z.boolean(),
  saveError: z.string().optional(),
});
export type CommandAck = z.infer<typeof CommandAck>;

/** What committees:delete answers: how many of its meetings went with it. */
export const DeletedCommittee = z.strictObject({ deletedMeetings: z.number().int().min(0) });
/** What people:delete and meetings:delete answer. */
export const Deleted = z.strictObject({ deleted: z.literal(true) });
