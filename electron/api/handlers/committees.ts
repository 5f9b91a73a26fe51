// Committees and their people: the rules are shared/committee; here the store is read and written.
import type { Committee, Person } from '$shared/domain';
import type { CommitteeSummary } from '$shared/api';
import { contract } from '$shared/api';
import {
  changeSettings,
  newCommittee,
  patchCommittee,
  refuseDeleteWithMeetings,
  removePerson,
  replaceStandardItems,
  savePerson,
  type ChangeFields,
} from '$shared/committee';
import type { Services } from '../services';
import type { Handlers } from '../handle';
import { changeCommittee } from './committee-change';
import type { z } from 'zod';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export function committeeHandlers({ store }: Services) {
  const meetingsOf = (committeeId: string) =>
    store
      .meetingIds()
      .map((id) => store.meeting(id))
      .filter((m) => m.committeeId === committeeId);
  const update = (
    committeeId: string,
    change: (c: Committee) => Committee,
    fields?: ChangeFields,
  ): Promise<Committee> => changeCommittee(store, committeeId, change, fields);

  return {
    'committees:list': (): CommitteeSummary[] =>
      store.committees.map((c) => ({
        id: c.id,
        name: c.name,
        authority: c.authority,
        // From the meeting index: the first screen reads no meeting file.
        meetingCount: store.meetingSummaries().filter((m) => m.committeeId === c.id).length,
      })),
    'committees:get': ({ committeeId }: In<'committees:get'>) => store.committee(committeeId),
    'committees:create': async (input: In<'committees:create'>) => {
      const c = newCommittee(input);
      await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, c] }));
      return c;
    },
    'committees:update': ({ committeeId, patch }: In<'committees:update'>) =>
      update(committeeId, (c) => patchCommittee(c, patch)),
    'committees:setSettings': ({ committeeId, settings }: In<'committees:setSettings'>) =>
      update(committeeId, (c) => changeSettings(c, settings)),
    'committees:setStandardItems': ({ committeeId, standardItems }: In<'committees:setStandardItems'>) =>
      update(committeeId, (c) => replaceStandardItems(c, standardItems)),
    'committees:delete': async ({ committeeId, withMeetings }: In<'committees:delete'>) => {
      store.committee(committeeId);
      const meetings = meetingsOf(committeeId);
      refuseDeleteWithMeetings(meetings.length, withMeetings);
      for (const m of meetings) await store.deleteMeeting(m.id);
      await store.changeCommittees((f) => ({ ...f, committees: f.committees.filter((x) => x.id !== committeeId) }));
      return { deletedMeetings: meetings.length };
    },
    'people:save': async ({ committeeId, person, membership }: In<'people:save'>): Promise<Person> => {
      let saved: Person | undefined;
      await update(
        committeeId,
        (c) => {
          const done = savePerson(c, person, membership);
          saved = done.person;
          return done.committee;
        },
        { role: 'membership.role' },
      );
      return saved!;
    },
    'people:delete': async ({ committeeId, personId }: In<'people:delete'>) => {
      await update(committeeId, (c) => removePerson(c, personId, meetingsOf(committeeId)));
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;
}
