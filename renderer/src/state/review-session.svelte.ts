// Review and sign-off of one meeting's minutes: the review status from the service, the meeting
// and its committee (the preview is composed here), and every review step as a meeting command
// sent through the EditQueue, in order, with "Saved" shown only once the store has it on disk.
import type { ApiError, ReviewStatus } from '$shared/api';
import type { MeetingCommandName } from '$shared/commands';
import type { ApproverCapacity, Inline, Meeting, ReviewComment } from '$shared/domain';
import { newId } from '$shared/domain';
import { composeMinutes, type MinutesOutline } from '$shared/minutes';
import { committeeAsApproved } from '$shared/review';
import { call } from '../lib/api';
import { sendCommand } from '../lib/live-transport';
import { MeetingEditor } from './meeting-editor.svelte';
import type { SaveStatus } from './save-status.svelte';

/** Where a refusal is shown: "send", "approve", "comment:<block key>", "decide:<comment id>", ... */
export type Scope = string;

export type CommentTarget = { paragraphId: string } | { blockRef: string };

/** A review edit of a resolution's clauses or an action's owners, as the command that makes it. */
export type ListEdit = { name: 'resolutions:set' | 'actions:update'; input: Record<string, unknown> };

export class ReviewSession extends MeetingEditor {
  meeting = $state.raw<Meeting | null>(null);
  status = $state.raw<ReviewStatus | null>(null);
  /** Scopes whose step is being sent. */
  busy = $state.raw<Record<Scope, true>>({});
  outline = $derived<MinutesOutline | null>(
    this.meeting && this.committee
      ? composeMinutes(this.meeting, committeeAsApproved(this.meeting, this.committee))
      : null,
  );
  /** Comments by where they sit in the minutes: a paragraph's block key, or the block they name. */
  commentsByBlock = $derived(groupComments(this.status?.comments ?? []));

  constructor(meetingId: string, save: SaveStatus) {
    super(meetingId, save, { debounceMs: 0, send: sendCommand, resyncWords: 'the review now shows what is saved' });
  }

  protected publish(): void {
    this.meeting = this.model;
  }

  /** The meeting, its committee and the review status (comments, seal) from the service. */
  override async load(): Promise<void> {
    const s = await call('review:status', { meetingId: this.meetingId });
    if (!s.ok) return this.failLoad(s.error);
    await super.load();
    if (this.phase === 'ready') this.status = s.value;
  }

  /** The service's words when it refused a step, by the scope of the control that asked. */
  refusal(scope: Scope): string | undefined {
    return this.refusalAt(scope)?.message;
  }

  clearRefusal(scope: Scope): void {
    this.clearError(scope);
  }

  private setBusy(scope: Scope, on: boolean): void {
    if (on) this.busy = { ...this.busy, [scope]: true };
    else {
      const { [scope]: _gone, ...rest } = this.busy;
      this.busy = rest;
    }
  }

  /**
   * A meeting command: checked here through the pipeline first (a refusal is shown at once, and
   * nothing is sent), then sent through the queue; refusals are kept under `scope`. Reloads
   * either way, for the status (comments, seal) only the service computes.
   */
  async command(
    scope: Scope,
    name: MeetingCommandName,
    input: Record<string, unknown>,
    opts: { based?: boolean } = {},
  ): Promise<boolean> {
    const current = this.model;
    if (!current) return false;
    this.clearRefusal(scope);
    const tried = this.attempt(name, input as never, scope);
    if (typeof tried === 'string') return false;
    this.setBusy(scope, true);
    try {
      const payload = { ...input, ...(opts.based ? { baseRevision: current.revision } : {}) };
      const r = await this.save.command(this.meetingId, () =>
        this.queue.push(name, { ...payload, meetingId: this.meetingId }),
      );
      if (!r.ok) this.setError(scope, r.error.field, r.error.message);
      await this.load();
      return r.ok;
    } finally {
      this.setBusy(scope, false);
    }
  }

  /** A channel that is not a meeting command (it answers once written); refusals kept under `scope`. */
  async write<T>(
    scope: Scope,
    op: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>,
  ): Promise<T | null> {
    this.clearRefusal(scope);
    this.setBusy(scope, true);
    try {
      const r = await this.save.write(op);
      if (!r.ok) {
        this.setError(scope, r.error.field, r.error.message);
        return null;
      }
      return r.value;
    } finally {
      this.setBusy(scope, false);
    }
  }

  send(by: string) {
    return this.command('send', 'review:send', { by });
  }

  comment(scope: Scope, target: CommentTarget, author: string, text: string) {
    return this.command(scope, 'review:comment', { commentId: newId(), ...target, author, text });
  }

  suggest(scope: Scope, paragraphId: string, author: string, suggestion: Inline[], note: string) {
    return this.command(
      scope,
      'review:suggest',
      { commentId: newId(), paragraphId, author, suggestion, text: note },
      { based: true },
    );
  }

  /** A suggested edit of a resolution's clauses or an action's owners, one to a line. */
  suggestList(scope: Scope, kind: 'resolution' | 'action', id: string, author: string, lines: string[], note: string) {
    return this.command(
      scope,
      'review:suggestList',
      { commentId: newId(), kind, id, author, lines, text: note },
      { based: true },
    );
  }

  decide(commentId: string, decision: 'accepted' | 'rejected', by: string) {
    return this.command(`decide:${commentId}`, 'review:decide', { commentId, decision, by });
  }

  /** Based on the revision on screen: the Chair approves what they read, not a later edit. */
  approve(by: string, confirmMarkers: boolean, approvedAs?: ApproverCapacity) {
    return this.command(
      'approve',
      'review:approve',
      { by, confirmMarkers, ...(approvedAs ? { approvedAs } : {}) },
      { based: true },
    );
  }

  edit(scope: Scope, paragraphId: string, content: Inline[]) {
    return this.command(scope, 'notes:updateParagraph', { paragraphId, content }, { based: true });
  }

  amend(scope: Scope, paragraphId: string, content: Inline[], by: string, why: string) {
    return this.command(
      scope,
      'minutes:amend',
      { by, why, command: { name: 'notes:updateParagraph', input: { paragraphId, content } } },
      { based: true },
    );
  }

  /** Another edit of the minutes' content before review (a resolution's clauses, an action's owners). */
  editBy(scope: Scope, edit: ListEdit) {
    return this.command(scope, edit.name, edit.input, { based: true });
  }

  /** An amendment of the approved minutes carrying any content command (a list, the times, attendance). */
  amendBy(scope: Scope, edit: { name: string; input: Record<string, unknown> }, by: string, why: string) {
    return this.command(scope, 'minutes:amend', { by, why, command: edit }, { based: true });
  }

  /** A work programme item asked for by a resolution or an action of these minutes (the committee's programme changes, not the minutes). */
  addToProgramme(
    scope: Scope,
    from: { actionId: string } | { resolutionId: string },
    title: string,
    meetingDate: string | null,
  ) {
    return this.write(scope, () =>
      call('workProgramme:addFromMeeting', {
        meetingId: this.meetingId,
        ...from,
        title,
        ...(meetingDate ? { meetingDate } : {}),
      }),
    );
  }
}

function groupComments(comments: readonly ReviewComment[]): Record<string, ReviewComment[]> {
  const out: Record<string, ReviewComment[]> = {};
  for (const c of comments) {
    const key = c.paragraphId ? `para:${c.paragraphId}` : (c.blockRef ?? '');
    (out[key] ??= []).push(c);
  }
  return out;
}
