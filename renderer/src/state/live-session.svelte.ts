// The meeting as the live console holds it. Every edit is a command (shared/commands): applied
// here at once, so the screen answers without waiting, and sent through the EditQueue, so the
// store applies the same command. A refused command is shown at its field and the console
// reloads what the store holds. Lists from the meeting are published as $state.raw slices, and
// typing into a paragraph publishes nothing: only the paragraph typed into changes on screen.
import type {
  AgendaItem,
  Action,
  Attendance,
  Clock,
  Declaration,
  Inline,
  Meeting,
  Paragraph,
  Person,
  PublicQuestion,
  Resolution,
} from '$shared/domain';
import type { CommandAck, Result } from '$shared/api';
import { applyMeetingCommand, type CommandContext, type MeetingCommandName } from '$shared/commands';
import { normaliseContent } from '$shared/commands/notes';
import { mentionLabels, referencesNear, type MentionLabels } from '$shared/minutes/mention-labels';
import { asOneCall, call as commandCall, restoreCalls, type CommandCall } from '$shared/undo';
import { call } from '../lib/api';
import { sendCommand } from '../lib/live-transport';
import type { SaveStatus } from './save-status.svelte';
import { UndoStack, type UndoEntry } from './live-undo.svelte';
import {
  detailsOf,
  sameDetails,
  type FieldError,
  type FocusRequest,
  type MeetingDetails,
  type RunOptions,
} from '../lib/live-types';
import { MeetingEditor, type CommandInput } from './meeting-editor.svelte';

export type { FieldError, FocusRequest, MeetingDetails, RunOptions } from '../lib/live-types';
export type { CommandInput } from './meeting-editor.svelte';

/** Typing paused this long after its last save: the indicator may say "Saved". */
const TYPING_PAUSE_MS = 150;
/**
 * Typing near a reference may change what its chip prints (a role typed beside a name), but
 * working that out walks the whole meeting: it waits for a pause in typing, and at most this long.
 */
const RELABEL_PAUSE_MS = 150;
const RELABEL_MAX_WAIT_MS = 600;

const callOf = <N extends MeetingCommandName>(name: N, input: CommandInput<N>): CommandCall =>
  commandCall(name, input as never);

/** The people a paragraph names, in order, and which of them print by name only. */
const referencesOf = (content: readonly Inline[]): string =>
  content.map((c) => (c.t === 'person' ? `${c.personId}${c.nameOnly ? '!' : ''}` : '')).join('\u0000');

export class LiveSession extends MeetingEditor {
  details = $state.raw<MeetingDetails | null>(null);
  clock = $state.raw<Clock>({ adjournments: [] });
  agenda = $state.raw<AgendaItem[]>([]);
  attendance = $state.raw<Attendance[]>([]);
  declarations = $state.raw<Declaration[]>([]);
  questions = $state.raw<PublicQuestion[]>([]);
  notes = $state.raw<Paragraph[]>([]);
  actions = $state.raw<Action[]>([]);
  resolutions = $state.raw<Resolution[]>([]);
  focusRequest = $state.raw<FocusRequest | null>(null);
  /**
   * Per paragraph, what the minutes print for each person it names (the chips' words): with the
   * role at the first mention, by name after. Worked out again when an edit may change them, and
   * while typing only when the text near a reference changed.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole when the words change, never mutated
  mentionLabels = $state.raw<MentionLabels>(new Map());
  readonly undo = new UndoStack();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole when the committee changes, never mutated
  peopleById = $derived(new Map<string, Person>((this.committee?.people ?? []).map((p) => [p.id, p])));
  /** The paragraph the coordinator is in (or was in last), for "action from this paragraph". */
  currentParagraphId: string | null = null;

  /** Per paragraph typed into: the newest edit's answer (and whether "Saving…" is told for it). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping of the save path, not state on screen
  private latestTyping = new Map<string, Promise<Result<CommandAck>>>();
  /** Typing has changed the model's notes since they were last published. */
  private notesBehind = false;
  /** A relabel that typing asked for, waiting for a pause (and the deadline that caps the wait). */
  private relabelTimer: ReturnType<typeof setTimeout> | undefined;
  private relabelDeadline: ReturnType<typeof setTimeout> | undefined;

  constructor(meetingId: string, save: SaveStatus) {
    super(meetingId, save, { debounceMs: 150, send: sendCommand, resyncWords: 'the console now shows what is saved' });
  }

  get meeting(): Meeting | null {
    return this.model;
  }

  get readOnly(): boolean {
    const s = this.details?.status;
    return s === 'approved' || s === 'confirmed' || s === 'in_review';
  }

  nameOf = (personId: string): string | undefined => this.peopleById.get(personId)?.name;

  // ---- running commands ----

