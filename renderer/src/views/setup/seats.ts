// A person's dated seats on the committee, in words for the setup screen. Pure.
import type { Committee, Membership } from '$shared/domain';
import { formatDate } from '$shared/format/en-gb';

const ROLE = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'Member' } as const;

/** The person's seats, oldest first (an undated seat counts as the oldest). */
export function seatsOf(committee: Committee, personId: string): Membership[] {
  return committee.memberships
    .filter((m) => m.personId === personId)
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}

/** The seat the person holds today or from a later day: the one "Left on" ends. */
export function currentSeat(seats: readonly Membership[], today: string): Membership | undefined {
  return [...seats].reverse().find((m) => !m.to || m.to >= today);
}

/** "Chair since 1 May 2016", "Member from 1 May 2016 to 19 May 2017", "Member". */
export function describeSeat(m: Membership): string {
  const role = ROLE[m.role];
  if (m.from && m.to) return `${role} from ${formatDate(m.from)} to ${formatDate(m.to)}`;
  if (m.from) return `${role} since ${formatDate(m.from)}`;
  if (m.to) return `${role} until ${formatDate(m.to)}`;
  return role;
}
