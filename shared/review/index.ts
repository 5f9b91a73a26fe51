export { sha256, sha256Hex, toHex } from './sha256';
export { canonicalJson, CanonicalJsonError } from './canonical-json';
export { CANONICAL_SCHEME, CONTENT_FIELDS, NOT_CONTENT, canonicalText, fingerprint, minutesContent } from './canonical';
export type { MinutesContent } from './canonical';
export { committeeAsApproved, extendSnapshot, mentionedPersonIds, namedFor, namedSnapshot } from './named';
export { checkSeal, expectedFingerprint, isSealed } from './seal';
export type { SealCheck } from './seal';
export {
  AMENDMENT_NOT_SEALED,
  APPROVAL_NOT_SEALED,
  RECORD_SCHEME,
  amendmentSeal,
  approvalSeal,
  checkRecordSeal,
  describeRecordSeal,
  findRecordNumbers,
  recordHead,
  recordLine,
  recordNumber,
} from './record-seal';
export type { RecordCheck, RecordSealState } from './record-seal';
export { AFTER_APPROVAL, editAllowed, isReviewCommand } from './edit-rule';
export type { EditVerdict } from './edit-rule';
export { contentChanges } from './content-diff';
export { describeGap, minutesGaps } from './gaps';
export { openComments } from './comments';
export { amendmentWhere, confirmationClauses } from './confirmation';
export { meetingFileFingerprint, previewMeetingFile, readMeetingFile } from './meeting-file';
export type { MeetingFileResult } from './meeting-file';
export { lineTokens, wordDiff } from './word-diff';
export type { DiffPart } from './word-diff';
export { amendedEntry, attendanceChoices, attendanceWords, clockWords } from './change-words';
export type { AttendanceChoice } from './change-words';
export { revisionHistory } from './revision-history';
export type { RevisionAuthor, RevisionStep } from './revision-history';
