// What the services' thread asks the search worker, and what it answers (search-index.worker.ts).
import type { SearchKind } from '$shared/api/search-contract';
import type { IndexFilter, IndexHit } from './search-index';
import type { MeetingFacts, SearchDocument } from './search-documents';

export type SearchWorkerRequest =
  | { op: 'open'; cachePath?: string }
  | { op: 'set'; meetings: { facts: MeetingFacts; documents: SearchDocument[] }[]; remove: string[] }
  | { op: 'query'; terms: string[]; filter: IndexFilter; max: number }
  | { op: 'save'; cachePath: string }
  | { op: 'memory' };

export type SearchWorkerReply =
  | { op: 'open'; stamps: Record<string, string>; cache: 'loaded' | 'missing' | 'stale' | 'corrupt'; detail?: string }
  | { op: 'set'; meetings: number; documents: number }
  | { op: 'query'; hits: IndexHit[]; total: number }
  | { op: 'save'; saved: boolean; detail?: string }
  | { op: 'memory'; heapUsedBytes: number }
  | { op: 'error'; detail: string };

export type { SearchKind };
