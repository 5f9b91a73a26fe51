// The next meeting, the action log and the work programme: per committee, in their own files.
// The rules are shared/planning; here the records are read and written.
import type { z } from 'zod';
import { newId, type Meeting } from '$shared/domain';
import type { contract, PrepareNextResult } from '$shared/api';
import {
  addItem,
  addMeeting,
  carryForward,
  itemFromMeeting,
  itemsForDate,
  linkToAgenda,
  moveItem,
  newProgrammeItem,
  nextMeeting,
  paragraphDescriber,
  refuseNextMeeting,
  refuseStaleEdit,
  removeItem,
  removeMeeting,
  sortedEntries,
  updateEntry,
  updateItem,
  updateMeeting,
  viewWorkProgramme,
  type WorkProgrammeFile,
} from '$shared/planning';
import { recordsOf } from '../../services/records/committee-records';
import type { Store } from '../../services/store/store';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

/** Paragraph words as the minutes print them, with the meeting's committee from the store. */
const describer = (store: Store, meeting: Meeting) => paragraphDescriber(meeting, store.committee(meeting.committeeId));

export async function carryForwardActions(store: Store, meeting: Meeting, at: Date) {
  const log = recordsOf(store).actionLog(meeting.committeeId);
  const describe = describer(store, meeting);
  return log.change((current) => {
    const { log: next, added } = carryForward(current, meeting, describe, at.toISOString());
    return { next, result: added };
  });
}

export function planningHandlers({ store, now }: Services) {
  const records = recordsOf(store);

  const changeProgramme = async <R>(
    committeeId: string,
    base: number | undefined,
    fn: (f: WorkProgrammeFile) => { next: WorkProgrammeFile; result: R },
  ) =>
    records.workProgramme(committeeId).change((f) => {
      refuseStaleEdit('work programme', f.revision, base);
      return fn(f);
    });
  const view = async (committeeId: string) =>
    viewWorkProgramme(
      await records.workProgramme(committeeId).read(),
      store.committee(committeeId).settings.reportDeadlineDays,
    );
  const edit = async (
    committeeId: string,
    base: number | undefined,
    fn: (f: WorkProgrammeFile) => WorkProgrammeFile,
  ) => {
    await changeProgramme(committeeId, base, (f) => ({ next: fn(f), result: undefined }));
    return view(committeeId);
  };

  return {
    'meetings:prepareNext': async ({
      meetingId,
      date,
      startTime,
      venue,
    }: In<'meetings:prepareNext'>): Promise<PrepareNextResult> => {
      const previous = store.meeting(meetingId);
      const committee = store.committee(previous.committeeId);
      const all = store.meetingIds().map((id) => store.meeting(id));
      refuseNextMeeting(previous, date, all);
      const programme = records.workProgramme(committee.id);
      const planned = itemsForDate(await programme.read(), date);
      const { meeting, fromWorkProgramme } = nextMeeting(
        previous,
        committee,
        planned,
        { date, startTime, venue },
        now(),
      );
      await store.addMeeting(meeting);
      if (planned.length)
        await programme.change((f) => ({ next: linkToAgenda(f, meeting.id, fromWorkProgramme), result: undefined }));
      const carried = await carryForwardActions(store, previous, now());
      return { meeting, carriedActions: carried.length, workProgrammeItems: planned.length };
    },

    'actionLog:list': async ({ committeeId, statuses }: In<'actionLog:list'>) => {
      const log = await records.actionLog(committeeId).read();
      return { committeeId, revision: log.revision, entries: sortedEntries(log.entries, statuses) };
    },
    'actionLog:update': ({ committeeId, entryId, patch, note, by, baseRevision }: In<'actionLog:update'>) =>
      records.actionLog(committeeId).change((log) => {
        refuseStaleEdit('action log', log.revision, baseRevision);
        const { log: next, entry } = updateEntry(log, entryId, { patch, note, by }, now().toISOString());
        return { next, result: entry };
      }),
    'actionLog:carryForward': async ({ meetingId }: In<'actionLog:carryForward'>) => {
      const added = await carryForwardActions(store, store.meeting(meetingId), now());
      return { added: added.length, entries: added };
    },

    'workProgramme:get': ({ committeeId }: In<'workProgramme:get'>) => view(committeeId),
    'workProgramme:addMeeting': ({
      committeeId,
      baseRevision,
      date,
      reportDeadline,
      note,
    }: In<'workProgramme:addMeeting'>) =>
      edit(committeeId, baseRevision, (f) => addMeeting(f, { date, reportDeadline, note })),
    'workProgramme:updateMeeting': ({
      committeeId,
      baseRevision,
      date,
      reportDeadline,
      note,
    }: In<'workProgramme:updateMeeting'>) =>
      edit(committeeId, baseRevision, (f) => updateMeeting(f, date, { reportDeadline, note })),
    'workProgramme:removeMeeting': ({ committeeId, baseRevision, date }: In<'workProgramme:removeMeeting'>) =>
      edit(committeeId, baseRevision, (f) => removeMeeting(f, date)),
    'workProgramme:addItem': ({ committeeId, baseRevision, item, index }: In<'workProgramme:addItem'>) => {
      const created = newProgrammeItem(item);
      return changeProgramme(committeeId, baseRevision, (f) => ({ next: addItem(f, created, index), result: created }));
    },
    'workProgramme:updateItem': ({ committeeId, baseRevision, itemId, patch }: In<'workProgramme:updateItem'>) =>
      edit(committeeId, baseRevision, (f) => updateItem(f, itemId, patch)),
    'workProgramme:removeItem': ({ committeeId, baseRevision, itemId }: In<'workProgramme:removeItem'>) =>
      edit(committeeId, baseRevision, (f) => removeItem(f, itemId)),
    'workProgramme:moveItem': ({
      committeeId,
      baseRevision,
      itemId,
      meetingDate,
      index,
    }: In<'workProgramme:moveItem'>) => edit(committeeId, baseRevision, (f) => moveItem(f, itemId, meetingDate, index)),
    'workProgramme:addFromMeeting': ({
      meetingId,
      actionId,
      resolutionId,
      title,
      summary,
      meetingDate,
    }: In<'workProgramme:addFromMeeting'>) => {
      const meeting = store.meeting(meetingId);
      return changeProgramme(meeting.committeeId, undefined, (f) => {
        const item = itemFromMeeting(
          meeting,
          { actionId, resolutionId },
          { id: newId(), title, summary, meetingDate },
          describer(store, meeting),
        );
        return { next: addItem(f, item), result: item };
      });
    },
  } satisfies Partial<Handlers>;
}
