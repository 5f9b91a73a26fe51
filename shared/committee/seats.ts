// Dated committee seats: a new seat (a role change, a return), the end of one, and one Chair and
// one Vice-Chair on any date. Seats keep their history, so past meetings stay correct.
import { newId, seatsOverlap, soleRoleClashes, type Committee, type MemberRole, type Membership } from '../domain';
import { CommandError } from '../commands/define';
import { formatDate } from '../format/en-gb';

export const ROLE_NAME = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'a member' } as const;

/** "since 1 May 2016", "from 1 May 2016 to 19 May 2017". */
export function span(m: { from?: string | undefined; to?: string | undefined }): string {
  if (m.from && m.to) return `from ${formatDate(m.from)} to ${formatDate(m.to)}`;
  if (m.from) return `since ${formatDate(m.from)}`;
  if (m.to) return `until ${formatDate(m.to)}`;
  return 'with no dates';
}

/** "2017-05-20" → "2017-05-19". */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export interface NewSeat {
  personId: string;
  role: MemberRole;
  from: string;
  to?: string | undefined;
}

/**
 * Adds a seat. An open seat of the same person that began earlier ends the day before (a role
 * change needs no separate "end"); any other overlap is refused. A second Chair or Vice-Chair is
 * refused by refuseSecondHolder, as for every other way a seat is made.
 */
export function addSeat(c: Committee, input: NewSeat): Committee {
  const person = c.people.find((p) => p.id === input.personId);
  if (!person)
    throw new CommandError('NOT_FOUND', `There is no person with id ${input.personId} on this committee`, 'personId');
  const seat: Membership = {
    id: newId(),
    personId: person.id,
    role: input.role,
    from: input.from,
    ...(input.to ? { to: input.to } : {}),
  };
  const memberships = c.memberships.map((m) => {
    if (m.personId !== person.id || !seatsOverlap(m, seat)) return m;
    if (!m.to && (!m.from || m.from < input.from)) return { ...m, to: dayBefore(input.from) };
    throw new CommandError(
      'OVERLAP',
      `${person.name} already holds a seat ${span(m)}; end or change that one first`,
      'from',
    );
  });
  return { ...c, memberships: [...memberships, seat] };
}

/** Ends a seat on `to` (its last day). */
export function endSeat(c: Committee, input: { membershipId: string; to: string }): Committee {
  const seat = c.memberships.find((m) => m.id === input.membershipId);
  if (!seat)
    throw new CommandError(
      'NOT_FOUND',
      `There is no membership with id ${input.membershipId} on this committee`,
      'membershipId',
    );
  if (seat.from && input.to < seat.from) {
    throw new CommandError(
      'BAD_DATE',
      `A seat cannot end (${formatDate(input.to)}) before it starts (${formatDate(seat.from)})`,
      'to',
    );
  }
  return { ...c, memberships: c.memberships.map((m) => (m.id === seat.id ? { ...m, to: input.to } : m)) };
}

/** The API field a refusal names, as each channel calls it ("role" for memberships:add, "membership.role" for people:save). */
export interface ChangeFields {
  role?: string;
}

const sameSeat = (a: Membership, b: Membership) =>
  a.id === b.id && a.personId === b.personId && a.role === b.role && a.from === b.from && a.to === b.to;

/**
 * Refuses a second Chair (or Vice-Chair) on any date that the change brings in. Only what the
 * change brings in is held to it: two Chairs saved by an older version stay readable and editable.
 */
export function refuseSecondHolder(before: Committee, after: Committee, fields: ChangeFields = {}): void {
  const had = new Set(soleRoleClashes(before.memberships).map(([a, b]) => `${a.id} ${b.id}`));
  const kept = (m: Membership) => before.memberships.some((x) => sameSeat(x, m));
  for (const [a, b] of soleRoleClashes(after.memberships)) {
    if (had.has(`${a.id} ${b.id}`) || had.has(`${b.id} ${a.id}`)) continue;
    // The holder is the seat that was there already; the other is the one this change makes.
    const holder = kept(a) || !kept(b) ? a : b;
    const name = after.people.find((p) => p.id === holder.personId)?.name ?? 'Someone else';
    throw new CommandError(
      'OVERLAP',
      `${name} is ${ROLE_NAME[holder.role]} ${span(holder)}; end that seat first`,
      fields.role ?? 'role',
    );
  }
}
