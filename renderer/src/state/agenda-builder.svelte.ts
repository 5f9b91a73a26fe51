// The agenda builder's meeting. Every edit is a meeting command (shared/commands): applied here
// at once, so the screen answers without waiting, and sent through the EditQueue (typing is
// debounced), so the store applies the same command; the shell's save indicator says "Saved"
// only once the store has it on disk. A refused edit is shown at its field, and the builder
// then shows what the store holds.
import type { ApiError, ChannelName, CommandAck, Result } from '../../../shared/api';
import { EditQueue } from '../../../shared/client/edit-queue';
import { CommandError, meetingCommandDefs, type CommandDef, type MeetingCommandInput, type MeetingCommandName } from '../../../shared/commands';
import type { Committee, Meeting } from '../../../shared/domain';
import { nowInLondon } from '../../../shared/format/en-gb';
import { editAllowed } from '../../../shared/review/edit-rule';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

const TRANSPORT = new Set(['OFFLINE', 'FORBIDDEN']);

function send(channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> {
  return call(channel as ChannelName, input as never) as Promise<Result<CommandAck>>;
}

/** The first words of a zod or command refusal, for the field it concerns. */
function refusalOf(err: unknown): { field: string | undefined; message: string } {
  if (err instanceof CommandError) return { field: err.field, message: err.message };
  return { field: undefined, message: err instanceof Error ? err.message : String(err) };
}

export class AgendaBuilder {
  phase = $state<'loading' | 'ready' | 'failed'>('loading');
  loadError = $state<string | null>(null);
  meeting = $state.raw<Meeting | null>(null);
  committee = $state.raw<Committee | null>(null);
  /** Refusals by scope ("item:<id>:title", "add", "details"). */
  errors = $state.raw<Record<string, string>>({});
  /** A message for the whole screen (the store refused an edit and the builder reloaded). */
  notice = $state<string | null>(null);
  /** Bumped when the meeting is replaced by the store's copy, so the item editors start again from it. */
  generation = $state(0);
  private queue: EditQueue;
  private resyncing = false;

  constructor(
    readonly meetingId: string,
    private readonly save: SaveStatus,
  ) {
    this.queue = new EditQueue(send, { debounceMs: 150 });
  }

  /** Approved or confirmed minutes cannot take agenda edits (only amendments). */
  get frozen(): boolean {
    const m = this.meeting;
    return !!m && !editAllowed(m, 'agenda:updateItem').ok;
  }

  async load(): Promise<void> {
    const m = await call('meetings:get', { meetingId: this.meetingId });
    if (!m.ok) return this.fail(m.error);
    const c = await call('committees:get', { committeeId: m.value.committeeId });
    if (!c.ok) return this.fail(c.error);
    this.committee = c.value;
    this.meeting = m.value;
    this.phase = 'ready';
  }

  private fail(error: ApiError): void {
    this.loadError = error.message;
    this.phase = 'failed';
  }

  errorAt(scope: string): string | null {
    return this.errors[scope] ?? null;
  }

  private setError(scope: string, message: string | null): void {
    if (message === null) {
      if (!(scope in this.errors)) return;
      const next = { ...this.errors };
      delete next[scope];
      this.errors = next;
    } else this.errors = { ...this.errors, [scope]: message };
  }

  /** Applies a command to the meeting on screen as the store will; throws its refusal. */
  private applyLocal<N extends MeetingCommandName>(name: N, input: MeetingCommandInput<N>): Meeting {
    const before = this.meeting;
    if (!before) throw new CommandError('NOT_LOADED', 'The meeting is not open');
    const verdict = editAllowed(before, name, input);
    if (!verdict.ok) throw new CommandError(verdict.code, verdict.message);
    const def = meetingCommandDefs[name] as unknown as CommandDef;
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CommandError('INVALID_INPUT', issue?.message ?? 'That is not valid', issue?.path.map(String).join('.') || undefined);
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, read once, never observed
    const at = new Date();
    return def.apply(before, parsed.data as never, { now: nowInLondon(at), timestamp: at.toISOString(), ...(this.committee ? { committee: this.committee } : {}) });
  }

  /** Runs one edit now. Answers the refusal's message (also kept at `scope`), or null when applied. */
  run<N extends MeetingCommandName>(name: N, input: MeetingCommandInput<N>, scope: string): string | null {
    return this.apply(name, input, scope, () => this.queue.push(name, { ...input, meetingId: this.meetingId }));
  }

  /** An edit typed into a field: shown at once, sent when typing pauses. */
  type<N extends MeetingCommandName>(name: N, input: MeetingCommandInput<N>, scope: string): string | null {
    return this.apply(name, input, scope, () => this.queue.pushDebounced(scope, name, { ...input, meetingId: this.meetingId }));
  }

  private apply<N extends MeetingCommandName>(name: N, input: MeetingCommandInput<N>, scope: string, sendIt: () => Promise<Result<CommandAck>>): string | null {
    let after: Meeting;
    try {
      after = this.applyLocal(name, input);
    } catch (err) {
      const { message } = refusalOf(err);
      this.setError(scope, message);
      return message;
    }
    this.setError(scope, null);
    if (after === this.meeting) return null;
    this.meeting = after;
    void this.save.command(this.meetingId, sendIt).then((r) => {
      if (!r.ok && !TRANSPORT.has(r.error.code)) {
        this.setError(scope, r.error.message);
        this.notice = `The store refused an edit (${r.error.message}); the agenda now shows what is saved.`;
        void this.resync();
      }
    });
    return null;
  }

  /** Sends what typing holds back and waits for the store's answers (before an export, on leaving). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  private async resync(): Promise<void> {
    if (this.resyncing) return;
    this.resyncing = true;
    try {
      await this.queue.flush();
      const r = await call('meetings:get', { meetingId: this.meetingId });
      if (r.ok) {
        this.meeting = r.value;
        this.generation++;
      }
    } finally {
      this.resyncing = false;
    }
  }

  /** The agenda front sheet as Word; flushed first so it has every edit on screen. */
  async exportFrontSheet(): Promise<Result<{ fileName: string; base64: string; missing: { where: string; what: string }[] }>> {
    await this.flush();
    return call('docs:exportAgenda', { meetingId: this.meetingId });
  }
}
