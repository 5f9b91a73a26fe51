// The search across meetings as the services run it. The index lives on a worker thread of this
// process, opened (from its cache, or built) on the first search, and kept in step with the
// store: a saved edit marks its meeting, and a moment later (never on the edit's own path) the
// meeting's pieces are sent again; every search first compares what is indexed with the store,
// so meetings added, replaced or deleted are caught too. The words shown come from the store.
import type { Meeting } from '$shared/domain';
import type {
  SearchHit,
  SearchInput,
  SearchItemGroup,
  SearchMeetingGroup,
  SearchResults,
} from '$shared/api/search-contract';
import { StoreError, type Store } from '../store/store';
import { WorkerClient } from '../workers/worker-client';
import {
  meetingDocuments,
  meetingFacts,
  peopleNames,
  type MeetingFacts,
  type SearchDocument,
} from './search-documents';
import { findPieces, type FoundPiece } from './search-pieces';
import { parseQuery, QueryError } from './search-query';
import type { IndexHit } from './search-index';
import { searchCachePath } from './search-cache';
import type { SearchWorkerReply, SearchWorkerRequest } from './search-worker-protocol';
import { searchWorkerScript } from './search-worker-script';

export interface SearchServiceOptions {
  /** Where the index is saved; none for a read-only data folder. */
  cachePath?: string;
  /** How long after a saved edit its meeting is indexed again (edits while typing come in bursts). */
  updateDelayMs?: number;
  /** How long after the last change the cache is written. */
  saveDelayMs?: number;
}

/** Results shown at most, unless the query asks for fewer or more. */
const DEFAULT_LIMIT = 50;
const PER_MEETING = 10;
/** Meetings read for their pieces at most, best first. */
const MEETINGS_READ = 40;
/** Meetings sent to the worker in one message while building, so the services' thread is never held long. */
const CHUNK = 20;

type Input = Exclude<SearchInput, undefined> & { query: string };

export class SearchService {
  private readonly client = new WorkerClient<SearchWorkerRequest, SearchWorkerReply>(searchWorkerScript(), {
    timeoutMs: 120_000,
  });
  private opened: Promise<void> | null = null;
  /** What the worker's index holds: each meeting's stamp. */
  private indexed = new Map<string, string>();
  private syncing: Promise<void> | null = null;
  private updateTimer: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** How the index was last opened: loaded from the cache, or why it was built. */
  cacheState = '';

  constructor(
    private readonly store: Store,
    private readonly options: SearchServiceOptions = {},
  ) {
    this.stopFollowing = store.onMeetingSaved(this.onSaved);
  }

  private readonly stopFollowing: () => void;

  private readonly onSaved = (): void => {
    if (!this.opened) return;
    if (this.updateTimer) return;
    this.updateTimer = setTimeout(() => {
      this.updateTimer = null;
      void this.sync().catch((err: unknown) =>
        this.store.log.warn('The search index did not follow a saved edit (the next search brings it up to date)', err),
      );
    }, this.options.updateDelayMs ?? 300);
    this.updateTimer.unref?.();
  };

  private async ask<R extends SearchWorkerReply['op']>(
    request: SearchWorkerRequest,
    op: R,
  ): Promise<Extract<SearchWorkerReply, { op: R }>> {
    const outcome = await this.client.run(request);
    const reply = outcome.ok ? outcome.value : undefined;
    if (reply?.op === op) return reply as Extract<SearchWorkerReply, { op: R }>;
    // The worker's index is lost or in doubt: the next search opens it again.
    this.opened = null;
    this.indexed.clear();
    const detail = outcome.ok ? (reply?.op === 'error' ? reply.detail : 'an unexpected answer') : outcome.detail;
    throw new StoreError('SEARCH_FAILED', `The search index could not answer (${detail}). Try the search again.`);
  }

