import type { Committee, Membership, Person } from '../domain';

/** The membership in force on a date (memberships are dated so past meetings stay correct). */
export function membershipOn(committee: Committee, personId: string, isoDate: string): Membership | undefined {
  return committee.memberships.find(
    (m) => m.personId === personId && (!m.from || m.from <= isoDate) && (!m.to || m.to >= isoDate),
  );
}

export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** "Councillor Caroline Needham"; "Fiona Phelps". */
export function fullName(p: Person): string {
  return p.kind === 'councillor' ? `Councillor ${p.name}` : p.name;
}

/** After first mention: "Councillor Needham"; others by their full name, "Fiona Phelps". */
export function laterName(p: Person): string {
  return p.kind === 'councillor' ? `Councillor ${surname(p.name)}` : p.name;
}

/** The name an agenda prints: the shorter one a person is known by ("Matt Jenkins"), else their name. */
export function agendaName(p: Person): string {
  return p.knownAs?.trim() || p.name;
}

/** What a co-optee sits as: their role as co-optee, else their title (older data keeps it there). */
export function coOpteeRoleOf(p: Person): string {
  return p.coOpteeRole?.trim() || p.title.trim();
}

/** The role written at first mention: Chair / Vice-Chair of this committee, else the person's title. */
export function roleOn(committee: Committee, p: Person, isoDate: string): string {
  const m = membershipOn(committee, p.id, isoDate);
  if (m?.role === 'chair') return 'Chair';
  if (m?.role === 'vice-chair') return 'Vice-Chair';
  // A co-optee with a seat that day is named with what they sit as.
  if (m && p.kind !== 'councillor') return coOpteeRoleOf(p);
  return p.title;
}

/** "Councillor Caroline Needham, Chair"; "Fiona Phelps, Head of Special Educational Needs". */
export function firstMention(committee: Committee, p: Person, isoDate: string): string {
  const role = roleOn(committee, p, isoDate);
  return role ? `${fullName(p)}, ${role}` : fullName(p);
}
