import type { z } from 'zod';
import { agendaFromStandardItems, Committee, newMeeting, type Meeting } from '../../../shared/domain';
import { contract, MeetingExport, MEETING_EXPORT_FORMAT, MEETING_EXPORT_VERSION, type MeetingSummary } from '../../../shared/api';
import { loadMeeting } from '../../../shared/domain';
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
  return {
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    exportedAt: at.toISOString(),
    meeting,
    committee: store.committee(meeting.committeeId),
  };
}

/** Reads a meeting file from another machine; never overwrites newer data without being told to. */
export async function importMeeting(store: Store, file: unknown, replace: boolean) {
  const envelope = file as { format?: unknown; version?: unknown };
  if (typeof file !== 'object' || file === null) throw new StoreError('INVALID_FILE', 'This is not a Scrutineer meeting file (not a JSON object)');
  if (envelope.format !== MEETING_EXPORT_FORMAT) {
    throw new StoreError('INVALID_FILE', `This is not a Scrutineer meeting file (format ${JSON.stringify(envelope.format ?? null)})`);
  }
  if (typeof envelope.version === 'number' && envelope.version > MEETING_EXPORT_VERSION) {
    throw new StoreError('FUTURE_VERSION', `This meeting file was written by a newer Scrutineer (version ${envelope.version}); update the app to open it`);
  }
  const meetingLoaded = loadMeeting((file as { meeting?: unknown }).meeting);
  if (!meetingLoaded.ok) throw new StoreError('INVALID_FILE', `The meeting in this file ${meetingLoaded.problem.message}`);
  const parsed = MeetingExport.safeParse({ ...file, meeting: meetingLoaded.value });
  if (!parsed.success) throw new StoreError('INVALID_FILE', `This meeting file is damaged: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const { meeting, committee } = parsed.data;
  let addedCommittee = false;
  if (!store.committees.some((c) => c.id === committee.id)) {
    await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, Committee.parse(committee)] }));
    addedCommittee = true;
  }
  if (store.meetingIds().includes(meeting.id)) {
    const here = store.meeting(meeting.id);
    if (JSON.stringify(here) === JSON.stringify(meeting)) return { meetingId: meeting.id, committeeId: committee.id, addedCommittee };
    if (!replace) {
      const which = here.revision > meeting.revision ? 'a newer' : here.revision === meeting.revision ? 'a different' : 'an older';
      throw new StoreError('CONFLICT', `This meeting is already here, in ${which} version (revision ${here.revision} here, ${meeting.revision} in the file); nothing was changed. Confirm to replace it (a backup of the current one is kept).`);
    }
    await store.backups.snapshot(here, 'replaced-by-import');
  }
  await store.addMeeting(meeting, { replace: true });
  return { meetingId: meeting.id, committeeId: committee.id, addedCommittee };
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
      const earlier = store
        .meetingIds()
        .map((id) => store.meeting(id))
        .filter((m) => m.committeeId === committeeId && m.date < date)
        .sort((a, b) => b.date.localeCompare(a.date))[0];
      const meeting = newMeeting({
        committeeId,
        date,
        startTime: startTime ?? c.defaultStartTime,
        venue: venue ?? c.defaultVenue,
        agenda: withStandardItems ? agendaFromStandardItems(c.standardItems) : [],
        previousMeetingDate: earlier?.date,
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
