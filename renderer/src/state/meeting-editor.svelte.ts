// What every screen that edits a meeting shares (the live console, the agenda builder, review):
// the meeting and its committee as loaded, the optimistic apply through the one pipeline
// (shared/commands/pipeline.ts), refusals kept by scope in one shape, the edits sent in order
// through the EditQueue with "Saved" told only once the store has them on disk, and the resync
// that shows what the store holds after it refused an edit.
import '../lib/zod-csp';
import type { ApiError, CommandAck, Result } from '$shared/api';
import { EditQueue, isTransportError, type SendCommand } from '$shared/client/edit-queue';
import {
  applyMeetingCommand,
  type CommandContext,
  type MeetingCommandArgs,
  type MeetingCommandName,
} from '$shared/commands';
import type { Committee, Meeting } from '$shared/domain';
import { nowInLondon } from '$shared/format/en-gb';
import { call } from '../lib/api';
import type { FieldError } from '../lib/live-types';
import { FieldErrors } from './live-field-errors.svelte';
import type { SaveStatus } from './save-status.svelte';

/** A command's input as the caller writes it (fields with defaults may be left out). */
export type CommandInput<N extends MeetingCommandName> = MeetingCommandArgs<N>;

/** An edit applied here: the meeting before and after, and the context it ran in. */
export interface Attempted {
  before: Meeting;
  after: Meeting;
  ctx: CommandContext;
}

export interface EditorOptions {
  /** How long typing may pause before its edit is sent (0: each edit at once). */
  debounceMs: number;
  /** How edits reach the store (the live console's socket, or the API's call). */
  send: SendCommand;
  /** Said after a refusal: "the console now shows what is saved". */
  resyncWords: string;
}

export abstract class MeetingEditor {
  phase = $state<'loading' | 'ready' | 'failed'>('loading');
  loadError = $state<string | null>(null);
  committee = $state.raw<Committee | null>(null);
  /** A message for the whole screen (an undo that could not apply, a reload after a refusal). */
  notice = $state<string | null>(null);
  /** Set while the store cannot be reached: the edits wait in the queue and are sent again. */
  unsavedReason = $state<string | null>(null);

  protected model: Meeting | null = null;
  protected readonly queue: EditQueue;
  protected readonly fieldErrors = new FieldErrors();
  private resyncing = false;
  private readonly resyncWords: string;

  constructor(
    readonly meetingId: string,
    protected readonly save: SaveStatus,
    opts: EditorOptions,
  ) {
    this.resyncWords = opts.resyncWords;
    this.queue = new EditQueue(opts.send, {
      debounceMs: opts.debounceMs,
      onState: (s) => {
        const reason = s.state === 'unsaved' ? s.reason : null;
        if (reason !== this.unsavedReason) this.unsavedReason = reason;
      },
    });
  }

  /** Shows the model on screen (each editor publishes what its views read). */
  protected abstract publish(): void;

  /** After the store's meeting replaced the one on screen (undo history, editors' drafts). */
  protected replaced(): void {}

  async load(): Promise<void> {
    const m = await call('meetings:get', { meetingId: this.meetingId });
    if (!m.ok) return this.failLoad(m.error);
    if (this.committee?.id !== m.value.committeeId) {
      const c = await call('committees:get', { committeeId: m.value.committeeId });
      if (!c.ok) return this.failLoad(c.error);
      this.committee = c.value;
    }
    this.loadError = null;
    this.model = m.value;
    this.publish();
    this.phase = 'ready';
  }

  protected failLoad(error: ApiError): void {
    this.loadError = error.message;
    this.phase = 'failed';
  }

  // ---- applying edits ----

  protected context(): CommandContext {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, read once, never observed
    const at = new Date();
    return {
      now: nowInLondon(at),
      timestamp: at.toISOString(),
      ...(this.committee ? { committee: this.committee } : {}),
    };
  }

