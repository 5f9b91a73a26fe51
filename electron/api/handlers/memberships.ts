// Dated committee seats: a new seat (a role change, a return) and the end of one. people:save
// edits a person's latest seat in place; these keep history, so past meetings stay correct.
import type { z } from 'zod';
import { newId, seatsOverlap as overlaps, type Committee, type Membership } from '../../../shared/domain';
import type { contract } from '../../../shared/api';
import { formatDate } from '../../../shared/format/en-gb';
import { StoreError } from '../../services/store/store';
import { changeCommittee, span } from './committee-change';
import type { Services } from '../services';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

/** "2017-05-20" → "2017-05-19". */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * Adds a seat. An open seat of the same person that began earlier ends the day before; any other
 * overlap is refused. A second Chair or Vice-Chair is refused by changeCommittee, as for every
 * other way a seat is made.
 */
export function addSeat(c: Committee, input: In<'memberships:add'>): Committee {
  const person = c.people.find((p) => p.id === input.personId);
  if (!person) throw new StoreError('NOT_FOUND', `There is no person with id ${input.personId} on this committee`, 'personId');
  const seat: Membership = { id: newId(), personId: person.id, role: input.role, from: input.from, ...(input.to ? { to: input.to } : {}) };
  const memberships = c.memberships.map((m) => {
    if (m.personId !== person.id || !overlaps(m, seat)) return m;
    if (!m.to && (!m.from || m.from < seat.from!)) return { ...m, to: dayBefore(seat.from!) };
    throw new StoreError('OVERLAP', `${person.name} already holds a seat ${span(m)}; end or change that one first`, 'from');
  });
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

export function membershipHandlers({ store }: Services) {
  return {
    'memberships:add': (input: In<'memberships:add'>) => changeCommittee(store, input.committeeId, (c) => addSeat(c, input)),
    'memberships:end': (input: In<'memberships:end'>) => changeCommittee(store, input.committeeId, (c) => endSeat(c, input)),
  };
}
