import type { ApiError, CommandAck, Result } from '../api';

export type SendCommand = (channel: string, input: Record<string, unknown>) => Promise<Result<CommandAck>>;

/** Where the queue's edits are: on disk at a revision, on their way, or waiting for the store to answer. */
export type QueueState =
  { state: 'saved'; revision: number } | { state: 'saving' } | { state: 'unsaved'; reason: string };

interface Queued {
  channel: string;
  input: Record<string, unknown>;
  settle: (r: Result<CommandAck>) => void;
}

interface Debounced {
  channel: string;
  input: Record<string, unknown>;
  timer: ReturnType<typeof setTimeout>;
  /** Fires maxWaitMs after the first unsent keystroke, however fast the typing goes on. */
  deadline: ReturnType<typeof setTimeout>;
  waiters: ((r: Result<CommandAck>) => void)[];
}

export interface EditQueueOptions {
  /** How long typing may pause before its edit is sent (≤ 200 ms keeps it on disk within 250 ms). */
  debounceMs?: number;
  /**
   * The longest a keystroke waits while typing goes on without a pause (default: 100 ms, or
   * debounceMs if shorter), so a fast typist's text is on disk within 250 ms of each keystroke,
   * not only when they stop: the wait, plus one key's interval, plus one write.
   */
  maxWaitMs?: number;
  /** Told whenever "Saved" / "Saving…" / "Not saved" changes. */
  onState?: (s: QueueState) => void;
  /** A command the service refused (a rule broken): shown at the field, never retried. */
  onRefused?: (channel: string, error: ApiError) => void;
  /** How long to wait before re-sending after the service did not answer. */
  retryMs?: number;
  setTimer?: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (t: ReturnType<typeof setTimeout>) => void;
}

/** Failures of the way to the store, not of the edit: the edit waits and is sent again. */
const TRANSPORT_CODES = new Set(['OFFLINE', 'FORBIDDEN']);

/** Whether an error says the store was not reached (the edit is kept), rather than that it refused the edit. */
export function isTransportError(code: string): boolean {
  return TRANSPORT_CODES.has(code);
}

/**
 * The client side of "writes are commands": text edits are debounced per target
 * (latest wins), everything is sent in order, one at a time, and "Saved" is shown
 * only once the service said the newest edit is on disk. Used by the renderer and
 * by the kill-test harness, so both exercise the same code.
 */
export class EditQueue {
  private debounced = new Map<string, Debounced>();
  private queue: Queued[] = [];
  private sending = false;
  private lastAck: CommandAck | undefined;
  private unsavedReason: string | undefined;
  private idleWaiters: (() => void)[] = [];
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly setTimer: NonNullable<EditQueueOptions['setTimer']>;
  private readonly clearTimer: NonNullable<EditQueueOptions['clearTimer']>;

  constructor(
    private readonly send: SendCommand,
    private readonly opts: EditQueueOptions = {},
  ) {
    this.debounceMs = opts.debounceMs ?? 150;
    this.maxWaitMs = opts.maxWaitMs ?? Math.min(this.debounceMs, 100);
    this.retryMs = opts.retryMs ?? 500;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t));
  }

  /** Edits waiting for their debounce or for the service. */
  get pending(): number {
    return this.debounced.size + this.queue.length + (this.sending ? 1 : 0);
  }

  get state(): QueueState {
    if (this.unsavedReason) return { state: 'unsaved', reason: this.unsavedReason };
    if (this.pending > 0) return { state: 'saving' };
    return { state: 'saved', revision: this.lastAck?.revision ?? 0 };
  }

  /** Sends a command now (after any debounced edits, to keep their order). */
  push(channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> {
    this.releaseDebounced();
    return new Promise((settle) => {
      this.queue.push({ channel, input, settle });
      this.changed();
      void this.pump();
    });
  }

  /** Sends a command once typing on `key` pauses; a newer edit of the same key replaces it. */
  pushDebounced(key: string, channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> {
    const existing = this.debounced.get(key);
    if (existing) this.clearTimer(existing.timer);
    return new Promise((settle) => {
      const entry: Debounced = {
        channel,
        input,
        waiters: [...(existing?.waiters ?? []), settle],
        timer: this.setTimer(() => this.release(key), this.debounceMs),
        deadline: existing?.deadline ?? this.setTimer(() => this.release(key), this.maxWaitMs),
      };
      this.debounced.set(key, entry);
      this.changed();
    });
  }

  /** Sends every debounced edit now and waits until all are answered (item change, blur, close). */
  flush(): Promise<void> {
    this.releaseDebounced();
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private releaseDebounced(): void {
    for (const key of [...this.debounced.keys()]) this.release(key);
  }

  private release(key: string): void {
    const entry = this.debounced.get(key);
    if (!entry) return;
    this.clearTimer(entry.timer);
    this.clearTimer(entry.deadline);
    this.debounced.delete(key);
    this.queue.push({
      channel: entry.channel,
      input: entry.input,
      settle: (r) => entry.waiters.forEach((w) => w(r)),
    });
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.length) {
        const next = this.queue[0]!;
        const result = await this.send(next.channel, next.input).catch((err: unknown): Result<CommandAck> => ({
          ok: false,
          error: { code: 'OFFLINE', message: String(err) },
        }));
        if (!result.ok && TRANSPORT_CODES.has(result.error.code)) {
          // The service did not take it: keep it, say so, and try again shortly.
          this.unsavedReason = result.error.message;
          this.changed();
          await new Promise<void>((r) => this.setTimer(r, this.retryMs));
          continue;
        }
        this.queue.shift();
        if (result.ok) {
          this.lastAck = result.value;
          this.unsavedReason = result.value.saved ? undefined : (result.value.saveError ?? 'not saved yet');
        } else {
          this.opts.onRefused?.(next.channel, result.error);
        }
        next.settle(result);
        this.changed();
      }
    } finally {
      this.sending = false;
    }
    if (!this.pending) {
      const waiters = this.idleWaiters.splice(0);
      waiters.forEach((w) => w());
      this.changed();
    }
  }

  /** The service reported (by store:status) that everything is on disk again. */
  markSaved(revision: number): void {
    if (this.lastAck && revision >= this.lastAck.revision) {
      this.unsavedReason = undefined;
      this.changed();
    }
  }

  private changed(): void {
    this.opts.onState?.(this.state);
  }
}
