// Who sat on the committee on a given date, from its dated memberships: councillors by political
// group (Chair first, then Vice-Chair, then the rest in roster order) and co-optees with the body
// each represents. A seat runs from `from` to `to`, both days included; either may be open.
import type { Committee, MemberRole, Membership, Person } from '../domain';

export interface SeatedPerson {
  person: Person;
  membership: Membership;
  role: MemberRole;
}

export interface GroupOnDate {
  /** As in the committee's groups; '' for councillors with no group. */
  name: string;
  members: SeatedPerson[];
}

export interface CoOpteeOnDate extends SeatedPerson {
  /** The body the co-optee represents, as it is printed after the name ("Parent Governor Representative"). */
  body: string;
}

export interface MembershipOnDate {
  date: string;
  groups: GroupOnDate[];
  coOptees: CoOpteeOnDate[];
  chair?: Person;
  viceChair?: Person;
}

const ROLE_RANK: Record<MemberRole, number> = { chair: 0, 'vice-chair': 1, member: 2 };

export function seatHeldOn(m: Membership, isoDate: string): boolean {
  return (!m.from || m.from <= isoDate) && (!m.to || isoDate <= m.to);
}

/** "Parent Governor Representative"; "Head of Governance, Diocese of London" when both are recorded. */
export function bodyOf(p: Person): string {
  if (p.coOpteeRole?.trim()) return p.coOpteeRole.trim();
  return [p.title.trim(), p.organisation.trim()].filter(Boolean).join(', ');
}

/**
 * The committee as it stood on `isoDate`. A person with two seats that day (overlapping dates,
 * a data slip) is listed once, in the higher role. Anyone with a seat who is not a councillor
 * is a co-optee.
 */
export function membershipOn(committee: Committee, isoDate: string): MembershipOnDate {
  const people = new Map(committee.people.map((p) => [p.id, p]));
  const seated = new Map<string, SeatedPerson>();
  for (const m of committee.memberships) {
    const person = people.get(m.personId);
    if (!person || !seatHeldOn(m, isoDate)) continue;
    const earlier = seated.get(person.id);
    if (!earlier || ROLE_RANK[m.role] < ROLE_RANK[earlier.role])
      seated.set(person.id, { person, membership: m, role: m.role });
  }
  const all = [...seated.values()];
  const byRole = (list: SeatedPerson[]) =>
    list
      .map((s, i) => ({ s, i }))
      .sort((a, b) => ROLE_RANK[a.s.role] - ROLE_RANK[b.s.role] || a.i - b.i)
      .map((x) => x.s);

  const councillors = all.filter((s) => s.person.kind === 'councillor');
  // Each group once, even in a list stored twice over by an older version.
  const groupNames = [...new Set(committee.groups)];
  for (const s of councillors) if (!groupNames.includes(s.person.group)) groupNames.push(s.person.group);
  const groups = groupNames
    .map((name) => ({ name, members: byRole(councillors.filter((s) => s.person.group === name)) }))
    .filter((g) => g.members.length > 0);

  const coOptees = byRole(all.filter((s) => s.person.kind !== 'councillor')).map((s) => ({
    ...s,
    body: bodyOf(s.person),
  }));
  const chair = byRole(all).find((s) => s.role === 'chair')?.person;
  const viceChair = byRole(all).find((s) => s.role === 'vice-chair')?.person;
  return { date: isoDate, groups, coOptees, ...(chair ? { chair } : {}), ...(viceChair ? { viceChair } : {}) };
}
