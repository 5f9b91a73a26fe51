import { Committee, DEFAULT_STANDARD_ITEMS, namesakeOf, newId, type Meeting, type Person, type PersonKind } from '../../../shared/domain';
import type { CommitteeSummary } from '../../../shared/api';
import { contract } from '../../../shared/api';
import { StoreError } from '../../services/store/store';
import type { Services } from '../services';
import { changeCommittee } from './committee-change';
import type { z } from 'zod';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

const emptyContact = { name: '', title: '', team: '', phone: '', email: '' };

const KIND_NAME: Record<PersonKind, string> = { councillor: 'a councillor', 'co-optee': 'a co-opted member', officer: 'an officer', guest: 'an external guest', public: 'a member of the public' };

/** Refuses a person whose name (ignoring case and spaces) and kind another person on the committee has. */
export function refuseNamesake(c: Committee, person: Person): void {
  const before = c.people.find((p) => p.id === person.id);
  // Namesakes stored before this rule stay editable: only a new person, a new name or a new kind is held to it.
  if (before && before.name === person.name && before.kind === person.kind) return;
  const other = namesakeOf(c.people, person);
  if (!other) return;
  const about = [other.group, other.title, other.organisation].filter(Boolean).join(', ');
  throw new StoreError(
    'DUPLICATE',
    `${other.name}${about ? ` (${about})` : ''} is already on this committee as ${KIND_NAME[other.kind]}; edit that entry rather than adding them again`,
    'person.name',
  );
}

/** Where a person is named in a meeting: attendance, notes, declarations, questions, votes. */
export function meetingsNaming(meetings: readonly Meeting[], personId: string): number {
  return meetings.filter(
    (m) =>
      m.attendance.some((a) => a.personId === personId || a.substituteFor === personId) ||
      m.declarations.some((d) => d.personId === personId) ||
      m.publicQuestions.some((q) => q.askedByPersonId === personId || q.answeredBy === personId) ||
      m.notes.some((p) => p.content.some((r) => r.t === 'person' && r.personId === personId)) ||
      m.resolutions.some((r) => r.vote?.kind === 'named' && [...r.vote.for, ...r.vote.against, ...r.vote.abstain].includes(personId)),
  ).length;
}

export function committeeHandlers({ store }: Services) {
  const meetingsOf = (committeeId: string) => store.meetingIds().map((id) => store.meeting(id)).filter((m) => m.committeeId === committeeId);
  const update = (committeeId: string, change: (c: Committee) => Committee, fields?: { role: string }): Promise<Committee> =>
    changeCommittee(store, committeeId, change, fields);

  return {
    'committees:list': (): CommitteeSummary[] =>
      store.committees.map((c) => ({ id: c.id, name: c.name, authority: c.authority, meetingCount: meetingsOf(c.id).length })),
    'committees:get': ({ committeeId }: In<'committees:get'>) => store.committee(committeeId),
    'committees:create': async (input: In<'committees:create'>) => {
      const c = Committee.parse({
        id: newId(),
        authority: input.authority,
        name: input.name,
        shortName: input.shortName ?? '',
        agendaContact: input.agendaContact ?? emptyContact,
        minutesContact: input.minutesContact ?? emptyContact,
        defaultVenue: input.defaultVenue ?? '',
        defaultStartTime: input.defaultStartTime ?? '19:00',
        standardItems: DEFAULT_STANDARD_ITEMS,
      });
      await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, c] }));
      return c;
    },
    'committees:update': ({ committeeId, patch }: In<'committees:update'>) => update(committeeId, (c) => ({ ...c, ...patch })),
    'committees:setSettings': ({ committeeId, settings }: In<'committees:setSettings'>) =>
      update(committeeId, (c) => ({ ...c, settings: { ...c.settings, ...settings } })),
    'committees:setStandardItems': ({ committeeId, standardItems }: In<'committees:setStandardItems'>) =>
      update(committeeId, (c) => ({ ...c, standardItems })),
    'committees:delete': async ({ committeeId, withMeetings }: In<'committees:delete'>) => {
      store.committee(committeeId);
      const meetings = meetingsOf(committeeId);
      if (meetings.length && !withMeetings) {
        throw new StoreError('IN_USE', `This committee has ${meetings.length} meeting(s); confirm deleting them too (a copy of each is kept in the backups folder)`);
      }
      for (const m of meetings) await store.deleteMeeting(m.id);
      await store.changeCommittees((f) => ({ ...f, committees: f.committees.filter((x) => x.id !== committeeId) }));
      return { deletedMeetings: meetings.length };
    },
    'people:save': async ({ committeeId, person, membership }: In<'people:save'>): Promise<Person> => {
      const saved: Person = { ...person, id: person.id ?? newId() };
      await update(
        committeeId,
        (c) => {
          refuseNamesake(c, saved);
          const people = c.people.some((p) => p.id === saved.id) ? c.people.map((p) => (p.id === saved.id ? saved : p)) : [...c.people, saved];
          let memberships = c.memberships;
          if (membership === null) memberships = memberships.filter((m) => m.personId !== saved.id);
          else if (membership) {
            const mine = memberships.filter((m) => m.personId === saved.id);
            const latest = mine[mine.length - 1];
            memberships = latest
              ? memberships.map((m) => (m === latest ? { ...m, ...membership } : m))
              : [...memberships, { id: newId(), personId: saved.id, ...membership }];
          }
          return { ...c, people, memberships };
        },
        { role: 'membership.role' },
      );
      return saved;
    },
    'people:delete': async ({ committeeId, personId }: In<'people:delete'>) => {
      const c = store.committee(committeeId);
      const p = c.people.find((x) => x.id === personId);
      if (!p) throw new StoreError('NOT_FOUND', `There is no person with id ${personId} on this committee`);
      const named = meetingsNaming(meetingsOf(committeeId), personId);
      if (named) throw new StoreError('IN_USE', `${p.name} is named in ${named} meeting(s), so they stay on the roster to keep those minutes correct; end their membership instead`);
      await update(committeeId, (x) => ({
        ...x,
        people: x.people.filter((q) => q.id !== personId),
        memberships: x.memberships.filter((m) => m.personId !== personId),
      }));
      return { deleted: true as const };
    },
  } satisfies { [K in string]: (input: never) => unknown };
}

