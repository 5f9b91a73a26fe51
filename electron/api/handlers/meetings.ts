import type { z } from 'zod';
import { agendaFromStandardItems, Committee, newMeeting, type Meeting } from '../../../shared/domain';
import { contract, MEETING_EXPORT_FORMAT, MEETING_EXPORT_VERSION, type MeetingExport, type MeetingFilePreview, type MeetingSummary } from '../../../shared/api';
import { meetingFileFingerprint, previewMeetingFile, readMeetingFile } from '../../../shared/review/meeting-file';
import { previousMeetingDate } from '../../../shared/planning/next-meeting';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export function summarise(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    committeeId: m.committeeId,
    date: m.date,
    startTime: m.startTime,
    venue: m.venue,
    status: m.status,
    revision: m.revision,
    itemCount: m.agenda.length,
  };
}

export function exportMeeting(store: Store, meetingId: string, at: Date): MeetingExport {
  const meeting = store.meeting(meetingId);
  const committee = store.committee(meeting.committeeId);
  return {
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    exportedAt: at.toISOString(),
    fingerprint: meetingFileFingerprint(meeting, committee),
    meeting,
    committee,
  };
}

/** Validates a meeting file and compares it with the copy here; writes nothing. */
export function inspectMeetingFile(store: Store, file: unknown): MeetingFilePreview {
  const read = readMeetingFile(file);
  if (!read.ok) throw new StoreError(read.code, read.message);
  const committeeHere = store.committees.some((c) => c.id === read.committee.id);
  const here = store.meetingIds().includes(read.meeting.id) ? store.meeting(read.meeting.id) : undefined;
  const hereCommittee = here && (store.committees.find((c) => c.id === here.committeeId) ?? read.committee);
  return previewMeetingFile(read, here && hereCommittee ? { meeting: here, committee: hereCommittee } : undefined, committeeHere);
}

/**
 * Reads a meeting file from another machine: refuses a newer format, a mismatched fingerprint or
 * broken approval seal; never overwrites the copy here without being told to, and never replaces
 * approved minutes except by their own later amendments. Nothing is written before all checks pass.
 */
export async function importMeeting(store: Store, file: unknown, replace: boolean) {
  const read = readMeetingFile(file);
  if (!read.ok) throw new StoreError(read.code, read.message);
  const { meeting, committee } = read;
  const preview = inspectMeetingFile(store, file);
  const result = (addedCommittee: boolean) => ({ meetingId: meeting.id, committeeId: committee.id, addedCommittee });
  if (preview.here) {
    if (preview.here.identical) return result(false);
    if (!preview.canReplace) throw new StoreError('APPROVED_HERE', `${preview.warnings.at(-1) ?? 'The minutes here are approved.'}`);
    if (!replace) {
      const { revision } = preview.here;
      const which = preview.here.newer === 'here' ? 'a newer' : preview.here.newer === 'same-revision' ? 'a different' : 'an older';
      throw new StoreError('CONFLICT', `This meeting is already here, in ${which} version (revision ${revision} here, ${meeting.revision} in the file); nothing was changed. Confirm to replace it (a backup of the current one is kept).`);
    }
    await store.backups.snapshot(store.meeting(meeting.id), 'replaced-by-import');
  }
  let addedCommittee = false;
  if (!preview.committeeHere) {
    await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, Committee.parse(committee)] }));
    addedCommittee = true;
  }
  await store.addMeeting(meeting, { replace: true });
  return result(addedCommittee);
}

export function meetingHandlers({ store, now }: Services) {
  return {
    'meetings:list': ({ committeeId }: In<'meetings:list'>): MeetingSummary[] =>
      store
        .meetingIds()
        .map((id) => store.meeting(id))
        .filter((m) => !committeeId || m.committeeId === committeeId)
        .sort((a, b) => b.date.localeCompare(a.date))
        .map(summarise),
    'meetings:get': ({ meetingId }: In<'meetings:get'>) => store.meeting(meetingId),
    'meetings:create': async ({ committeeId, date, startTime, venue, withStandardItems }: In<'meetings:create'>) => {
      const c = store.committee(committeeId);
      const meeting = newMeeting({
        committeeId,
        date,
        startTime: startTime ?? c.defaultStartTime,
        venue: venue ?? c.defaultVenue,
        agenda: withStandardItems ? agendaFromStandardItems(c.standardItems) : [],
        previousMeetingDate: previousMeetingDate(store.meetingIds().map((id) => store.meeting(id)), committeeId, date),
        at: now(),
      });
      await store.addMeeting(meeting);
      return meeting;
    },
    'meetings:delete': async ({ meetingId }: In<'meetings:delete'>) => {
      await store.deleteMeeting(meetingId);
      return { deleted: true as const };
    },
    'meetings:export': ({ meetingId }: In<'meetings:export'>) => exportMeeting(store, meetingId, now()),
    'meetings:import': ({ file, replace }: In<'meetings:import'>) => importMeeting(store, file, replace),
  };
}
