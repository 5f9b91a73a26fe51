import { z } from 'zod';
import { Contact, Id, IsoDate, ClockTime, ShortText, LongText, nameKey } from './common';

export const PersonKind = z.enum(['councillor', 'co-optee', 'officer', 'guest', 'public']);
export type PersonKind = z.infer<typeof PersonKind>;

/**
 * Anyone the committee's minutes may name. `title` is the job title or role
 * ("Head of Special Educational Needs", "Parent Governor Representative");
 * `organisation` is the employer or the body a co-optee represents.
 * `knownAs` and `coOpteeRole` came later: optional, so files written before them still load.
 */
export const Person = z.object({
  id: Id,
  kind: PersonKind,
  name: ShortText.min(1, 'a person needs a name'),
  title: ShortText.default(''),
  organisation: ShortText.default(''),
  group: ShortText.default(''),
  /** Other spellings met in papers ("Chumney", "D'Ath"), used when matching names. */
  aliases: z.array(ShortText).default([]),
  /** The shorter name agendas print ("Matt Jenkins" for Matthew Jenkins); the minutes print `name`. */
  knownAs: ShortText.optional(),
  /** What a co-optee sits as, printed with their name ("Teacher Representative"); else `title` is. */
  coOpteeRole: ShortText.optional(),
});
export type Person = z.infer<typeof Person>;

export const MemberRole = z.enum(['member', 'chair', 'vice-chair']);
export type MemberRole = z.infer<typeof MemberRole>;

/** A seat on the committee, dated so that past meetings stay correct after changes. */
export const MembershipFields = z.object({
  id: Id,
  personId: Id,
  role: MemberRole.default('member'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** False for a seat without a vote (some co-optees): it never counts towards the quorum. Absent means it votes. */
  voting: z.boolean().optional(),
});
export const Membership = MembershipFields.refine((m) => !m.from || !m.to || m.from <= m.to, {
  message: 'a membership cannot end before it starts',
  path: ['to'],
});
export type Membership = z.infer<typeof Membership>;

/** Roles one person holds at a time: one Chair and one Vice-Chair on any date. */
export const SOLE_ROLES: readonly MemberRole[] = ['chair', 'vice-chair'];

type Span = { from?: string | undefined; to?: string | undefined };

/** Whether two dated seats share a day (an open end runs for ever). */
export function seatsOverlap(a: Span, b: Span): boolean {
  return (a.from ?? '0000-01-01') <= (b.to ?? '9999-12-31') && (b.from ?? '0000-01-01') <= (a.to ?? '9999-12-31');
}

/** Pairs of seats in which two different people are Chair (or Vice-Chair) on a common day. */
export function soleRoleClashes(memberships: readonly Membership[]): [Membership, Membership][] {
  const clashes: [Membership, Membership][] = [];
  memberships.forEach((a, i) => {
    if (!SOLE_ROLES.includes(a.role)) return;
    for (const b of memberships.slice(i + 1)) {
      if (b.role === a.role && b.personId !== a.personId && seatsOverlap(a, b)) clashes.push([a, b]);
    }
  });
  return clashes;
}

/**
 * Someone else on the committee with the same name (ignoring case and spaces) and the same kind:
 * a second "Ann Smith" among the councillors is the same person entered twice. Namesakes of
 * different kinds (a councillor and an officer, an officer and a guest) are different people.
 */
export function namesakeOf(
  people: readonly Person[],
  person: Pick<Person, 'name' | 'kind'> & { id?: string | undefined },
): Person | undefined {
  const key = nameKey(person.name);
  return people.find((p) => p.id !== person.id && p.kind === person.kind && nameKey(p.name) === key);
}

export const ItemKind = z.enum([
  'minutes',
  'apologies',
  'declarations',
  'public-participation',
  'report',
  'work-programme',
  'next-meeting',
  'other',
]);
export type ItemKind = z.infer<typeof ItemKind>;

export const StandardItem = z.object({
  kind: ItemKind,
  title: ShortText.min(1, "Enter the item's title"),
  summary: LongText.default(''),
});
export type StandardItem = z.infer<typeof StandardItem>;

const DEADLINE_MESSAGE = 'Enter a whole number of days, 0 or more';

export const CommitteeSettings = z.object({
  /** "13th June 2016" rather than "13 June 2016" in sentences. */
  ordinalDates: z.boolean().default(false),
  /** A "Dated ....." line under the Chair's signature line. */
  chairDateLine: z.boolean().default(false),
  /** Days before a meeting that its reports are due. */
  reportDeadlineDays: z
    .number({ error: DEADLINE_MESSAGE })
    .int(DEADLINE_MESSAGE)
    .min(0, DEADLINE_MESSAGE)
    .max(90, 'A report deadline is at most 90 days before the meeting')
    .default(14),
  /** Voting co-optees count towards the quorum; absent or false: councillors only (shared/quorum). */
  coOpteesCountForQuorum: z.boolean().optional(),
});
export type CommitteeSettings = z.infer<typeof CommitteeSettings>;

export const Committee = z.object({
  id: Id,
  authority: ShortText.min(1, 'the authority is needed'),
  name: ShortText.min(1, 'the committee needs a name'),
  /** Used in action owners and file names ("CEPAC"). */
  shortName: ShortText.default(''),
  agendaContact: Contact,
  minutesContact: Contact,
  defaultVenue: ShortText.default(''),
  defaultStartTime: ClockTime.default('19:00'),
  quorum: z
    .number({ error: 'Enter the quorum as a whole number' })
    .int('Enter the quorum as a whole number')
    .min(1, 'A quorum is at least 1')
    .max(100, 'A quorum is at most 100')
    .default(3),
  groups: z.array(ShortText.min(1)).default([]),
  standardItems: z.array(StandardItem).default([]),
  people: z.array(Person).default([]),
  memberships: z.array(Membership).default([]),
  /** Remembered action owners: services, bodies, people ("Children's Services", "HWB"). */
  actionOwners: z.array(ShortText.min(1)).default([]),
  /** The agenda front sheet's standing notes; absent means the defaults (shared/agenda/standing-notes.ts). */
  agendaNotes: z.array(LongText.min(1, 'a standing note cannot be empty').max(2000)).max(20).optional(),
  settings: CommitteeSettings.default({ ordinalDates: false, chairDateLine: false, reportDeadlineDays: 14 }),
  /** The council's own Word document whose styles the minutes wear (templates/<committee id>.docx). */
  template: z.object({ fileName: ShortText, addedAt: z.string() }).optional(),
  revision: z.number().int().min(0).default(0),
});
export type Committee = z.infer<typeof Committee>;
