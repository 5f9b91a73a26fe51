// The agenda builder's meeting. Every edit is a meeting command applied here at once through the
// pipeline, so the screen answers without waiting, and sent through the EditQueue (typing is
// debounced), so the store applies the same command (MeetingEditor). A refused edit is shown at
// its field, and the builder then shows what the store holds.
import type { ChannelName, CommandAck, Result } from '$shared/api';
import type { MeetingCommandName } from '$shared/commands';
import type { Meeting } from '$shared/domain';
import { editAllowed } from '$shared/review/edit-rule';
import { call } from '../lib/api';
import { MeetingEditor, type CommandInput } from './meeting-editor.svelte';
import type { SaveStatus } from './save-status.svelte';

function send(channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> {
  return call(channel as ChannelName, input as never) as Promise<Result<CommandAck>>;
}

export class AgendaBuilder extends MeetingEditor {
  meeting = $state.raw<Meeting | null>(null);
  /** Bumped when the meeting is replaced by the store's copy, so the item editors start again from it. */
  generation = $state(0);

  constructor(meetingId: string, save: SaveStatus) {
    super(meetingId, save, { debounceMs: 150, send, resyncWords: 'the agenda now shows what is saved' });
  }

  /** Approved or confirmed minutes cannot take agenda edits (only amendments). */
  get frozen(): boolean {
    const m = this.meeting;
    return !!m && !editAllowed(m, 'agenda:updateItem').ok;
  }

  protected publish(): void {
    this.meeting = this.model;
  }

  protected override replaced(): void {
    this.generation++;
  }

  /** The refusal's words at `scope` ("item:<id>:title", "add", "details"), or null. */
  errorAt(scope: string): string | null {
    return this.refusalAt(scope)?.message ?? null;
  }

  /** Runs one edit now. Answers the refusal's message (also kept at `scope`), or null when applied. */
  run<N extends MeetingCommandName>(name: N, input: CommandInput<N>, scope: string): string | null {
    return this.applyAndSend(name, input, scope);
  }

  /** An edit typed into a field: shown at once, sent when typing pauses. */
  type<N extends MeetingCommandName>(name: N, input: CommandInput<N>, scope: string): string | null {
    return this.applyAndSend(name, input, scope, scope);
  }

  /** The agenda front sheet as Word; flushed first so it has every edit on screen. */
  async exportFrontSheet(): Promise<
    Result<{ fileName: string; base64: string; missing: { where: string; what: string }[] }>
  > {
    await this.flush();
    return call('docs:exportAgenda', { meetingId: this.meetingId });
  }
}
