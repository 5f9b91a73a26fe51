// The index of every meeting's searchable pieces, with MiniSearch (BM25 ranking, prefix and
// fuzzy matching). It holds no text: only terms, and for each document its meeting and key,
// so the results' words are read from the store's own meetings (never from this cache).
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { SearchKind } from '$shared/api/search-contract';
import type { MeetingFacts, SearchDocument } from './search-documents';

/** Words too common to find anything with: left out of the index, which keeps it small. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in into is it its of on or ' +
    'she that the their there they this to was were which who will with would'
  ).split(' '),
);

/** Lower case, apostrophes and single letters dropped (so "children's" is "children"). */
export function searchTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/['’]/g, '');
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

const WORD = /[\p{L}\p{N}]+/gu;

/** Each term of a text and how often it occurs. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().replace(/['’]/g, '').match(WORD) ?? []) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * MiniSearch adds a document token by token, a walk of its term tree each: 5 million words took
 * 13 s. Here each document is given as its distinct terms (counted first), and the counts are
 * written into the index after (see setCounts): a fifth of the walks, the same index.
 */
const OPTIONS = {
  fields: ['text'],
  storeFields: [],
  tokenize: (distinct: string) => distinct.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { tokenize: (text: string) => text.split(SPACE_OR_PUNCTUATION), processTerm: searchTerm },
};

/** The parts of MiniSearch 7.2 (pinned) that setCounts writes to. */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _idToShortId: Map<number, number>;
  _fieldIds: Record<string, number>;
}

export interface IndexFilter {
  committeeId?: string;
  from?: string;
  to?: string;
  kinds?: readonly SearchKind[];
}

export interface IndexHit {
  meetingId: string;
  kind: SearchKind;
  score: number;
  /** The index terms that matched (after prefix and fuzzy matching), for highlighting. */
  terms: string[];
}

interface MeetingEntry {
  facts: MeetingFacts;
  docIds: number[];
}

/** What the cache file keeps (search-cache.ts): the MiniSearch index and which document is which. */
export interface IndexSnapshot {
  index: AsPlainObject;
  meetings: MeetingEntry[];
  /** [document id, key, meeting id] */
  docs: [number, string, string][];
  nextId: number;
}

export class SearchIndex {
  private search = new MiniSearch<{ id: number; text: string }>(OPTIONS);
  private readonly meetings = new Map<string, MeetingEntry>();
  private readonly docs = new Map<number, { key: string; meetingId: string; kind: SearchKind }>();
  private nextId = 1;

  get meetingCount(): number {
    return this.meetings.size;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  /** The stamp indexed for each meeting: what the service compares with the store's. */
  revisions(): Record<string, string> {
    return Object.fromEntries([...this.meetings].map(([id, e]) => [id, e.facts.stamp]));
  }

  /**
   * Adds a meeting, or replaces what was indexed of it. One index document per kind of piece in a
   * meeting (all its notes, all its actions, ...), not one per piece: a tenth of the postings, so
   * a tenth of the memory and time; the service finds the pieces within the best meetings.
   */
  setMeeting(facts: MeetingFacts, documents: readonly SearchDocument[]): void {
    this.removeMeeting(facts.id);
    const byKind = new Map<SearchKind, string[]>();
    for (const d of documents) {
      const texts = byKind.get(d.kind) ?? [];
      texts.push(d.text);
      byKind.set(d.kind, texts);
    }
    const docIds: number[] = [];
    for (const [kind, texts] of byKind) {
      const counts = termCounts(texts.join('\n'));
      if (!counts.size) continue;
      const id = this.nextId++;
      docIds.push(id);
      this.docs.set(id, { key: kind, meetingId: facts.id, kind });
      this.search.add({ id, text: [...counts.keys()].join(' ') });
      this.setCounts(id, counts);
    }
    this.meetings.set(facts.id, { facts, docIds });
  }

  private setCounts(id: number, counts: Map<string, number>): void {
    const internals = this.search as unknown as Internals;
    const shortId = internals._idToShortId.get(id);
    const field = internals._fieldIds.text;
    if (shortId === undefined || field === undefined) throw new Error('MiniSearch is not the version pinned (7.2.0)');
    for (const [term, count] of counts) {
      if (count === 1) continue;
      const postings = internals._index.get(term)?.get(field);
      if (!postings?.has(shortId)) throw new Error('MiniSearch is not the version pinned (7.2.0)');
      postings.set(shortId, count);
    }
  }

  removeMeeting(meetingId: string): void {
    const entry = this.meetings.get(meetingId);
    if (!entry) return;
    this.search.discardAll(entry.docIds);
    for (const id of entry.docIds) this.docs.delete(id);
    this.meetings.delete(meetingId);
  }

  /** Every match (best first); `phrase`-free: the service checks phrases against the words. */
  query(terms: readonly string[], filter: IndexFilter): IndexHit[] {
    if (!terms.length) return [];
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
    const meetingOk = (facts: MeetingFacts): boolean =>
      (!filter.committeeId || facts.committeeId === filter.committeeId) &&
      (!filter.from || facts.date >= filter.from) &&
      (!filter.to || facts.date <= filter.to);
    const results = this.search.search(terms.join(' '), {
      combineWith: 'AND',
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      boost: { text: 1 },
      filter: (r) => {
        const doc = this.docs.get(r.id as number);
        if (!doc || (kinds && !kinds.has(doc.kind))) return false;
        const m = this.meetings.get(doc.meetingId);
        return !!m && meetingOk(m.facts);
      },
      boostDocument: (id) => (this.docs.get(id as number)?.kind === 'item' ? 1.5 : 1),
    });
    return results.map((r) => {
      const doc = this.docs.get(r.id as number)!;
      return { meetingId: doc.meetingId, kind: doc.kind, score: r.score, terms: r.terms };
    });
  }

  snapshot(): IndexSnapshot {
    return {
      index: this.search.toJSON(),
      meetings: [...this.meetings.values()],
      docs: [...this.docs].map(([id, d]) => [id, d.key, d.meetingId]),
      nextId: this.nextId,
    };
  }

  /** An index read back from a snapshot; throws if the snapshot is not one. */
  static fromSnapshot(s: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.search = MiniSearch.loadJS(s.index, OPTIONS);
    for (const m of s.meetings) index.meetings.set(m.facts.id, m);
    for (const [id, key, meetingId] of s.docs) index.docs.set(id, { key, meetingId, kind: key as SearchKind });
    index.nextId = s.nextId;
    if (index.search.documentCount !== index.docs.size) throw new Error('the index and its documents disagree');
    return index;
  }
}
