// Who counts towards a committee's quorum: voting members present, councillors only unless the
// committee counts its co-optees too; a seat marked as not voting never counts. Pure.
import type { Attendance, Committee, Meeting, Membership } from '../domain';

/** The committee's rule: councillors only (the default), or co-optees with a vote as well. */
export function countsCoOptees(committee: Pick<Committee, 'settings'>): boolean {
  return committee.settings.coOpteesCountForQuorum === true;
}

/** A seat held on the day (an open end runs for ever). */
function seatOn(memberships: readonly Membership[], personId: string, date: string): Membership | undefined {
  return memberships.find((m) => m.personId === personId && (!m.from || m.from <= date) && (!m.to || m.to >= date));
}

/**
 * Whether this attendance counts towards the quorum, presence aside: a member (or, where the
 * committee says so, a co-optee) whose seat on the day votes. A substitute sits in the seat of
 * the member they replace; someone with no seat recorded counts by their capacity alone.
 */
export function countsTowardsQuorum(
  a: Pick<Attendance, 'personId' | 'capacity' | 'substituteFor'>,
  committee: Pick<Committee, 'memberships' | 'settings'>,
  date: string,
): boolean {
  if (a.capacity !== 'member' && !(a.capacity === 'co-optee' && countsCoOptees(committee))) return false;
  const seat =
    seatOn(committee.memberships, a.personId, date) ??
    (a.substituteFor ? seatOn(committee.memberships, a.substituteFor, date) : undefined);
  return seat?.voting !== false;
}

/** The people of a meeting's attendance who count towards the quorum when present. */
export function quorumCounted(
  meeting: Pick<Meeting, 'attendance' | 'date'>,
  committee: Pick<Committee, 'memberships' | 'settings'>,
): Attendance[] {
  return meeting.attendance.filter((a) => a.status === 'present' && countsTowardsQuorum(a, committee, meeting.date));
}

/**
 * How many seats on the day could make the quorum: voting seats of councillors (and of co-optees
 * where they count), each person once. A quorum above this can never be reached.
 */
export function votingMembership(committee: Committee, date: string): number {
  const kinds = new Set(countsCoOptees(committee) ? ['councillor', 'co-optee'] : ['councillor']);
  const ids = new Set<string>();
  for (const m of committee.memberships) {
    if ((m.from && m.from > date) || (m.to && m.to < date) || m.voting === false) continue;
    const person = committee.people.find((p) => p.id === m.personId);
    if (person && kinds.has(person.kind)) ids.add(person.id);
  }
  return ids.size;
}
