import type { MeetingStatus } from '../domain';

export interface AppInfo {
  version: string;
  host: 'electron' | 'dev' | 'cli';
  dataDir: string;
  /** Things the user should know once, e.g. "a stale lock was taken over". */
  notices: string[];
}

export interface FileProblem {
  file: string;
  code: string;
  message: string;
  /** The newest good backup of that file, if any. */
  backup?: string;
}

export interface StoreStatus {
  /** Meetings with edits held in memory that are not on disk yet, and why. */
  unsaved: { meetingId: string; revision: number; savedRevision: number; error?: string }[];
  problems: FileProblem[];
}

export interface CommitteeSummary {
  id: string;
  name: string;
  authority: string;
  meetingCount: number;
}

export interface MeetingSummary {
  id: string;
  committeeId: string;
  date: string;
  startTime: string;
  venue: string;
  status: MeetingStatus;
  revision: number;
  itemCount: number;
}

/** The answer to every meeting command: the new revision, once it is on disk (or why it is not yet). */
export interface CommandAck {
  revision: number;
  saved: boolean;
  saveError?: string;
}