  /** Opens the index (from the cache when it is good) once; every search then syncs it. */
  private open(): Promise<void> {
    this.opened ??= this.ask(
      { op: 'open', ...(this.options.cachePath ? { cachePath: this.options.cachePath } : {}) },
      'open',
    )
      .then((reply) => {
        this.indexed = new Map(Object.entries(reply.stamps));
        this.cacheState =
          reply.cache === 'loaded'
            ? 'loaded'
            : `built (cache ${reply.cache}${reply.detail ? `: ${reply.detail}` : ''})`;
      })
      .catch((err: unknown) => {
        this.opened = null;
        throw err;
      });
    return this.opened;
  }

  private current(): Map<string, { meeting: Meeting; facts: MeetingFacts }> {
    const committees = new Map(this.store.committees.map((c) => [c.id, c]));
    const out = new Map<string, { meeting: Meeting; facts: MeetingFacts }>();
    for (const id of this.store.meetingIds()) {
      const meeting = this.store.meeting(id);
      out.set(id, { meeting, facts: meetingFacts(meeting, committees.get(meeting.committeeId)) });
    }
    return out;
  }

  /** Brings the index in line with the store: meetings changed, added or gone. */
  sync(): Promise<void> {
    this.syncing ??= this.syncNow().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async syncNow(): Promise<void> {
    await this.open();
    const now = this.current();
    const remove = [...this.indexed.keys()].filter((id) => !now.has(id));
    const stale = [...now.values()].filter(({ facts }) => this.indexed.get(facts.id) !== facts.stamp);
    if (!remove.length && !stale.length) return;
    const names = new Map(this.store.committees.map((c) => [c.id, peopleNames(c)]));
    for (let i = 0; i < Math.max(stale.length, 1); i += CHUNK) {
      const chunk = stale.slice(i, i + CHUNK).map(({ meeting, facts }) => ({
        facts,
        documents: meetingDocuments(meeting, names.get(meeting.committeeId) ?? peopleNames(undefined)),
      }));
      await this.ask({ op: 'set', meetings: chunk, remove: i === 0 ? remove : [] }, 'set');
      for (const { facts } of chunk) this.indexed.set(facts.id, facts.stamp);
    }
    for (const id of remove) this.indexed.delete(id);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    const cachePath = this.options.cachePath;
    if (!cachePath) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.ask({ op: 'save', cachePath }, 'save').catch(() => undefined);
    }, this.options.saveDelayMs ?? 5000);
    this.saveTimer.unref?.();
  }

  /** What the index holds of a meeting (its stamp), or undefined: for tests of the updates. */
  indexedStamp(meetingId: string): string | undefined {
    return this.indexed.get(meetingId);
  }

  /** Writes the cache now, if anything is waiting to be written. */
  async saveNow(): Promise<boolean> {
    const cachePath = this.options.cachePath;
    if (!cachePath || !this.opened) return false;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    return (await this.ask({ op: 'save', cachePath }, 'save')).saved;
  }

  async search(input: Input): Promise<SearchResults> {
    let query;
    try {
      query = parseQuery(input.query);
    } catch (err) {
      if (err instanceof QueryError) throw new StoreError('INVALID_QUERY', err.message, 'query');
      throw err;
    }
    await this.sync();
    const filter = {
      ...(input.committeeId ? { committeeId: input.committeeId } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      ...(input.kinds?.length ? { kinds: input.kinds } : {}),
    };
    const { hits } = await this.ask({ op: 'query', terms: query.terms, filter, max: 20_000 }, 'query');
    const byMeeting = groupHits(hits);
    const limit = input.limit ?? DEFAULT_LIMIT;
    const groups: SearchMeetingGroup[] = [];
    let shown = 0;
    let read = 0;
    for (const [meetingId, found] of byMeeting) {
      if (shown >= limit || read >= MEETINGS_READ) break;
      read++;
      const group = this.meetingGroup(meetingId, found, query, Math.min(PER_MEETING, limit - shown));
      if (!group) continue;
      groups.push(group);
      shown += group.items.reduce((n, i) => n + i.hits.length, 0);
    }
    return { query: input.query, matchedMeetings: byMeeting.size, shown, meetings: this.indexed.size, groups };
  }

  private meetingGroup(
    meetingId: string,
    found: { kinds: Set<string>; terms: Set<string> },
    query: ReturnType<typeof parseQuery>,
    max: number,
  ): SearchMeetingGroup | null {
    let meeting: Meeting;
    try {
      meeting = this.store.meeting(meetingId);
    } catch {
      return null; // deleted since it was indexed
    }
    const committee = this.store.committees.find((c) => c.id === meeting.committeeId);
    const docs = meetingDocuments(meeting, peopleNames(committee)).filter((d) => found.kinds.has(d.kind));
    const pieces = findPieces(docs, query, found.terms)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, max);
    if (!pieces.length) return null;
    return {
      meetingId,
      committeeId: meeting.committeeId,
      committeeName: committee?.name ?? 'A committee no longer in committees.json',
      date: meeting.date,
      status: meeting.status,
      items: itemGroups(meeting, docs, pieces),
    };
  }

  /** The worker's heap: the index's memory (with what the worker itself needs). */
  async memoryBytes(): Promise<number> {
    return (await this.ask({ op: 'memory' }, 'memory')).heapUsedBytes;
  }

  async close(): Promise<void> {
    this.stopFollowing();
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = null;
    if (this.saveTimer) await this.saveNow().catch(() => false);
    await this.client.close();
  }
}