  /**
   * Runs one edit now: applied here, shown, recorded for undo and sent. Answers the refusal's
   * message (also shown at the scope's field), or null when it was applied.
   */
  run<N extends MeetingCommandName>(name: N, input: CommandInput<N>, opts: RunOptions): string | null {
    this.undo.closeBurst();
    const tried = this.attempt(name, input, opts.scope);
    if (typeof tried === 'string') return tried;
    const { before, after, ctx } = tried;
    if (after === before) return null;
    if (opts.undoable !== false)
      this.recordUndo(before, after, ctx, callOf(name, input), opts.label ?? 'the last change');
    this.show(after);
    void this.sendEdit(opts.scope, name, input);
    return null;
  }

  /**
   * An edit typed into a field (a resolution's wording, an action's description): applied and
   * shown at once, sent when typing pauses (≤ 150 ms), one undo step per burst of typing.
   */
  type<N extends MeetingCommandName>(key: string, name: N, input: CommandInput<N>, opts: RunOptions): string | null {
    const tried = this.attempt(name, input, opts.scope);
    if (typeof tried === 'string') return tried;
    const { before, after, ctx } = tried;
    if (after === before) return null;
    const redo = callOf(name, input);
    const open = this.undo.burst(key);
    if (open) open.redo = redo;
    else this.recordUndo(before, after, ctx, redo, opts.label ?? 'typing', key);
    this.show(after);
    void this.sendEdit(opts.scope, name, input, key);
    return null;
  }

  /**
   * The hot path: a keystroke in a paragraph. Only the local meeting changes (nothing reactive),
   * the command waits for a pause in typing, and the undo entry of the burst is extended. The one
   * edit applied here without the pipeline: a paragraph's text breaks none of its rules but the
   * state's (typing is offered only while the meeting takes edits), and the store runs the
   * pipeline on it; a refusal there reloads the console as for any edit.
   */
  typeParagraph(paragraphId: string, content: Inline[]): void {
    const before = this.model;
    if (!before) return;
    const i = before.notes.findIndex((p) => p.id === paragraphId);
    const old = before.notes[i];
    if (!old) return;
    const next: Paragraph = { ...old, content: normaliseContent(content) };
    const notes = before.notes.slice();
    notes[i] = next;
    this.model = { ...before, notes };
    this.notesBehind = true;
    // A reference put in, taken out or made "name only" shows its words at once; text typed near
    // one (which may hold a role) relabels once typing pauses.
    if (referencesOf(old.content) !== referencesOf(next.content)) this.relabel();
    else if (referencesNear(old.content) !== referencesNear(next.content)) this.relabelSoon();
    const key = `paragraph:${paragraphId}`;
    const input = { paragraphId, content: next.content };
    const open = this.undo.burst(key);
    if (open) open.redo = commandCall('notes:updateParagraph', input);
    else {
      // The inverse of a paragraph edit is the paragraph as it was: no need to diff the meeting.
      this.undo.record({
        label: 'typing',
        undo: commandCall('notes:updateParagraph', { paragraphId, content: old.content }),
        redo: commandCall('notes:updateParagraph', input),
        burstKey: key,
      });
    }
    const sent = this.queue.pushDebounced(key, 'notes:updateParagraph', { ...input, meetingId: this.meetingId });
    this.latestTyping.set(key, sent);
    // "Saving…" is told once while typing goes on, not at every key, and "Saved" once the last
    // text typed is on disk.
    if (!this.latestTyping.has(`${key}#tracked`)) {
      this.latestTyping.set(`${key}#tracked`, sent);
      void this.track(key, this.typingSettled(key, sent));
    }
  }

  /** The answer for the newest text typed into a paragraph, however many saves typing took. */
  private async typingSettled(key: string, first: Promise<Result<CommandAck>>): Promise<Result<CommandAck>> {
    let current = first;
    for (;;) {
      const r = await current;
      // Typing that goes on keeps "Saving…" steady (no flicker at every save): "Saved" once a
      // pause in typing has passed with the newest text on disk.
      if (r.ok && this.latestTyping.get(key) === current)
        await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
      const latest = this.latestTyping.get(key);
      if (!r.ok || !latest || latest === current) {
        this.latestTyping.delete(key);
        this.latestTyping.delete(`${key}#tracked`);
        return r;
      }
      current = latest;
    }
  }

  /** The paragraph's content as the console holds it now (typing included). */
  paragraphContent(paragraphId: string): Inline[] | undefined {
    return this.model?.notes.find((p) => p.id === paragraphId)?.content;
  }

  private recordUndo(
    before: Meeting,
    after: Meeting,
    ctx: CommandContext,
    redo: CommandCall,
    label: string,
    burstKey?: string,
  ): void {
    let undo: CommandCall | null;
    try {
      // The same as undoCall(before, name, input, ctx), without applying the command twice.
      undo = asOneCall(restoreCalls(after, before, ctx));
    } catch {
      undo = null; // an edit commands cannot take back (none in the console): no undo entry
    }
    if (undo) this.undo.record({ label, undo, redo, ...(burstKey ? { burstKey } : {}) });
  }

