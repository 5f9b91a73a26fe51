// The people a committee's minutes may name: no one entered twice, a person's seat edited with
// them, and no one removed while a meeting still names them.
import {
  nameKey,
  namesakeOf,
  newId,
  type Committee,
  type Meeting,
  type MemberRole,
  type Person,
  type PersonKind,
} from '../domain';
import { CommandError } from '../commands/define';

const KIND_NAME: Record<PersonKind, string> = {
  councillor: 'a councillor',
  'co-optee': 'a co-opted member',
  officer: 'an officer',
  guest: 'an external guest',
  public: 'a member of the public',
};

/** Refuses a person whose name (ignoring case and spaces) and kind another person on the committee has. */
export function refuseNamesake(c: Committee, person: Person): void {
  const before = c.people.find((p) => p.id === person.id);
  // Namesakes stored before this rule stay editable: only a new person, a new name or a new kind is held to it.
  if (before && before.name === person.name && before.kind === person.kind) return;
  const other = namesakeOf(c.people, person);
  if (!other) return;
  const about = [other.group, other.title, other.organisation].filter(Boolean).join(', ');
  throw new CommandError(
    'DUPLICATE',
    `${other.name}${about ? ` (${about})` : ''} is already on this committee as ${KIND_NAME[other.kind]}; edit that entry rather than adding them again`,
    'person.name',
  );
}

/**
 * The optional names checked and tidied: a form that does not send them (an older one) leaves
 * them as they were, an empty one removes them. A "known as" the same as the name, or another
 * person's name, and a role as co-optee for a councillor, are refused in words.
 */
function withOptionalNames(c: Committee, person: Person): Person {
  const before = c.people.find((p) => p.id === person.id);
  const { knownAs: givenKnownAs, coOpteeRole: givenRole, ...rest } = person;
  const knownAs = (givenKnownAs ?? before?.knownAs ?? '').trim();
  const coOpteeRole = (givenRole ?? before?.coOpteeRole ?? '').trim();
  if (knownAs && nameKey(knownAs) === nameKey(person.name))
    throw new CommandError(
      'INVALID',
      `"Known as" is the same as the name; leave it empty unless ${person.name} goes by a shorter name`,
      'person.knownAs',
    );
  if (knownAs) {
    const other = c.people.find(
      (p) => p.id !== person.id && [p.name, p.knownAs ?? ''].some((n) => n && nameKey(n) === nameKey(knownAs)),
    );
    if (other)
      throw new CommandError(
        'DUPLICATE',
        `${knownAs} is the name of ${other.name}, already on this committee; choose another "known as" name`,
        'person.knownAs',
      );
  }
  if (coOpteeRole && person.kind === 'councillor')
    throw new CommandError(
      'INVALID',
      'A councillor sits as a councillor: a role as co-optee is for co-opted members (leave it empty)',
      'person.coOpteeRole',
    );
  return { ...rest, ...(knownAs ? { knownAs } : {}), ...(coOpteeRole ? { coOpteeRole } : {}) };
}

/** A person as the setup screen sends them: a new one has no id yet. */
export type PersonToSave = Omit<Person, 'id'> & { id?: string | undefined };

/** A person's seat as the setup screen edits it: null removes it, absent leaves it as it is. */
export type SeatEdit = { role: MemberRole; from?: string | undefined; to?: string | undefined } | null | undefined;

/**
 * Adds or replaces a person and edits their latest seat in place (or gives them one). Dated seat
 * changes that keep history are addSeat and endSeat; the setup screen's person form is not.
 */
export function savePerson(
  c: Committee,
  person: PersonToSave,
  membership: SeatEdit,
): { committee: Committee; person: Person } {
  const saved = withOptionalNames(c, { ...person, id: person.id ?? newId() });
  refuseNamesake(c, saved);
  const people = c.people.some((p) => p.id === saved.id)
    ? c.people.map((p) => (p.id === saved.id ? saved : p))
    : [...c.people, saved];
  let memberships = c.memberships;
  if (membership === null) memberships = memberships.filter((m) => m.personId !== saved.id);
  else if (membership) {
    const mine = memberships.filter((m) => m.personId === saved.id);
    const latest = mine[mine.length - 1];
    memberships = latest
      ? memberships.map((m) => (m === latest ? { ...m, ...membership } : m))
      : [...memberships, { id: newId(), personId: saved.id, ...membership }];
  }
  return { committee: { ...c, people, memberships }, person: saved };
}

/** How many meetings name a person: attendance, notes, declarations, questions, votes. */
export function meetingsNaming(meetings: readonly Meeting[], personId: string): number {
  return meetings.filter(
    (m) =>
      m.attendance.some((a) => a.personId === personId || a.substituteFor === personId) ||
      m.declarations.some((d) => d.personId === personId) ||
      m.publicQuestions.some((q) => q.askedByPersonId === personId || q.answeredBy === personId) ||
      m.notes.some((p) => p.content.some((r) => r.t === 'person' && r.personId === personId)) ||
      m.resolutions.some(
        (r) => r.vote?.kind === 'named' && [...r.vote.for, ...r.vote.against, ...r.vote.abstain].includes(personId),
      ),
  ).length;
}

/**
 * Removes a person and their seats. Someone named in a meeting stays on the roster, or those
 * minutes would lose a name; ending their seat is the way to take them off.
 */
export function removePerson(c: Committee, personId: string, meetings: readonly Meeting[]): Committee {
  const p = c.people.find((x) => x.id === personId);
  if (!p) throw new CommandError('NOT_FOUND', `There is no person with id ${personId} on this committee`);
  const named = meetingsNaming(meetings, personId);
  if (named)
    throw new CommandError(
      'IN_USE',
      `${p.name} is named in ${named} meeting(s), so they stay on the roster to keep those minutes correct; end their membership instead`,
    );
  return {
    ...c,
    people: c.people.filter((q) => q.id !== personId),
    memberships: c.memberships.filter((m) => m.personId !== personId),
  };
}
