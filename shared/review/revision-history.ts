// The minutes' content step by step, for documents that show who changed what (Word tracked
// changes): the meeting before review, then after each accepted suggestion (attributed to whoever
// suggested it) and after each formal amendment (attributed to whoever made it). Worked back from
// the meeting as it is now, undoing each recorded change with the before it recorded.
import type { AmendmentChange, Meeting, ReviewComment } from '../domain';
import { canonicalJson } from './canonical-json';
import { COLLECTIONS } from './content-diff';

export interface RevisionAuthor {
  author: string;
  /** ISO timestamp of the change. */
  at: string;
  source: 'review' | 'amendment';
}

/**
 * One step: the meeting after it. `by` absent is a change no record attributes (the coordinator
 * editing an accepted paragraph again before approval): it shows as plain text, not a revision.
 */
export interface RevisionStep {
  meeting: Meeting;
  by?: RevisionAuthor;
}

type Entity = Record<string, unknown>;

function setInCollection(m: Meeting, kind: string, id: string, value: unknown): Meeting {
  const c = COLLECTIONS.find((x) => x.kind === kind);
  if (!c) return m;
  const field = c.field as keyof Meeting;
  const list = ((m[field] as Entity[] | undefined) ?? []).slice();
  const at = list.findIndex((x) => c.key(x) === id);
  if (value === null || value === undefined) {
    if (at >= 0) list.splice(at, 1);
  } else if (at >= 0) list[at] = value as Entity;
  // Put back where nothing records the place: after the others (the minutes group them by item).
  else list.push(value as Entity);
  return { ...m, [field]: list };
}

/** The meeting with one recorded entity set to a recorded value (null: not there). */
function withChange(m: Meeting, c: AmendmentChange, side: 'before' | 'after'): Meeting {
  const value = c[side];
  if (c.kind === 'clock')
    return { ...m, clock: { ...(value as Meeting['clock']), currentItemId: m.clock.currentItemId } };
  if (c.kind === 'meeting details') return { ...m, [c.id]: value ?? undefined };
  // The order of a list and the people as named print nowhere a revision could show: left as now.
  return setInCollection(m, c.kind, c.id, value);
}

/** What an accepted suggestion changed, as an amendment records it: before (replaced) and after. */
function suggestionChange(m: Meeting, c: ReviewComment): AmendmentChange | undefined {
  if (c.suggestion && c.replaced && c.paragraphId) {
    const p = m.notes.find((n) => n.id === c.paragraphId);
    if (!p) return undefined;
    return {
      kind: 'paragraph',
      id: p.id,
      before: { ...p, content: c.replaced },
      after: { ...p, content: c.suggestion },
    };
  }
  const s = c.listSuggestion;
  if (!s?.replaced) return undefined;
  if (s.kind === 'resolution') {
    const r = m.resolutions.find((x) => x.id === s.id);
    if (!r) return undefined;
    return { kind: 'resolution', id: r.id, before: { ...r, clauses: s.replaced }, after: { ...r, clauses: s.lines } };
  }
  const a = m.actions.find((x) => x.id === s.id);
  if (!a) return undefined;
  return { kind: 'action', id: a.id, before: { ...a, owners: s.replaced }, after: { ...a, owners: s.lines } };
}

/** The entity a change is about, as it stands in a meeting: to tell whether it was edited again since. */
function entityOf(m: Meeting, c: AmendmentChange): unknown {
  const field = COLLECTIONS.find((x) => x.kind === c.kind);
  const list = field ? ((m[field.field as keyof Meeting] as Entity[] | undefined) ?? []) : [];
  return list.find((x) => field!.key(x) === c.id) ?? null;
}

/**
 * The meeting before any recorded change (`base`), then each step in the order made: accepted
 * review suggestions by when they were accepted, then the amendments. The last step's meeting is
 * the meeting as it is now.
 */
export function revisionHistory(meeting: Meeting): { base: Meeting; steps: RevisionStep[] } {
  const backwards: RevisionStep[] = [];
  let now = meeting;
  for (const a of [...(meeting.amendments ?? [])].reverse()) {
    backwards.push({ meeting: now, by: { author: a.by, at: a.at, source: 'amendment' } });
    now = [...a.changes].reverse().reduce((m, c) => withChange(m, c, 'before'), now);
  }
  const accepted = (meeting.review?.comments ?? [])
    .filter((c) => c.status === 'accepted')
    .sort((x, y) => (y.decidedAt ?? y.at).localeCompare(x.decidedAt ?? x.at));
  for (const c of accepted) {
    const change = suggestionChange(now, c);
    if (!change) continue;
    const afterIt = withChange(now, change, 'after');
    // Edited again after it was accepted, with no record of who: that last edit is plain text.
    if (canonicalJson(entityOf(afterIt, change)) !== canonicalJson(entityOf(now, change)))
      backwards.push({ meeting: now });
    backwards.push({ meeting: afterIt, by: { author: c.author, at: c.at, source: 'review' } });
    now = withChange(afterIt, change, 'before');
  }
  return { base: now, steps: backwards.reverse() };
}
