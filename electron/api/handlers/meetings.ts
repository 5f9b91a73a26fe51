import type { z } from 'zod';
import { agendaFromStandardItems, checkMeetingIntegrity, Committee, newMeeting } from '$shared/domain';
import {
  contract,
  MEETING_EXPORT_FORMAT,
  MEETING_EXPORT_VERSION,
  type MeetingExport,
  type MeetingFilePreview,
  type MeetingSummary,
} from '$shared/api';
import {
  committeeAfterImport,
  importProblemsMessage,
  meetingFileFingerprint,
  peopleToAddMessage,
  planMeetingFileImport,
  previewMeetingFile,
  readMeetingFile,
} from '$shared/review/meeting-file';
import { previousMeetingDate } from '$shared/planning/next-meeting';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

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

/** A readable meeting file and how it would fit here: the committee it will live in, people to add, what is missing. */
function readAndPlan(store: Store, file: unknown) {
  const read = readMeetingFile(file);
  if (!read.ok) throw new StoreError(read.code, read.message);
  const local = store.committees.find((c) => c.id === read.committee.id);
  return { read, local, plan: planMeetingFileImport(read, local) };
}

/** Validates a meeting file and compares it with the copy here and the committee it will live in; writes nothing. */
export function inspectMeetingFile(store: Store, file: unknown): MeetingFilePreview {
  const { read, local, plan } = readAndPlan(store, file);
  const here = store.meetingIds().includes(read.meeting.id) ? store.meeting(read.meeting.id) : undefined;
  const hereCommittee = here && (store.committees.find((c) => c.id === here.committeeId) ?? read.committee);
  return previewMeetingFile(
    read,
    here && hereCommittee ? { meeting: here, committee: hereCommittee } : undefined,
    local !== undefined,
    plan,
    local?.name,
  );
}

/**
 * Reads a meeting file from another machine: refuses a newer format, a mismatched fingerprint or
 * broken approval seal, and a meeting that names a person, item or paragraph the committee it
 * will live in lacks (checkMeetingIntegrity on the committee as it will be). People the meeting
 * names whom the committee here lacks are added from the file's copy only when `addPeople` says
 * the user agreed. Never overwrites the copy here without being told to, and never replaces
 * approved minutes except by their own later amendments. Nothing is written before all checks pass.
 */
export async function importMeeting(store: Store, file: unknown, replace: boolean, addPeople = false) {
  const { read, plan } = readAndPlan(store, file);
  const { meeting, committee } = read;
  if (plan.problems.length)
    throw new StoreError('INCONSISTENT', `${importProblemsMessage(plan)}. Nothing was changed.`);
  const preview = inspectMeetingFile(store, file);
  const result = (addedCommittee: boolean, addedPeople = 0) => ({
    meetingId: meeting.id,
    committeeId: committee.id,
    addedCommittee,
    addedPeople,
  });
  if (preview.here?.identical) return result(false);
  if (preview.here && !preview.canReplace)
    throw new StoreError('APPROVED_HERE', `${preview.warnings.at(-1) ?? 'The minutes here are approved.'}`);
  if (plan.peopleToAdd.length && !addPeople) {
    throw new StoreError(
      'PEOPLE_TO_ADD',
      `${peopleToAddMessage(plan, store.committee(committee.id).name)} Nothing was changed; confirm to add them and open the meeting.`,
    );
  }
  if (preview.here) {
    if (!replace) {
      const { revision } = preview.here;
      const which =
        preview.here.newer === 'here' ? 'a newer' : preview.here.newer === 'same-revision' ? 'a different' : 'an older';
      throw new StoreError(
        'CONFLICT',
        `This meeting is already here, in ${which} version (revision ${revision} here, ${meeting.revision} in the file); nothing was changed. Confirm to replace it (a backup of the current one is kept).`,
      );
    }
  }
  // Too large a meeting is refused before anything is written (not after its committee was added).
  store.assertMeetingSize(meeting);
  // The committee first, so the meeting never names anyone its committee lacks, even for a moment.
  let addedCommittee = false;
  if (!plan.committeeHere) {
    await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, Committee.parse(committee)] }));
    addedCommittee = true;
  } else if (plan.peopleToAdd.length) {
    await store.changeCommittees((f) => ({
      ...f,
      committees: f.committees.map((c) => (c.id === committee.id ? committeeAfterImport(c, plan) : c)),
    }));
  }
  // The last line of defence: the meeting against its committee as it now is on disk.
  const problems = checkMeetingIntegrity(
    meeting,
    store.committees.find((c) => c.id === meeting.committeeId),
  );
  if (problems.length) {
    throw new StoreError(
      'INCONSISTENT',
      `This meeting file cannot be opened: it refers to things its committee here lacks (${problems.slice(0, 3).join('; ')}). The meeting was not written.`,
    );
  }
  if (preview.here) await store.backups.snapshot(store.meeting(meeting.id), 'replaced-by-import');
  await store.addMeeting(meeting, { replace: true });
  return result(addedCommittee, plan.committeeHere ? plan.peopleToAdd.length : 0);
}

export function meetingHandlers({ store, now }: Services) {
  return {
    'meetings:list': ({ committeeId }: In<'meetings:list'>): MeetingSummary[] =>
      store
        .meetingSummaries()
        .filter((m) => !committeeId || m.committeeId === committeeId)
        .sort((a, b) => b.date.localeCompare(a.date)),
    'meetings:get': ({ meetingId }: In<'meetings:get'>) => store.meeting(meetingId),
    'meetings:create': async ({ committeeId, date, startTime, venue, withStandardItems }: In<'meetings:create'>) => {
      const c = store.committee(committeeId);
      const meeting = newMeeting({
        committeeId,
        date,
        startTime: startTime ?? c.defaultStartTime,
        venue: venue ?? c.defaultVenue,
        agenda: withStandardItems ? agendaFromStandardItems(c.standardItems) : [],
        previousMeetingDate: previousMeetingDate(
          store.meetingIds().map((id) => store.meeting(id)),
          committeeId,
          date,
        ),
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
    'meetings:import': ({ file, replace, addPeople }: In<'meetings:import'>) =>
      importMeeting(store, file, replace, addPeople),
  };
}
