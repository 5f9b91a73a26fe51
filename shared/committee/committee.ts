// A committee's own fields: what a new one starts with, the edits of its setup, the check every
// change of it passes, and when it may be deleted.
import {
  Committee,
  DEFAULT_STANDARD_ITEMS,
  newId,
  type CommitteeSettings,
  type Contact,
  type Membership,
  type Person,
  type StandardItem,
} from '../domain';
import { CommandError } from '../commands/define';
import { refuseSecondHolder, type ChangeFields } from './seats';

export const EMPTY_CONTACT: Contact = { name: '', title: '', team: '', phone: '', email: '' };

export interface NewCommitteeFields {
  authority: string;
  name: string;
  shortName?: string | undefined;
  agendaContact?: Contact | undefined;
  minutesContact?: Contact | undefined;
  defaultVenue?: string | undefined;
  defaultStartTime?: string | undefined;
  groups?: string[] | undefined;
  people?: Person[] | undefined;
  memberships?: Membership[] | undefined;
}

/**
 * A new committee: what is not given starts blank, meetings at 7pm, and the usual standard items
 * (minutes, apologies, declarations...), so its first agenda needs no setting up.
 */
export function newCommittee(f: NewCommitteeFields): Committee {
  return validCommittee({
    id: newId(),
    authority: f.authority,
    name: f.name,
    shortName: f.shortName ?? '',
    agendaContact: f.agendaContact ?? EMPTY_CONTACT,
    minutesContact: f.minutesContact ?? EMPTY_CONTACT,
    defaultVenue: f.defaultVenue ?? '',
    defaultStartTime: f.defaultStartTime ?? '19:00',
    groups: f.groups ?? [],
    standardItems: DEFAULT_STANDARD_ITEMS,
    people: f.people ?? [],
    memberships: f.memberships ?? [],
  });
}

/** A committee as the file must hold it, or a refusal naming the field (never an internal error). */
function validCommittee(value: unknown): Committee {
  const parsed = Committee.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  throw new CommandError(
    'INVALID_INPUT',
    `The committee would not be valid: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`,
    path || undefined,
  );
}

/** The fields committees:update may set (not its id, people, seats or template, which have their own channels). */
export type CommitteePatch = Partial<Omit<Committee, 'id' | 'revision' | 'people' | 'memberships' | 'template'>>;

export const patchCommittee = (c: Committee, patch: CommitteePatch): Committee => ({ ...c, ...patch });

/** Settings not named keep their value. */
export const changeSettings = (c: Committee, settings: Partial<CommitteeSettings>): Committee => ({
  ...c,
  settings: { ...c.settings, ...settings },
});

export const replaceStandardItems = (c: Committee, standardItems: StandardItem[]): Committee => ({
  ...c,
  standardItems,
});

/**
 * The committee after a change of its setup: parsed, its revision one up, and checked against the
 * rules no single channel can see (one Chair and one Vice-Chair on any date).
 */
export function committeeAfter(current: Committee, changed: Committee, fields: ChangeFields = {}): Committee {
  const next = validCommittee({ ...changed, revision: current.revision + 1 });
  refuseSecondHolder(current, next, fields);
  return next;
}

/** A committee with meetings is deleted with them only when the user has confirmed it. */
export function refuseDeleteWithMeetings(meetingCount: number, withMeetings: boolean): void {
  if (meetingCount && !withMeetings) {
    throw new CommandError(
      'IN_USE',
      `This committee has ${meetingCount} meeting(s); confirm deleting them too (a copy of each is kept in the backups folder)`,
    );
  }
}
