// The import review's working copy: every parsed field as an editable string with the source
// lines it came from, and back again to what import:createMeeting takes. Pure, so it is tested
// without a browser.
import type { Field, ParsedAgenda } from '$shared/agenda-import/types';
import type { ChannelInput } from '$shared/api';
import type { Exemption, ItemKind, MemberRole } from '$shared/domain';

/** An editable value and the text it was read from ([] when it was not in the file). */
export interface Sourced {
  value: string;
  source: string[];
}

export interface DraftItem {
  key: string;
  number: Sourced;
  title: Sourced;
  summary: Sourced;
  firstPage: Sourced;
  lastPage: Sourced;
  kind: ItemKind;
  kindSource: string[];
  /** '' for an open item. */
  exempt: Exemption['paragraph'] | '';
  exemptSource: string[];
}

export interface DraftMember {
  key: string;
  kind: 'councillor' | 'co-optee';
  name: string;
  group: string;
  role: MemberRole;
  body: string;
  source: string[];
}

export interface ReviewDraft {
  /** 'new' makes a committee from the fields below; otherwise the id of an existing one. */
  committee: 'new' | string;
  committeeName: Sourced;
  authority: Sourced;
  shortName: string;
  date: Sourced;
  startTime: Sourced;
  venue: Sourced;
  dateIssued: Sourced;
  contact: { name: Sourced; title: Sourced; team: Sourced; phone: Sourced; email: Sourced };
  members: DraftMember[];
  items: DraftItem[];
  /**
   * The committee and date (sameDateKey) for which the user confirmed that this is another
   * meeting beside the one the committee already has that day; '' when not confirmed. A
   * different committee or date needs confirming again.
   */
  sameDateConfirmed: string;
}

/** A meeting the committee already has, as meetings:list gives it. */
export interface ExistingMeeting {
  id: string;
  committeeId: string;
  date: string;
  startTime: string;
  venue: string;
  itemCount: number;
}

/** "committee|date": what a same-date confirmation is for. */
export function sameDateKey(d: Pick<ReviewDraft, 'committee' | 'date'>): string {
  return `${d.committee}|${d.date.value.trim()}`;
}

/** The chosen committee's meetings on the draft's date (none for a new committee): importing the same agenda twice makes one. */
export function meetingsOnSameDate(
  d: Pick<ReviewDraft, 'committee' | 'date'>,
  meetings: readonly ExistingMeeting[],
): ExistingMeeting[] {
  const date = d.date.value.trim();
  if (d.committee === 'new' || !date) return [];
  return meetings
    .filter((m) => m.committeeId === d.committee && m.date === date)
    .sort((a, b) => a.startTime.localeCompare(b.startTime));
}

/** Whether the user confirmed another meeting for this very committee and date. */
export function sameDateConfirmed(d: Pick<ReviewDraft, 'committee' | 'date' | 'sameDateConfirmed'>): boolean {
  return d.sameDateConfirmed !== '' && d.sameDateConfirmed === sameDateKey(d);
}

type CreateInput = ChannelInput<'import:createMeeting'>;

const texts = (field: Field<unknown> | null | undefined): string[] => (field ? field.source.map((s) => s.text) : []);

function sourced<T>(field: Field<T> | null | undefined, show: (v: T) => string = String): Sourced {
  return field ? { value: show(field.value), source: texts(field) } : { value: '', source: [] };
}