  // ---- undo and redo ----

  undoLast(): void {
    this.step(this.undo.takeUndo(), 'undo');
  }

  redoLast(): void {
    this.step(this.undo.takeRedo(), 'redo');
  }

  private step(entry: UndoEntry | undefined, way: 'undo' | 'redo'): void {
    const before = this.model;
    if (!entry || !before) return;
    const c = way === 'undo' ? entry.undo : entry.redo;
    const r = applyMeetingCommand(before, c.name, c.input, this.context());
    if (!r.ok) {
      this.undo.dropped();
      this.notice = `Could not ${way} ${entry.label}: ${r.refusal.message}`;
      return;
    }
    this.show(r.meeting);
    void this.sendEdit('undo', c.name, c.input as Record<string, unknown>);
    if (way === 'undo') this.undo.undid(entry);
    else this.undo.redid(entry);
    this.notice = null;
  }

  // ---- saving ----

  /** Sends what typing is holding back, and waits until the store has answered (item change, blur, close). */
  override flush(): Promise<void> {
    this.undo.closeBurst();
    return super.flush();
  }

  /** The store's meeting replaced the console's: the undo steps were for the one before. */
  protected override replaced(): void {
    this.undo.clear();
  }

  // ---- the committee (people and remembered owners live there, not in the meeting) ----

  async savePerson(person: Omit<Person, 'id'> & { id?: string }): Promise<Result<Person>> {
    const committee = this.committee;
    if (!committee) return { ok: false, error: { code: 'NOT_LOADED', message: 'The committee is not loaded' } };
    const r = await this.save.write(() => call('people:save', { committeeId: committee.id, person }));
    if (r.ok) {
      const people = committee.people.some((p) => p.id === r.value.id)
        ? committee.people.map((p) => (p.id === r.value.id ? r.value : p))
        : [...committee.people, r.value];
      this.committee = { ...committee, people };
      this.relabel();
    }
    return r;
  }

  /** Remembers a new action owner so it is offered next time. */
  async rememberOwner(owner: string): Promise<void> {
    const committee = this.committee;
    if (!committee || committee.actionOwners.includes(owner)) return;
    const actionOwners = [...committee.actionOwners, owner];
    this.committee = { ...committee, actionOwners };
    const r = await this.save.write(() =>
      call('committees:update', { committeeId: committee.id, patch: { actionOwners } }),
    );
    if (r.ok) this.committee = r.value;
    else this.notice = `The owner "${owner}" was not remembered: ${r.error.message}`;
  }

  // ---- errors and focus ----

  errorAt(scope: string): FieldError | undefined {
    return this.refusalAt(scope);
  }

  requestFocus(request: FocusRequest): void {
    this.focusRequest = request;
  }

  focusDone(): void {
    this.focusRequest = null;
  }

  /**
   * Shows everywhere the text typed into paragraphs, which typing itself does not publish: called
   * when the caret leaves a paragraph or its editor goes (another panel), so the notes shown next
   * are the notes typed, not the ones from before the typing.
   */
  publishTyping(): void {
    if (!this.notesBehind || !this.model) return;
    this.notesBehind = false;
    this.notes = this.model.notes;
  }

  private relabelSoon(): void {
    if (this.relabelTimer !== undefined) clearTimeout(this.relabelTimer);
    this.relabelTimer = setTimeout(() => this.relabel(), RELABEL_PAUSE_MS);
    this.relabelDeadline ??= setTimeout(() => this.relabel(), RELABEL_MAX_WAIT_MS);
  }

  /** The chips' words from the meeting as the console holds it; unchanged paragraphs keep theirs (and their identity). */
  private relabel(): void {
    clearTimeout(this.relabelTimer);
    clearTimeout(this.relabelDeadline);
    this.relabelTimer = this.relabelDeadline = undefined;
    const m = this.model;
    const c = this.committee;
    if (!m || !c) return;
    const old = this.mentionLabels;
    const next = mentionLabels(m, c);
    let changed = next.size !== old.size;
    for (const [id, labels] of next) {
      const was = old.get(id);
      if (was && was.length === labels.length && was.every((l, i) => l === labels[i])) next.set(id, was);
      else changed = true;
    }
    if (changed) this.mentionLabels = next;
  }

  protected publish(): void {
    const m = this.model;
    if (!m) return;
    this.notesBehind = false;
    this.relabel();
    const d = detailsOf(m);
    if (!sameDetails(this.details, d)) this.details = d;
    this.clock = m.clock;
    this.agenda = m.agenda;
    this.attendance = m.attendance;
    this.declarations = m.declarations;
    this.questions = m.publicQuestions;
    this.notes = m.notes;
    this.actions = m.actions;
    this.resolutions = m.resolutions;
    this.recheckRefusals(m);
  }
}
