import type { Meeting } from '$shared/domain';
import type { CommandAck } from '$shared/api';
import { describeFileError } from './file-layer';
import type { FileWatch, JsonDocument } from './json-document';

export interface WriterHooks {
  /** Words for a failed write, when the store has more to say than the error (a file changed by hand). */
  explain?(err: unknown, inMemory: Meeting): Promise<string | undefined>;
  /** A write succeeded after failures. */
  recovered?(): void;
  /** A revision is on disk (the store tells its listeners: the search index follows saved edits). */
  saved?(meeting: Meeting): void;
}

/** A meeting with nothing in it: never written over one that has content. */
export function isBlankMeeting(m: Meeting): boolean {
  return m.agenda.length === 0 && m.notes.length === 0 && m.attendance.length === 0 && m.resolutions.length === 0;
}

interface Waiter {
  revision: number;
  resolve: (ack: CommandAck) => void;
}

/**
 * Holds one meeting in memory and keeps its file up to date: writes are coalesced
 * (while one is in flight, the next takes the newest state), each caller is answered
 * once its revision is on disk, and a failed write (disk full, read-only) keeps the
 * edits in memory and retries until it succeeds.
 */
export class MeetingWriter {
  savedRevision: number;
  error: string | undefined;
  private writing: Promise<void> | null = null;
  private waiters: Waiter[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSaved: Meeting;
  /**
   * At least the size in bytes of the meeting's file as the meeting now is: the size last read or
   * written, plus what the edits since may have added (Store.command keeps it). Cheap to keep, so
   * the exact size is computed only near the limit.
   */
  sizeBound: number;

  constructor(
    private readonly doc: JsonDocument<Meeting>,
    public meeting: Meeting,
    private readonly retryMs: number,
    private readonly hooks: WriterHooks = {},
  ) {
    this.savedRevision = meeting.revision;
    this.lastSaved = meeting;
    this.sizeBound = doc.watch.size;
  }

  /** The file's watch: what was last read or written, and whether it is still there as such. */
  get watch(): FileWatch {
    return this.doc.watch;
  }

  get dirty(): boolean {
    return this.savedRevision < this.meeting.revision;
  }

  /** Replaces the in-memory meeting and answers once that revision is on disk (or the write failed). */
  update(next: Meeting): Promise<CommandAck> {
    this.meeting = next;
    const done = new Promise<CommandAck>((resolve) => this.waiters.push({ revision: next.revision, resolve }));
    this.kick();
    return done;
  }

  /** Waits until everything in memory is on disk, or a write fails. */
  async flush(): Promise<void> {
    if (this.writing) await this.writing;
    if (this.dirty && !this.writing) {
      this.kick();
      if (this.writing) await this.writing;
    }
  }

  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private kick(): void {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    if (!this.writing) this.writing = this.writeLoop().finally(() => (this.writing = null));
  }

  private async writeLoop(): Promise<void> {
    while (this.dirty) {
      const snapshot = this.meeting;
      try {
        if (isBlankMeeting(snapshot) && !isBlankMeeting(this.lastSaved)) {
          throw new Error('refused to replace a meeting that has content with an empty one');
        }
        this.doc.data = snapshot;
        await this.doc.write();
        this.savedRevision = snapshot.revision;
        this.lastSaved = snapshot;
        this.hooks.saved?.(snapshot);
        if (this.meeting === snapshot) this.sizeBound = this.doc.watch.size;
        if (this.error) this.hooks.recovered?.();
        this.error = undefined;
        this.answer((w) => w.revision <= snapshot.revision, { saved: true });
      } catch (err) {
        const explained = await this.hooks.explain?.(err, this.meeting).catch(() => undefined);
        this.error = `not saved: ${explained ?? describeFileError(err)}`;
        this.answer(() => true, { saved: false, saveError: this.error });
        this.retryTimer = setTimeout(() => this.kick(), this.retryMs);
        this.retryTimer.unref?.();
        return;
      }
    }
  }

  private answer(which: (w: Waiter) => boolean, outcome: { saved: boolean; saveError?: string }): void {
    const keep: Waiter[] = [];
    for (const w of this.waiters) {
      if (which(w)) w.resolve({ revision: w.revision, ...outcome });
      else keep.push(w);
    }
    this.waiters = keep;
  }
}
