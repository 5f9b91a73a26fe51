// The agenda import's channels. import:parseAgenda reads a file into a parsed agenda and
// creates nothing; import:createMeeting creates what the user reviewed and accepted, all or
// nothing: everything is built and validated first, then written.
import { ZodError, type z } from 'zod';
import {
  Committee,
  DEFAULT_STANDARD_ITEMS,
  Meeting,
  newId,
  newMeeting,
  type AgendaItem,
  type Contact,
  type Membership,
  type Person,
} from '../../../shared/domain';
import type { contract } from '../../../shared/api';
import type { ImportedItem, ImportedMeeting, ImportedMember, ParsedAgendaFile } from '../../../shared/api/import-contract';
import { applyCommand, CommandError } from '../../../shared/commands';
import { formatLongDate, formatTime, nowInLondon } from '../../../shared/format/en-gb';
import { importAgendaBytes } from '../../services/import/import-agenda';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

const emptyContact: Contact = { name: '', title: '', team: '', phone: '', email: '' };

function sameContact(a: Contact, b: Contact): boolean {
  return (['name', 'title', 'team', 'phone', 'email'] as const).every((k) => a[k].trim() === b[k].trim());
}

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
    const person: Person = { id: newId(), kind: m.kind, name: m.name.trim(), title: councillor ? '' : m.body.trim(), organisation: '', group, aliases: [] };
    people.push(person);
    memberships.push({ id: newId(), personId: person.id, role: m.role });
  }
  return { people, memberships, groups };
}

function previousMeetingDate(store: Store, committeeId: string, date: string): string | undefined {
  return store
    .meetingIds()
    .map((id) => store.meeting(id))
    .filter((m) => m.committeeId === committeeId && m.date < date)
    .sort((a, b) => b.date.localeCompare(a.date))[0]?.date;
}

/** What cannot be built from the reviewed fields is the user's to fix: reported at its field, never as an internal error. */
function asStoreError(err: unknown): unknown {
  if (err instanceof CommandError) return new StoreError(err.code, err.message, err.field);
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return new StoreError('INVALID_INPUT', issue?.message ?? 'The reviewed agenda is not valid', issue?.path.map(String).join('.') || undefined);
  }
  return err;
}

export async function createImportedMeeting(store: Store, input: In<'import:createMeeting'>, at: Date): Promise<ImportedMeeting> {
  let built: { committee: Committee; meeting: Meeting; addedCommittee: boolean };
  try {
    built = build(store, input, at);
  } catch (err) {
    throw asStoreError(err);
  }
  const { committee, meeting, addedCommittee } = built;
  if (addedCommittee) await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, committee] }));
  try {
    await store.addMeeting(meeting);
  } catch (err) {
    // All or nothing: a committee made for a meeting that could not be written goes again.
    if (addedCommittee) await store.changeCommittees((f) => ({ ...f, committees: f.committees.filter((c) => c.id !== committee.id) })).catch(() => undefined);
    throw err;
  }
  return { meetingId: meeting.id, committeeId: committee.id, addedCommittee };
}

/** The committee's meetings on a date, earliest first. */
export function meetingsOn(store: Store, committeeId: string, date: string): Meeting[] {
  return store
    .meetingIds()
    .map((id) => store.meeting(id))
    .filter((m) => m.committeeId === committeeId && m.date === date)
    .sort((a, b) => a.startTime.localeCompare(b.startTime));
}

/** Importing the same agenda twice is the usual reason for a second meeting on a date: it needs the user's word. */
function refuseSameDate(store: Store, committee: Committee, date: string): void {
  const existing = meetingsOn(store, committee.id, date)[0];
  if (!existing) return;
  const what = [formatTime(existing.startTime), existing.venue.trim(), `${existing.agenda.length} item${existing.agenda.length === 1 ? '' : 's'}`].filter(Boolean).join(', ');
  throw new StoreError(
    'SAME_DATE',
    `${committee.name} already has a meeting on ${formatLongDate(date)} (${what}); open that meeting, or confirm that this is another meeting on the same date`,
    'date',
  );
}

/** Builds and validates the committee (if new) and the meeting; writes nothing. */
function build(store: Store, input: In<'import:createMeeting'>, at: Date): { committee: Committee; meeting: Meeting; addedCommittee: boolean } {
  const contact = input.contact;
  const untitled = input.items.findIndex((item) => !item.title.trim());
  if (untitled >= 0) throw new StoreError('INVALID_INPUT', 'an item needs a title', `items.${untitled}.title`);
  let committee: Committee;
  let addedCommittee = false;
  if (input.newCommittee) {
    const { people, memberships, groups } = seats(input.membership);
    const blank = !input.newCommittee.name.trim() ? 'name' : !input.newCommittee.authority.trim() ? 'authority' : null;
    if (blank) throw new StoreError('INVALID_INPUT', blank === 'name' ? 'the committee needs a name' : 'the authority is needed', `newCommittee.${blank}`);
    const unnamed = input.membership.findIndex((m) => !m.name.trim());
    if (unnamed >= 0) throw new StoreError('INVALID_INPUT', 'a member needs a name', `membership.${unnamed}.name`);
    committee = Committee.parse({
      id: newId(),
      authority: input.newCommittee.authority.trim(),
      name: input.newCommittee.name.trim(),
      shortName: input.newCommittee.shortName.trim(),
      agendaContact: contact ?? emptyContact,
      minutesContact: emptyContact,
      defaultVenue: input.venue.trim(),
      defaultStartTime: input.startTime,
      groups,
      standardItems: DEFAULT_STANDARD_ITEMS,
      people,
      memberships,
    });
    addedCommittee = true;
  } else {
    committee = store.committee(input.committeeId!);
    if (!input.allowSameDate) refuseSameDate(store, committee, input.date);
  }

  let meeting: Meeting = newMeeting({
    committeeId: committee.id,
    date: input.date,
    startTime: input.startTime,
    venue: input.venue.trim(),
    agenda: input.items.map(agendaItem),
    previousMeetingDate: addedCommittee ? undefined : previousMeetingDate(store, committee.id, input.date),
    at,
  });
  if (input.dateIssued) meeting.dateIssued = input.dateIssued;
  // An existing committee's usual contact stays; this meeting names its own only when it differs.
  if (contact && !addedCommittee && contact.name.trim() && !sameContact(contact, committee.agendaContact)) meeting.agendaContact = contact;
  // Exempt items get their exclusion resolution exactly as the agenda builder would give it.
  const ctx = { now: nowInLondon(at), timestamp: at.toISOString(), committee };
  input.items.forEach((item, i) => {
    if (item.exemptParagraph) meeting = applyCommand(meeting, 'agenda:setExempt', { itemId: meeting.agenda[i]!.id, paragraph: item.exemptParagraph }, ctx);
  });
  return { committee, meeting: Meeting.parse(meeting), addedCommittee };
}

export function importHandlers({ store, now }: Services) {
  return {
    'import:parseAgenda': async ({ fileName, base64 }: In<'import:parseAgenda'>): Promise<ParsedAgendaFile> => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const r = await importAgendaBytes(bytes, fileName);
      if (!r.ok) throw new StoreError(r.error.code, r.error.message);
      const answer: ParsedAgendaFile = { fileName, source: r.value.source, lineCount: r.value.lines.length, agenda: r.value.agenda };
      if (r.value.pages) answer.pages = r.value.pages;
      return answer;
    },
    'import:createMeeting': (input: In<'import:createMeeting'>) => createImportedMeeting(store, input, now()),
  };
}
