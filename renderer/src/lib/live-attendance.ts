// The attendance list as the console shows it: the committee's members and co-optees on the
// meeting's date (whether recorded yet or not), then everyone else on the list, in the house
// order of PRESENT.
import type { Attendance, Capacity, Committee, MemberRole, Person } from '$shared/domain';
import { membershipOn } from '$shared/minutes/person-names';

export interface AttendanceRow {
  personId: string;
  person: Person | undefined;
  capacity: Capacity;
  role: MemberRole | undefined;
  entry: Attendance | undefined;
}

export interface AttendanceGroup {
  key: Capacity;
  title: string;
  rows: AttendanceRow[];
}

const TITLES: Record<Capacity, string> = {
  member: 'Committee members',
  'co-optee': 'Co-opted members',
  officer: 'Officers',
  guest: 'External guests',
  'also-present': 'Also present',
};

const ROLE_ORDER: Record<MemberRole, number> = { chair: 0, 'vice-chair': 1, member: 2 };

export function attendanceGroups(
  committee: Committee,
  meetingDate: string,
  attendance: readonly Attendance[],
): AttendanceGroup[] {
  const people = new Map(committee.people.map((p) => [p.id, p]));
  const entries = new Map(attendance.map((a) => [a.personId, a]));
  const rows: AttendanceRow[] = [];
  const listed = new Set<string>();
  // Seats on the committee on the day: members (councillors) and co-optees.
  for (const person of committee.people) {
    const seat = membershipOn(committee, person.id, meetingDate);
    if (!seat) continue;
    // A seat held by anyone but a councillor is a co-opted seat (a member of the public co-opted later, say).
    const capacity: Capacity = person.kind === 'councillor' ? 'member' : 'co-optee';
    rows.push({
      personId: person.id,
      person,
      capacity: entries.get(person.id)?.capacity ?? capacity,
      role: seat.role,
      entry: entries.get(person.id),
    });
    listed.add(person.id);
  }
  rows.sort((a, b) => (a.role ? ROLE_ORDER[a.role] : 3) - (b.role ? ROLE_ORDER[b.role] : 3));
  for (const a of attendance) {
    if (listed.has(a.personId)) continue;
    rows.push({
      personId: a.personId,
      person: people.get(a.personId),
      capacity: a.capacity,
      role: undefined,
      entry: a,
    });
  }
  const order: Capacity[] = ['member', 'co-optee', 'officer', 'guest', 'also-present'];
  return order
    .map((key) => ({ key, title: TITLES[key], rows: rows.filter((r) => r.capacity === key) }))
    .filter((g) => g.rows.length > 0);
}

/** "Councillor Caroline Needham (Chair)", "Fiona Phelps, Head of Special Educational Needs" */
export function rowLabel(row: AttendanceRow): string {
  const p = row.person;
  if (!p) return 'Unknown person';
  const name = p.kind === 'councillor' ? `Councillor ${p.name}` : p.name;
  if (row.role === 'chair') return `${name} (Chair)`;
  if (row.role === 'vice-chair') return `${name} (Vice-Chair)`;
  const role = [p.title, p.organisation].filter(Boolean).join(', ');
  return role ? `${name}, ${role}` : name;
}

export const STATUS_WORDS: Record<Attendance['status'], string> = {
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
};

/** The kind of person who attends in a capacity, for adding someone new to the roster. */
export function kindFor(capacity: Capacity, councillor: boolean): Person['kind'] {
  if (capacity === 'officer') return 'officer';
  if (capacity === 'guest') return 'guest';
  if (capacity === 'co-optee') return 'co-optee';
  if (capacity === 'member') return 'councillor';
  return councillor ? 'councillor' : 'public';
}

/** People who may stand in for a member: councillors on the roster without a seat on the day. */
export function substituteCandidates(committee: Committee, meetingDate: string): Person[] {
  return committee.people.filter((p) => p.kind === 'councillor' && !membershipOn(committee, p.id, meetingDate));
}

export interface DeclarationCandidate {
  personId: string;
  present: boolean;
}

/**
 * Who may declare an interest: the members and co-optees of the day (substitutes included), and
 * councillors listed as "also present"; present ones first, otherwise in the order of PRESENT.
 * Officers, external guests and members of the public make no declarations.
 */
export function declarationCandidates(
  committee: Committee,
  meetingDate: string,
  attendance: readonly Attendance[],
): DeclarationCandidate[] {
  const rows = attendanceGroups(committee, meetingDate, attendance)
    .flatMap((g) => g.rows)
    .filter(
      (r) =>
        r.capacity === 'member' ||
        r.capacity === 'co-optee' ||
        (r.capacity === 'also-present' && r.person?.kind === 'councillor'),
    )
    .map((r) => ({ personId: r.personId, present: r.entry?.status === 'present' }));
  return [...rows.filter((r) => r.present), ...rows.filter((r) => !r.present)];
}
