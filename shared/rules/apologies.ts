// Apologies are never typed: they follow from attendance.
import type { Attendance, Committee, Meeting, Person } from '../domain';
import { VOTING_CAPACITIES } from './presence';

export interface Apology {
  personId: string;
  /** Undefined when the person is not in the committee's roster (the minutes flag it). */
  person: Person | undefined;
  capacity: Attendance['capacity'];
}

export interface Apologies {
  /** Members and co-optees who sent apologies for absence. */
  absence: Apology[];
  /** Members and co-optees present who sent apologies for lateness. */
  lateness: Apology[];
}

/** The apologies item, from attendance: only the committee's own members and co-optees send apologies to it. */
export function apologiesFrom(meeting: Meeting, committee: Pick<Committee, 'people'>): Apologies {
  const people = new Map(committee.people.map((p) => [p.id, p]));
  const ofMembers = meeting.attendance.filter((a) => VOTING_CAPACITIES.includes(a.capacity));
  const entry = (a: Attendance): Apology => ({
    personId: a.personId,
    person: people.get(a.personId),
    capacity: a.capacity,
  });
  return {
    absence: ofMembers.filter((a) => a.status === 'apologies').map(entry),
    lateness: ofMembers.filter((a) => a.lateApologies && a.status === 'present').map(entry),
  };
}
