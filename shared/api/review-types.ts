// Output types of the review, next-meeting, action log, work programme and document channels.
import type { Amendment, Confirmation, Meeting, MeetingStatus, ReviewComment } from '../domain';
import type { ActionLogEntry } from '../planning/action-log';

/** A Word document produced on the Node side, carried as base64 (the same over IPC and HTTP). */
export interface ExportedDocument {
  fileName: string;
  base64: string;
  /** Gaps ("[to be completed]") in what was exported, in words. */
  missing: { where: string; what: string }[];
}

export type SealState =
  | { state: 'draft' }
  /**
   * record: the seal of who approved and of the amendments (shared/review/record-seal.ts):
   * 'sealed', 'sealed-later' (approved before records were sealed; sealed at an amendment since),
   * or 'unsealed' (approved before records were sealed, not amended since); note says it in words.
   */
  | { state: 'intact'; fingerprint: string; record: { state: 'sealed' | 'sealed-later' | 'unsealed'; seal?: string; note: string } }
  /** what: the content no longer matches its fingerprint, or a record of approval or amendment its seal. */
  | { state: 'broken'; what: 'content' | 'record'; message: string; expected?: string; actual?: string };

/** Everything a review screen needs about one meeting's minutes. */
export interface ReviewStatus {
  meetingId: string;
  status: MeetingStatus;
  revision: number;
  review?: { sentAt: string; sentBy: string };
  comments: ReviewComment[];
  openComments: number;
  /** The gaps marked "[to be completed]" in the minutes as they would print now. */
  gaps: { where: string; what: string; itemId?: string; paragraphId?: string; actionId?: string }[];
  approval?: { approvedBy: string; approvedAt: string; fingerprint: string; gapsConfirmed: string[] };
  amendments: Amendment[];
  confirmation?: Confirmation;
  /** The content's fingerprint now (what a meeting file export carries). */
  fingerprint: string;
  seal: SealState;
  /** Whether ordinary edits are accepted (false once approved, or when the file was tampered with). */
  editable: boolean;
  /** Why review:approve would refuse now (empty when it would not; gaps alone need confirmMarkers). */
  approveBlockers: string[];
}

export interface PrepareNextResult {
  meeting: Meeting;
  carriedActions: number;
  workProgrammeItems: number;
}

export interface ActionLogView {
  committeeId: string;
  revision: number;
  entries: ActionLogEntry[];
}

export interface ConfirmPreviousResult {
  previousMeetingId: string;
  resolutionId: string;
  amendments: number;
}
