// The store's side of the meeting index (loadOnDemand): the meetings known from the index and not
// read yet, their reads when first asked for (one read however many callers wait), and writing the
// index back when it differs from the copy on disk. The index format itself is meeting-index.ts.
import { join } from 'node:path';
import type { MeetingSummary } from '$shared/api';
import type { Log } from '../log/log';
import type { FileLayer } from './file-layer';
import { fileIdentity, readMeetingIndex, sameEntries, writeMeetingIndex, type IndexEntry } from './meeting-index';

export class IndexedMeetings {
  /** Meetings known from the index, not read yet (their files unchanged since they were found good). */
  private readonly entries = new Map<string, IndexEntry>();
  private readonly loading = new Map<string, Promise<void>>();
  /** The index as it is on disk, so it is written only when it differs (null: none usable). */
  private onDisk: ReadonlyMap<string, IndexEntry> | null = null;

  constructor(
    private readonly files: FileLayer,
    private readonly dataDir: string,
    private readonly log: Log,
  ) {}

  /**
   * Reads the index and keeps, as not read yet, the meetings whose files are the version indexed
   * (a stat each, no read); answers the other ids, to be read and validated in full.
   */
  async adoptUnchanged(dir: string, ids: readonly string[]): Promise<string[]> {
    const index = await readMeetingIndex(this.files, this.dataDir);
    this.onDisk = index.entries;
    const indexed = index.entries;
    if (!indexed) return [...ids];
    const unchanged = new Set<string>();
    await Promise.all(
      ids.map(async (id) => {
        const entry = indexed.get(id);
        if (!entry) return;
        const st = await this.files.stat(join(dir, `${id}.json`)).catch(() => undefined);
        if (st?.isFile && fileIdentity(st) === entry.file) unchanged.add(id);
      }),
    );
    // In the order given, so meetings not read yet are listed as the files are.
    for (const id of ids) if (unchanged.has(id)) this.entries.set(id, indexed.get(id)!);
    return ids.filter((id) => !unchanged.has(id));
  }

  /** Known from the index and not read yet, or being read now. */
  notRead(id: string): boolean {
    return this.entries.has(id) || this.loading.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  summaries(): MeetingSummary[] {
    return [...this.entries.values()].map((e) => e.summary);
  }

  /**
   * Runs `read` for a meeting known from the index, once, however many callers ask while it
   * runs; nothing to do for one already read or unknown.
   */
  load(id: string, read: () => Promise<void>): Promise<void> {
    const pending = this.loading.get(id);
    if (pending || !this.entries.has(id)) return pending ?? Promise.resolve();
    const loading = (async () => {
      await read();
      this.entries.delete(id);
    })().finally(() => this.loading.delete(id));
    this.loading.set(id, loading);
    return loading;
  }

  /**
   * Writes the index (the meetings not read yet, and `read`: those read whose files hold what is
   * in memory and were found good) when it differs from the one on disk. A failure is logged: the
   * index is a cache, and the next start reads every file instead.
   */
  async save(read: Iterable<[string, IndexEntry]>): Promise<void> {
    const entries = new Map(this.entries);
    for (const [id, entry] of read) entries.set(id, entry);
    if (this.onDisk && sameEntries(entries, this.onDisk)) return;
    try {
      await writeMeetingIndex(this.files, this.dataDir, entries);
      this.onDisk = entries;
    } catch (err) {
      this.log.warn('The meeting index was not written (the next start reads every meeting file)', err, this.dataDir);
    }
  }
}