/** Hits by meeting, best meeting first (the sum of its kinds' scores; the later date on a tie). */
function groupHits(hits: IndexHit[]): Map<string, { score: number; kinds: Set<string>; terms: Set<string> }> {
  const byMeeting = new Map<string, { score: number; kinds: Set<string>; terms: Set<string> }>();
  for (const h of hits) {
    const m = byMeeting.get(h.meetingId) ?? { score: 0, kinds: new Set<string>(), terms: new Set<string>() };
    m.score += h.score;
    m.kinds.add(h.kind);
    for (const t of h.terms) m.terms.add(t);
    byMeeting.set(h.meetingId, m);
  }
  return new Map([...byMeeting].sort(([, a], [, b]) => b.score - a.score));
}

/** The pieces under their agenda items, in the agenda's order, each item's in the meeting's order. */
function itemGroups(meeting: Meeting, docs: SearchDocument[], pieces: FoundPiece[]): SearchItemGroup[] {
  const order = new Map(docs.map((d, i) => [d.key, i]));
  return meeting.agenda
    .map((item) => {
      const hits: SearchHit[] = pieces
        .filter((p) => p.doc.itemId === item.id)
        .sort((a, b) => order.get(a.doc.key)! - order.get(b.doc.key)!)
        .map((p) => ({
          kind: p.doc.kind,
          key: p.doc.key,
          targetId: p.doc.targetId,
          score: p.weight,
          segments: p.segments,
        }));
      return { itemId: item.id, itemNumber: item.number, itemTitle: item.title, hits };
    })
    .filter((g) => g.hits.length > 0);
}

const services = new WeakMap<Store, SearchService>();

/** The store's search (one per store); its cache is kept beside the data unless the store is read-only. */
export function searchServiceFor(store: Store, options: SearchServiceOptions = {}): SearchService {
  let s = services.get(store);
  if (!s) {
    s = new SearchService(store, {
      ...(store.readOnly ? {} : { cachePath: searchCachePath(store.dataDir) }),
      ...options,
    });
    services.set(store, s);
  }
  return s;
}

/** Ends the store's search, if it has one: the cache written if due, the worker stopped. */
export async function closeSearchService(store: Store): Promise<void> {
  const s = services.get(store);
  services.delete(store);
  await s?.close();
}