/** Source lines of several fields, each once, in the file's order. */
function merged(...fields: (Field<unknown> | null | undefined)[]): string[] {
  const byIndex = new Map<number, string>();
  for (const f of fields) for (const s of f?.source ?? []) byIndex.set(s.index, s.text);
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

/** Case, spacing and quotes aside, the same committee name. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[‘’`']/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * The draft for a parsed agenda. The committee offered first: the one the import was started
 * from, else an existing committee of the same name, else a new one.
 */
export function draftFrom(
  agenda: ParsedAgenda,
  committees: readonly { id: string; name: string }[],
  preferredId?: string,
): ReviewDraft {
  const name = agenda.committee?.value ?? '';
  const match = committees.find((c) => c.id === preferredId) ?? committees.find((c) => name && sameName(c.name, name));
  const contact = agenda.contact;
  const members: DraftMember[] = [
    ...agenda.membership.groups.flatMap((g, gi) =>
      g.members.map((m, mi) => ({
        key: `g${gi}-${mi}`,
        kind: 'councillor' as const,
        name: m.value.name,
        group: g.name.value,
        role: m.value.role,
        body: '',
        source: merged(g.name, m),
      })),
    ),
    ...agenda.membership.coOptees.map((c, i) => ({
      key: `c${i}`,
      kind: 'co-optee' as const,
      name: c.value.name,
      group: '',
      role: 'member' as MemberRole,
      body: c.value.body,
      source: texts(c),
    })),
  ];
  return {
    committee: match?.id ?? 'new',
    committeeName: sourced(agenda.committee),
    authority: sourced(agenda.authority),
    shortName: '',
    date: sourced(agenda.meetingDate),
    startTime: sourced(agenda.startTime),
    venue: sourced(agenda.venue),
    dateIssued: sourced(agenda.dateIssued),
    contact: {
      name: sourced(contact?.name),
      title: sourced(contact?.title),
      team: sourced(contact?.team),
      phone: sourced(contact?.phone),
      email: sourced(contact?.email),
    },
    members,
    sameDateConfirmed: '',
    items: agenda.items.map((item, i) => ({
      key: `i${i}`,
      number: sourced(item.number),
      title: sourced(item.title),
      summary: sourced(item.summary),
      firstPage: sourced(item.pages, (p) => String(p.from)),
      lastPage: sourced(item.pages, (p) => String(p.to)),
      kind: item.kind.value,
      kindSource: texts(item.kind),
      exempt: (item.exempt?.value.paragraph as Exemption['paragraph'] | null | undefined) ?? '',
      exemptSource: texts(item.exempt),
    })),
  };
}

/** A page number as typed: a whole number goes as a number; anything else goes as typed, for the API to name. */
function page(text: string): number {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : (t as unknown as number);
}

/** What the user accepted, as import:createMeeting takes it. Optional fields left empty are left out. */
export function createInput(d: ReviewDraft): CreateInput {
  const trimmed = (s: Sourced) => s.value.trim();
  const contactName = trimmed(d.contact.name);
  const input: CreateInput = {
    date: trimmed(d.date),
    startTime: trimmed(d.startTime),
    venue: trimmed(d.venue),
    items: d.items.map((item) => {
      const first = trimmed(item.firstPage);
      const last = trimmed(item.lastPage);
      return {
        number: trimmed(item.number),
        title: trimmed(item.title),
        summary: trimmed(item.summary),
        kind: item.kind,
        ...(first || last ? { pages: { from: page(first || last), to: page(last || first) } } : {}),
        ...(item.exempt ? { exemptParagraph: item.exempt } : {}),
      };
    }),
  };
  if (trimmed(d.dateIssued)) input.dateIssued = trimmed(d.dateIssued);
  if (d.committee !== 'new' && sameDateConfirmed(d)) input.allowSameDate = true;
  if (contactName) {
    input.contact = {
      name: contactName,
      title: trimmed(d.contact.title),
      team: trimmed(d.contact.team),
      phone: trimmed(d.contact.phone),
      email: trimmed(d.contact.email),
    };
  }
  if (d.committee === 'new') {
    input.newCommittee = {
      name: trimmed(d.committeeName),
      authority: trimmed(d.authority),
      shortName: d.shortName.trim(),
    };
    input.membership = d.members.map((m) => ({
      kind: m.kind,
      name: m.name.trim(),
      group: m.kind === 'councillor' ? m.group.trim() : '',
      role: m.role,
      body: m.kind === 'co-optee' ? m.body.trim() : '',
    }));
  } else input.committeeId = d.committee;
  return input;
}
