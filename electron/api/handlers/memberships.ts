// Dated committee seats: a new seat (a role change, a return) and the end of one. people:save
// edits a person's latest seat in place; these keep history, so past meetings stay correct.
import type { z } from 'zod';
import { Committee, newId, type Membership } from '../../../shared/domain';
import type { contract } from '../../../shared/api';
import { formatDate } from '../../../shared/format/en-gb';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

/** "2017-05-20" → "2017-05-19". */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

const overlaps = (a: { from?: string | undefined; to?: string | undefined }, b: { from?: string | undefined; to?: string | undefined }) =>
  (a.from ?? '0000-01-01') <= (b.to ?? '9999-12-31') && (b.from ?? '0000-01-01') <= (a.to ?? '9999-12-31');

function span(m: { from?: string | undefined; to?: string | undefined }): string {
  if (m.from && m.to) return `from ${formatDate(m.from)} to ${formatDate(m.to)}`;
  if (m.from) return `since ${formatDate(m.from)}`;
  if (m.to) return `until ${formatDate(m.to)}`;
  return 'with no dates';
}

const ROLE_NAME = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'a member' } as const;

/** Adds a seat. An open seat of the same person that began earlier ends the day before; any other overlap is refused. */
export function addSeat(c: Committee, input: In<'memberships:add'>): Committee {
  const person = c.people.find((p) => p.id === input.personId);
  if (!person) throw new StoreError('NOT_FOUND', `There is no person with id ${input.personId} on this committee`, 'personId');
  const seat: Membership = { id: newId(), personId: person.id, role: input.role, from: input.from, ...(input.to ? { to: input.to } : {}) };
  const memberships = c.memberships.map((m) => {
    if (m.personId !== person.id || !overlaps(m, seat)) return m;
    if (!m.to && (!m.from || m.from < seat.from!)) return { ...m, to: dayBefore(seat.from!) };
    throw new StoreError('OVERLAP', `${person.name} already holds a seat ${span(m)}; end or change that one first`, 'from');
  });
  if (seat.role !== 'member') {
    const holder = memberships.find((m) => m.personId !== person.id && m.role === seat.role && overlaps(m, seat));
    const name = holder && c.people.find((p) => p.id === holder.personId)?.name;
    if (holder) throw new StoreError('OVERLAP', `${name ?? 'Someone else'} is ${ROLE_NAME[seat.role]} ${span(holder)}; end that seat first`, 'role');
  }
  return { ...c, memberships: [...memberships, seat] };
}

/** Ends a seat on `to` (its last day). */
export function endSeat(c: Committee, input: In<'memberships:end'>): Committee {
  const seat = c.memberships.find((m) => m.id === input.membershipId);
  if (!seat) throw new StoreError('NOT_FOUND', `There is no membership with id ${input.membershipId} on this committee`, 'membershipId');
  if (seat.from && input.to < seat.from) {
    throw new StoreError('BAD_DATE', `A seat cannot end (${formatDate(input.to)}) before it starts (${formatDate(seat.from)})`, 'to');
  }
  return { ...c, memberships: c.memberships.map((m) => (m.id === seat.id ? { ...m, to: input.to } : m)) };
}

async function change(store: Store, committeeId: string, fn: (c: Committee) => Committee): Promise<Committee> {
  const current = store.committee(committeeId);
  const next = Committee.parse({ ...fn(structuredClone(current)), revision: current.revision + 1 });
  await store.changeCommittees((f) => ({ ...f, committees: f.committees.map((x) => (x.id === next.id ? next : x)) }));
  return next;
}

export function membershipHandlers({ store }: Services) {
  return {
    'memberships:add': (input: In<'memberships:add'>) => change(store, input.committeeId, (c) => addSeat(c, input)),
    'memberships:end': (input: In<'memberships:end'>) => change(store, input.committeeId, (c) => endSeat(c, input)),
  };
}
