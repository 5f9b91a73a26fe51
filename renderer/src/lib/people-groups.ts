// The committee's people as the committee screen groups them, in the house order of PRESENT.
import type { Committee, Membership, Person } from '$shared/domain';

export interface PersonEntry {
  person: Person;
  /** Their latest seat on the committee, if they have had one. */
  membership: Membership | undefined;
}

export interface PeopleGroup {
  key: string;
  title: string;
  entries: PersonEntry[];
}

const ROLE_ORDER = { chair: 0, 'vice-chair': 1, member: 2 } as const;

export function latestMembership(committee: Committee, personId: string): Membership | undefined {
  return committee.memberships.filter((m) => m.personId === personId).at(-1);
}

export function groupPeople(committee: Committee): PeopleGroup[] {
  const entries = committee.people.map((person) => ({ person, membership: latestMembership(committee, person.id) }));
  const members = entries
    .filter((e) => e.person.kind === 'councillor' && e.membership)
    .sort((a, b) => ROLE_ORDER[a.membership!.role] - ROLE_ORDER[b.membership!.role]);
  const groups: PeopleGroup[] = [
    { key: 'members', title: 'Members', entries: members },
    { key: 'co-optees', title: 'Co-opted members', entries: entries.filter((e) => e.person.kind === 'co-optee') },
    { key: 'officers', title: 'Officers', entries: entries.filter((e) => e.person.kind === 'officer') },
    { key: 'guests', title: 'External guests', entries: entries.filter((e) => e.person.kind === 'guest') },
    {
      key: 'other-councillors',
      title: 'Other councillors',
      entries: entries.filter((e) => e.person.kind === 'councillor' && !e.membership),
    },
    { key: 'public', title: 'Members of the public', entries: entries.filter((e) => e.person.kind === 'public') },
  ];
  return groups.filter((g) => g.entries.length > 0);
}
