/**
 * Worker thread: holds the search index, builds it, answers queries and saves it beside the data,
 * so none of that runs on the services' own thread (where edits are saved). One job at a time
 * (services/workers/worker-client.ts); if the thread dies, the next search starts a new one,
 * which reads the cache again.
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { SearchIndex } from './search-index';
import { readSearchCache, writeSearchCache } from './search-cache';
import type { SearchWorkerReply, SearchWorkerRequest } from './search-worker-protocol';

let index = new SearchIndex();

async function answer(request: SearchWorkerRequest): Promise<SearchWorkerReply> {
  switch (request.op) {
    case 'open': {
      if (!request.cachePath) {
        index = new SearchIndex();
        return { op: 'open', stamps: {}, cache: 'missing', detail: 'no cache is kept for a read-only data folder' };
      }
      const read = await readSearchCache(request.cachePath);
      index = read.ok ? read.index : new SearchIndex();
      return read.ok
        ? { op: 'open', stamps: index.revisions(), cache: 'loaded' }
        : { op: 'open', stamps: {}, cache: read.why, detail: read.detail };
    }
    case 'set':
      for (const id of request.remove) index.removeMeeting(id);
      for (const m of request.meetings) index.setMeeting(m.facts, m.documents);
      return { op: 'set', meetings: index.meetingCount, documents: index.documentCount };
    case 'query': {
      const hits = index.query(request.terms, request.filter);
      return { op: 'query', hits: hits.slice(0, request.max), total: hits.length };
    }
    case 'save':
      try {
        await writeSearchCache(request.cachePath, index);
        return { op: 'save', saved: true };
      } catch (err) {
        return { op: 'save', saved: false, detail: (err as Error).message };
      }
    case 'memory':
      return { op: 'memory', heapUsedBytes: getHeapStatistics().used_heap_size };
  }
}

parentPort?.on('message', (message: { id: number; request: SearchWorkerRequest }) => {
  const { id, request } = message;
  void answer(request).then(
    (value) => parentPort?.postMessage({ id, value }),
    (err: unknown) => parentPort?.postMessage({ id, value: { op: 'error', detail: (err as Error).message } }),
  );
});
