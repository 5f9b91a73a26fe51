// What the user reviewed and accepted on the import screen becomes a meeting (and, if asked, a
// new committee with the agenda's members). Unlike the parser in index.ts, these rules refuse:
// what cannot be built is the user's to fix, so each refusal names its field on that screen.
import { previousMeetingDate } from '../planning/next-meeting';
import type { z } from 'zod';
import {
  newId,
  newMeeting,
  type AgendaItem,
  type Committee,
  type Contact,
  type Meeting,
  type Membership,
  type Person,
} from '../domain';
import type { ImportedItem, ImportedMeetingInput, ImportedMember } from './accepted';
import { CommandError } from '../commands/define';
import { EMPTY_CONTACT, newCommittee } from '../committee/committee';
import { formatLongDate, formatTime } from '../format/en-gb';

/** import:createMeeting's input, parsed. */
export type AcceptedAgenda = z.output<typeof ImportedMeetingInput>;

/** What is already here, for an import into an existing committee. */
export interface ImportTarget {
  /** The committee by id (throws if there is none). */
  committee(id: string): Committee;
  /** Every meeting, of any committee. */
  meetings: readonly Meeting[];
}

const sameContact = (a: Contact, b: Contact): boolean =>
  (['name', 'title', 'team', 'phone', 'email'] as const).every((k) => a[k].trim() === b[k].trim());

function agendaItem(item: ImportedItem): AgendaItem {
  const built: AgendaItem = {
    id: newId(),
    number: item.number,
    title: item.title.trim(),
    summary: item.summary,
    reportAuthor: item.reportAuthor,
    kind: item.kind,
  };
  if (item.pages) built.pages = { from: item.pages.from, to: item.pages.to };
  return built;
}

/** The new committee's people and undated seats (the agenda says who sat, not since when). */
function seats(members: readonly ImportedMember[]): { people: Person[]; memberships: Membership[]; groups: string[] } {
  const people: Person[] = [];
  const memberships: Membership[] = [];
  const groups: string[] = [];
  for (const m of members) {
    const councillor = m.kind === 'councillor';
    const group = councillor ? m.group.trim() : '';
    if (group && !groups.includes(group)) groups.push(group);
    const person: Person = {
      id: newId(),
      kind: m.kind,
      name: m.name.trim(),
      title: councillor ? '' : m.body.trim(),
      organisation: '',
      group,
      aliases: [],
    };
    people.push(person);
    memberships.push({ id: newId(), personId: person.id, role: m.role });
  }
  return { people, memberships, groups };
}

/** A committee made from the agenda's front sheet: its name, authority, contact, venue, time and members. */
function committeeFromAgenda(input: AcceptedAgenda): Committee {
  const fields = input.newCommittee!;
  const { people, memberships, groups } = seats(input.membership);
  const blank = !fields.name.trim() ? 'name' : !fields.authority.trim() ? 'authority' : null;
  if (blank)
    throw new CommandError(
      'INVALID_INPUT',
      blank === 'name' ? 'the committee needs a name' : 'the authority is needed',
      `newCommittee.${blank}`,
    );
  const unnamed = input.membership.findIndex((m) => !m.name.trim());
  if (unnamed >= 0) throw new CommandError('INVALID_INPUT', 'a member needs a name', `membership.${unnamed}.name`);
  return newCommittee({
    authority: fields.authority.trim(),
    name: fields.name.trim(),
    shortName: fields.shortName.trim(),
    agendaContact: input.contact ?? EMPTY_CONTACT,
    minutesContact: EMPTY_CONTACT,
    defaultVenue: input.venue.trim(),
    defaultStartTime: input.startTime,
    groups,
    people,
    memberships,
  });
}

/** The committee's meetings on a date, earliest first. */
export function meetingsOn(meetings: readonly Meeting[], committeeId: string, date: string): Meeting[] {
  return meetings
    .filter((m) => m.committeeId === committeeId && m.date === date)
    .sort((a, b) => a.startTime.localeCompare(b.startTime));
}

/** Importing the same agenda twice is the usual reason for a second meeting on a date: it needs the user's word. */
export function refuseSameDate(committee: Committee, meetings: readonly Meeting[], date: string): void {
  const existing = meetingsOn(meetings, committee.id, date)[0];
  if (!existing) return;
  const what = [
    formatTime(existing.startTime),
    existing.venue.trim(),
    `${existing.agenda.length} item${existing.agenda.length === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(', ');
  throw new CommandError(
    'SAME_DATE',
    `${committee.name} already has a meeting on ${formatLongDate(date)} (${what}); open that meeting, or confirm that this is another meeting on the same date`,
    'date',
  );
}

/**
 * The committee (new, or the one named) and the meeting as accepted; nothing is stored. Exempt
 * items' exclusion resolutions are not made here: they are meeting commands, applied after.
 */
export function acceptAgenda(
  input: AcceptedAgenda,
  here: ImportTarget,
  at: Date,
): { committee: Committee; meeting: Meeting; addedCommittee: boolean } {
  const untitled = input.items.findIndex((item) => !item.title.trim());
  if (untitled >= 0) throw new CommandError('INVALID_INPUT', 'an item needs a title', `items.${untitled}.title`);
  const addedCommittee = Boolean(input.newCommittee);
  const committee = addedCommittee ? committeeFromAgenda(input) : here.committee(input.committeeId!);
  if (!addedCommittee && !input.allowSameDate) refuseSameDate(committee, here.meetings, input.date);
  const meeting = newMeeting({
    committeeId: committee.id,
    date: input.date,
    startTime: input.startTime,
    venue: input.venue.trim(),
    agenda: input.items.map(agendaItem),
    previousMeetingDate: addedCommittee ? undefined : previousMeetingDate(here.meetings, committee.id, input.date),
    at,
  });
  if (input.dateIssued) meeting.dateIssued = input.dateIssued;
  // An existing committee's usual contact stays; this meeting names its own only when it differs.
  const contact = input.contact;
  if (contact && !addedCommittee && contact.name.trim() && !sameContact(contact, committee.agendaContact))
    meeting.agendaContact = contact;
  return { committee, meeting, addedCommittee };
}