  /** Applies an edit to the meeting here through the pipeline, or answers why not (kept at `scope`). */
  protected attempt<N extends MeetingCommandName>(name: N, input: CommandInput<N>, scope: string): Attempted | string {
    const before = this.model;
    if (!before) return 'The meeting is not open';
    const ctx = this.context();
    const r = applyMeetingCommand(before, name, input, ctx);
    if (!r.ok) {
      this.fieldErrors.refuse(scope, r.refusal.field, r.refusal.message, { name, input, code: r.refusal.code });
      return r.refusal.message;
    }
    this.fieldErrors.clear(scope);
    return { before, after: r.meeting, ctx };
  }

  /** Shows an applied edit. */
  protected show(after: Meeting): void {
    this.model = after;
    this.publish();
  }

  /**
   * One edit now: applied here, shown, and sent (at once, or when typing pauses with `debounceKey`).
   * Answers the refusal's message (also kept at `scope`), or null when it was applied.
   */
  protected applyAndSend<N extends MeetingCommandName>(
    name: N,
    input: CommandInput<N>,
    scope: string,
    debounceKey?: string,
  ): string | null {
    const tried = this.attempt(name, input, scope);
    if (typeof tried === 'string') return tried;
    if (tried.after === tried.before) return null;
    this.show(tried.after);
    this.sendEdit(scope, name, input, debounceKey);
    return null;
  }

  /** Sends an edit already shown; "Saving…" until the store has it on disk; a refusal goes to the field. */
  protected sendEdit(scope: string, name: string, input: object, debounceKey?: string): Promise<Result<CommandAck>> {
    const payload = { ...(input as Record<string, unknown>), meetingId: this.meetingId };
    const sent =
      debounceKey === undefined ? this.queue.push(name, payload) : this.queue.pushDebounced(debounceKey, name, payload);
    return this.track(scope, sent);
  }

  protected track(scope: string, sent: Promise<Result<CommandAck>>): Promise<Result<CommandAck>> {
    const answered = this.save.command(this.meetingId, () => sent);
    void answered.then((r) => {
      if (!r.ok && !isTransportError(r.error.code)) {
        this.fieldErrors.set(scope, r.error.field, r.error.message);
        this.notice = `The store refused an edit (${r.error.message}); ${this.resyncWords}.`;
        void this.resync();
      }
    });
    return answered;
  }

  /** Sends what typing is holding back, and waits until the store has answered (leaving, exporting). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** After a refusal: the store's meeting replaces the one here, once nothing is waiting to be sent. */
  protected async resync(): Promise<void> {
    if (this.resyncing) return;
    this.resyncing = true;
    try {
      for (let round = 0; round < 5; round++) {
        await this.queue.flush();
        const r = await call('meetings:get', { meetingId: this.meetingId });
        if (!r.ok) return;
        if (this.queue.pending > 0) continue; // typed meanwhile: send that first, then read again
        this.model = r.value;
        this.publish();
        this.replaced();
        return;
      }
    } finally {
      this.resyncing = false;
    }
  }

  // ---- refusals, by scope ----

  /** Refusals by scope: the message is shown at the field named. */
  get errors(): Record<string, FieldError> {
    return this.fieldErrors.all;
  }

  refusalAt(scope: string): FieldError | undefined {
    return this.fieldErrors.all[scope];
  }

  setError(scope: string, field: string | undefined, message: string): void {
    this.fieldErrors.set(scope, field, message);
  }

  clearError(scope: string): void {
    this.fieldErrors.clear(scope);
  }

  /** A refusal's message goes once the meeting no longer refuses its edit for that reason. */
  protected recheckRefusals(m: Meeting): void {
    let ctx: CommandContext | undefined;
    this.fieldErrors.recheck((edit) => {
      const r = applyMeetingCommand(m, edit.name, edit.input, (ctx ??= this.context()));
      return r.ok ? null : r.refusal.code;
    });
  }
}
