// What an edit changed in the minutes' content, entity by entity: the before and after of
// each paragraph, resolution, attendance entry, ... that differs. Used for amendment records.
import type { AmendmentChange, Meeting, NamedSnapshot } from '../domain';
import { canonicalJson } from './canonical-json';
import { minutesContent } from './canonical';

/** Lists of entities, keyed by id (attendance by person), with the word a reader knows them by. */
export const COLLECTIONS: { field: string; kind: string; key: (x: Record<string, unknown>) => string }[] = [
  { field: 'agenda', kind: 'agenda item', key: (x) => String(x.id) },
  { field: 'attendance', kind: 'attendance', key: (x) => String(x.personId) },
  { field: 'declarations', kind: 'declaration', key: (x) => String(x.id) },
  { field: 'publicQuestions', kind: 'public question', key: (x) => String(x.id) },
  { field: 'notes', kind: 'paragraph', key: (x) => String(x.id) },
  { field: 'actions', kind: 'action', key: (x) => String(x.id) },
  { field: 'resolutions', kind: 'resolution', key: (x) => String(x.id) },
];

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function collectionChanges(
  kind: string,
  key: (x: Record<string, unknown>) => string,
  before: unknown,
  after: unknown,
): AmendmentChange[] {
  const b = (Array.isArray(before) ? before : []) as Record<string, unknown>[];
  const a = (Array.isArray(after) ? after : []) as Record<string, unknown>[];
  const beforeById = new Map(b.map((x) => [key(x), x]));
  const afterById = new Map(a.map((x) => [key(x), x]));
  const changes: AmendmentChange[] = [];
  for (const [id, x] of beforeById) {
    const y = afterById.get(id);
    if (y === undefined) changes.push({ kind, id, before: x, after: null });
    else if (!same(x, y)) changes.push({ kind, id, before: x, after: y });
  }
  for (const [id, y] of afterById) if (!beforeById.has(id)) changes.push({ kind, id, before: null, after: y });
  // The same entities in another order is a change of its own (a moved paragraph).
  const kept = (list: Record<string, unknown>[], other: Map<string, unknown>) =>
    list.map(key).filter((id) => other.has(id));
  const orderBefore = kept(b, afterById);
  const orderAfter = kept(a, beforeById);
  if (changes.length === 0 && orderBefore.join('\n') !== orderAfter.join('\n')) {
    changes.push({ kind: `order of ${kind}s`, id: '', before: orderBefore, after: orderAfter });
  }
  return changes;
}

/** Every difference in content between two states of a meeting (empty when none). */
export function contentChanges(
  before: Meeting,
  after: Meeting,
  namedBefore: NamedSnapshot,
  namedAfter: NamedSnapshot,
): AmendmentChange[] {
  const x = minutesContent(before, namedBefore).meeting;
  const y = minutesContent(after, namedAfter).meeting;
  const changes: AmendmentChange[] = [];
  const collectionFields = new Set(COLLECTIONS.map((c) => c.field));
  for (const c of COLLECTIONS) changes.push(...collectionChanges(c.kind, c.key, x[c.field], y[c.field]));
  for (const field of Object.keys({ ...x, ...y })) {
    if (collectionFields.has(field)) continue;
    if (!same(x[field], y[field]))
      changes.push({
        kind: field === 'clock' ? 'clock' : 'meeting details',
        id: field,
        before: x[field] ?? null,
        after: y[field] ?? null,
      });
  }
  if (!same(namedBefore, namedAfter))
    changes.push({ kind: 'people as named', id: '', before: namedBefore, after: namedAfter });
  return changes;
}
