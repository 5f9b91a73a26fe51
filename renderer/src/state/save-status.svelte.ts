import type { CommandAck, Result, StoreStatus } from '$shared/api';
import { bareReason } from '../lib/save-words';

/** What the save indicator says. "saved" is only ever set from the store's own answer. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

type StatusSource = () => Promise<Result<StoreStatus>>;

/**
 * Tracks whether the user's edits are on disk. Writes to committees.json answer once written;
 * meeting commands answer with {saved}; a meeting whose write failed is watched through
 * store:status (the store keeps retrying) until it is on disk.
 */
export class SaveStatus {
  state = $state.raw<SaveState>({ kind: 'idle' });
  private inFlight = 0;
  private settled: SaveState = { kind: 'idle' };
  /** Meetings whose latest revision the store has not written yet, with the reason. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- not reactive on purpose: `state` is set from it explicitly
  private unsaved = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storeStatus: StatusSource,
    private readonly pollMs = 1000,
  ) {}

  /** A write that answers only once it is on disk (committees, people, creating and deleting meetings). */
  async write<T>(op: () => Promise<Result<T>>): Promise<Result<T>> {
    this.begin();
    const result = await op();
    if (result.ok) this.finish(this.unsaved.size ? this.failedState() : { kind: 'saved' });
    else if (result.error.code === 'NOT_SAVED')
      this.finish({ kind: 'failed', reason: bareReason(result.error.message) });
    // Refused before anything changed (invalid input, a rule): what was saved is still saved.
    else this.finish(this.settled);
    return result;
  }

  /** A meeting command: its answer says whether the new revision is on disk. */
  async command(meetingId: string, op: () => Promise<Result<CommandAck>>): Promise<Result<CommandAck>> {
    this.begin();
    const result = await op();
    if (!result.ok) {
      this.finish(this.settled);
    } else if (result.value.saved) {
      this.unsaved.delete(meetingId);
      this.finish(this.unsaved.size ? this.failedState() : { kind: 'saved' });
    } else {
      this.unsaved.set(meetingId, bareReason(result.value.saveError ?? ''));
      this.finish(this.failedState());
      this.schedulePoll();
    }
    return result;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private begin(): void {
    this.inFlight++;
    this.state = { kind: 'saving' };
  }

  private finish(outcome: SaveState): void {
    this.inFlight--;
    this.settled = outcome;
    if (this.inFlight === 0) this.state = outcome;
  }

  private failedState(): SaveState {
    const reason = [...this.unsaved.values()][0] ?? 'the store did not confirm the write';
    return { kind: 'failed', reason };
  }

  private schedulePoll(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, this.pollMs);
  }

  /** Asks the store until every watched meeting is on disk; the indicator follows its answer. */
  private async poll(): Promise<void> {
    const status = await this.storeStatus();
    if (status.ok) {
      for (const id of [...this.unsaved.keys()]) {
        const u = status.value.unsaved.find((x) => x.meetingId === id);
        if (!u) this.unsaved.delete(id);
        else this.unsaved.set(id, bareReason(u.error ?? 'waiting for the disk'));
      }
      this.settled = this.unsaved.size ? this.failedState() : { kind: 'saved' };
      if (this.inFlight === 0) this.state = this.settled;
    }
    if (this.unsaved.size) this.schedulePoll();
  }
}
