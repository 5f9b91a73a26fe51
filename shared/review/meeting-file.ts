// Reading a meeting file from another machine, purely: format and version, the meeting's own
// version, the fingerprint the file carries, the seal of approved minutes; then how it compares
// with the copy here. Nothing is written here: the import handler acts on the verdict.
import type { Committee, Meeting } from '../domain';
import { loadMeeting } from '../domain';
import { MEETING_EXPORT_FORMAT, MEETING_EXPORT_VERSION, MeetingExport, type MeetingFilePreview } from '../domain/meeting-export';
import { formatDate, nowInLondon } from '../format/en-gb';
import { canonicalJson } from './canonical-json';
import { fingerprint } from './canonical';
import { namedFor } from './named';
import { checkSeal } from './seal';

export type MeetingFileResult =
  | { ok: true; meeting: Meeting; committee: Committee; fingerprint: string }
  | { ok: false; code: 'INVALID_FILE' | 'FUTURE_VERSION' | 'FINGERPRINT_MISMATCH' | 'TAMPERED'; message: string };

/** The fingerprint a meeting file carries for a meeting: of its content with the people as named. */
export function meetingFileFingerprint(meeting: Meeting, committee: Committee): string {
  return fingerprint(meeting, namedFor(meeting, committee));
}

export function readMeetingFile(file: unknown): MeetingFileResult {
  const bad = (message: string): MeetingFileResult => ({ ok: false, code: 'INVALID_FILE', message });
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return bad('This is not a Scrutineer meeting file (not a JSON object)');
  const envelope = file as { format?: unknown; version?: unknown; meeting?: unknown; fingerprint?: unknown };
  if (envelope.format !== MEETING_EXPORT_FORMAT) return bad(`This is not a Scrutineer meeting file (format ${JSON.stringify(envelope.format ?? null)})`);
  if (typeof envelope.version === 'number' && envelope.version > MEETING_EXPORT_VERSION) {
    return {
      ok: false,
      code: 'FUTURE_VERSION',
      message: `This meeting file was written by a newer Scrutineer (file version ${envelope.version}; this one reads up to ${MEETING_EXPORT_VERSION}); update the app to open it. Nothing was changed`,
    };
  }
  const loaded = loadMeeting(envelope.meeting);
  if (!loaded.ok) {
    const code = loaded.problem.code === 'FUTURE_VERSION' ? 'FUTURE_VERSION' : 'INVALID_FILE';
    return { ok: false, code, message: `The meeting in this file ${loaded.problem.message}. Nothing was changed` };
  }
  const parsed = MeetingExport.safeParse({ ...envelope, meeting: loaded.value });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return bad(`This meeting file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Nothing was changed`);
  }
  const { meeting, committee } = parsed.data;
  if (meeting.committeeId !== committee.id) return bad("This meeting file is damaged: the committee it carries is not the meeting's. Nothing was changed");
  const actual = meetingFileFingerprint(meeting, committee);
  if (parsed.data.fingerprint !== undefined && parsed.data.fingerprint !== actual) {
    return {
      ok: false,
      code: 'FINGERPRINT_MISMATCH',
      message: `This meeting file does not match its fingerprint: its content was changed after it was exported (the file says ${parsed.data.fingerprint.slice(0, 19)}..., its content gives ${actual.slice(0, 19)}...). It was not opened; ask for a fresh export`,
    };
  }
  const seal = checkSeal(meeting);
  if (!seal.ok) return { ok: false, code: 'TAMPERED', message: `The minutes in this file ${seal.message}. It was not opened` };
  return { ok: true, meeting, committee, fingerprint: actual };
}

const day = (timestamp: string) => {
  try {
    return formatDate(nowInLondon(new Date(timestamp)).date);
  } catch {
    return timestamp.slice(0, 10);
  }
};

const sameRecord = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Why the file cannot replace approved minutes here, or undefined when it may: confirmed minutes
 * are never replaced; approved ones only by the same approval (the same record: who, when, the
 * fingerprint, its seal) carried further by amendments, every amendment here kept as it is.
 */
