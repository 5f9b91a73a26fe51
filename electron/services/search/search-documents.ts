// What the search indexes in one meeting: each paragraph of notes, action, resolution, declaration,
// public question and agenda item is a document of its own, so a result can land on its place.
// Text only: a reference to a person is written as the person's name (and aliases), so searching
// for a name finds the paragraphs that mention them.
import type { Committee, Inline, Meeting } from '$shared/domain';
import type { SearchKind } from '$shared/api/search-contract';

export interface SearchDocument {
  /** Unique within the meeting: the kind and the id of the thing found. */
  key: string;
  kind: SearchKind;
  itemId: string;
  /** What opening the result lands on: a paragraph id, or the item's id when it has no paragraph. */
  targetId: string;
  text: string;
}

/** The facts a filter needs about a meeting, kept beside its documents in the index. */
export interface MeetingFacts {
  id: string;
  committeeId: string;
  date: string;
  /** The meeting's revision and its committee's: a renamed person changes what is indexed. */
  stamp: string;
}

/** Each person's name, and with their "known as" names (for the attendance, where a name is searched for). */
export interface PeopleNames {
  name: ReadonlyMap<string, string>;
  withAliases: ReadonlyMap<string, string>;
}

export function peopleNames(committee: Committee | undefined): PeopleNames {
  const people = committee?.people ?? [];
  return {
    name: new Map(people.map((p) => [p.id, p.name])),
    withAliases: new Map(people.map((p) => [p.id, [p.name, ...p.aliases].filter(Boolean).join(' ')])),
  };
}

export function inlineText(content: readonly Inline[], names: PeopleNames): string {
  return content.map((r) => (r.t === 'text' ? r.text : (names.name.get(r.personId) ?? ''))).join('');
}

export function meetingFacts(m: Meeting, committee: Committee | undefined): MeetingFacts {
  return { id: m.id, committeeId: m.committeeId, date: m.date, stamp: `${m.revision}.${committee?.revision ?? '-'}` };
}

/** Every searchable piece of a meeting, in the meeting's order. */
export function meetingDocuments(m: Meeting, names: PeopleNames): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const add = (kind: SearchKind, id: string, itemId: string, targetId: string, text: string): void => {
    if (text.trim()) docs.push({ key: `${kind}:${id}`, kind, itemId, targetId, text });
  };
  for (const item of m.agenda)
    add('item', item.id, item.id, item.id, [item.title, item.summary, item.reportAuthor].filter(Boolean).join(' – '));
  for (const p of m.notes) add('note', p.id, p.itemId, p.id, inlineText(p.content, names));
  for (const a of m.actions)
    add(
      'action',
      a.id,
      a.itemId,
      a.paragraphId,
      `${a.owners.join(' / ')}: ${[a.description, a.due && `(due ${a.due})`].filter(Boolean).join(' ')}`,
    );
  for (const r of m.resolutions) add('resolution', r.id, r.itemId, r.id, r.clauses.join('; '));
  for (const d of m.declarations)
    add('declaration', d.id, d.itemId, d.id, [names.name.get(d.personId) ?? '', d.nature].filter(Boolean).join(' '));
  for (const q of m.publicQuestions) {
    const asker = q.askedByName || (q.askedByPersonId ? (names.name.get(q.askedByPersonId) ?? '') : '');
    add('question', q.id, q.itemId, q.id, [asker, q.question, q.answer].filter(Boolean).join(' – '));
  }
  const firstItem = m.agenda[0]?.id;
  const attending = m.attendance.map((a) => names.withAliases.get(a.personId) ?? '').filter(Boolean);
  if (firstItem && attending.length) add('attendance', m.id, firstItem, firstItem, attending.join(', '));
  return docs;
}