function cannotReplace(here: Meeting, incoming: Meeting): string | undefined {
  if (!here.approval) return undefined;
  if (here.status === 'confirmed') {
    const c = here.confirmation;
    const when = c?.atMeetingDate ? `at the meeting of ${formatDate(c.atMeetingDate)}` : c ? `on ${day(c.confirmedAt)}` : 'at a later meeting';
    return `The minutes here were confirmed as a correct record ${when}, so they can no longer be replaced. Nothing will be changed.`;
  }
  const general = 'a file can replace them only with the same approved minutes carried further by amendments';
  if (!incoming.approval || incoming.approval.fingerprint !== here.approval.fingerprint) return `The minutes here are approved; ${general}. Nothing will be changed.`;
  const { named: _h, ...hereRecord } = here.approval;
  const { named: _i, ...fileRecord } = incoming.approval;
  if (!sameRecord(hereRecord, fileRecord)) {
    return `The minutes here are approved; the file's record of their approval (who approved, when, or its seal) differs from the one here, so it cannot replace them. Nothing will be changed.`;
  }
  const theirs = incoming.amendments ?? [];
  for (const [i, a] of (here.amendments ?? []).entries()) {
    if (!theirs[i] || !sameRecord(a, theirs[i])) {
      return `The minutes here are approved; amendment ${i + 1} recorded here is ${theirs[i] ? 'recorded differently in the file' : 'not in the file'}, so it cannot replace them. Nothing will be changed.`;
    }
  }
  const statusRank = { planned: 0, live: 1, ended: 2, in_review: 3, approved: 4, confirmed: 5 } as const;
  if (statusRank[incoming.status] < statusRank[here.status]) return `The minutes here are approved; ${general}. Nothing will be changed.`;
  return undefined;
}

export function previewMeetingFile(
  file: { meeting: Meeting; committee: Committee; fingerprint: string },
  here: { meeting: Meeting; committee: Committee } | undefined,
  committeeHere: boolean,
): MeetingFilePreview {
  const { meeting, committee } = file;
  const warnings: string[] = [];
  const preview: MeetingFilePreview = {
    meetingId: meeting.id,
    committeeId: committee.id,
    committeeName: committee.name,
    date: meeting.date,
    status: meeting.status,
    revision: meeting.revision,
    fingerprint: file.fingerprint,
    committeeHere,
    canReplace: true,
    warnings,
  };
  if (!committeeHere) warnings.push(`The committee "${committee.name}" is not on this machine; opening the file adds it from the file's snapshot.`);
  if (!here) return preview;
  const hereFingerprint = meetingFileFingerprint(here.meeting, here.committee);
  const identical = canonicalJson(here.meeting) === canonicalJson(meeting);
  const newer = here.meeting.revision > meeting.revision ? 'here' : here.meeting.revision < meeting.revision ? 'file' : 'same-revision';
  preview.here = { revision: here.meeting.revision, status: here.meeting.status, fingerprint: hereFingerprint, sameContent: hereFingerprint === file.fingerprint, identical, newer };
  if (identical) return preview;
  const refusal = cannotReplace(here.meeting, meeting);
  if (refusal) {
    preview.canReplace = false;
    warnings.push(refusal);
    return preview;
  }
  warnings.push(
    newer === 'here'
      ? `The copy here is newer (revision ${here.meeting.revision}, the file has ${meeting.revision}); replacing it would lose the changes made here.`
      : newer === 'file'
        ? `The file is a later revision (${meeting.revision}, here ${here.meeting.revision}), but the copy here may have changes the file lacks.`
        : `The copy here and the file are both revision ${meeting.revision} but differ.`,
  );
  const comments = (meeting.review?.comments ?? []).filter((c) => !(here.meeting.review?.comments ?? []).some((x) => x.id === c.id));
  if (comments.length && here.meeting.status === 'in_review') warnings.push(`The file has ${comments.length} review comment(s) not here; they can be added without replacing anything.`);
  return preview;
}
