// Review and sign-off of one meeting's minutes: the review status from the service, the meeting
// and its committee (the preview is composed here), and every review step as a meeting command
// sent through the EditQueue, in order, with "Saved" shown only once the store has it on disk.
import type { ApiError, ChannelName, ReviewStatus } from '../../../shared/api';
import type { Committee, Inline, Meeting, ReviewComment } from '../../../shared/domain';
import { newId } from '../../../shared/domain';
import { EditQueue } from '../../../shared/client/edit-queue';
import { composeMinutes, type MinutesOutline } from '../../../shared/minutes';
import { committeeAsApproved } from '../../../shared/review';
import { call } from '../lib/api';
import { sendCommand } from '../lib/live-transport';
import type { SaveStatus } from './save-status.svelte';

/** Where a refusal is shown: "send", "approve", "comment:<block key>", "decide:<comment id>", ... */
export type Scope = string;

export type CommentTarget = { paragraphId: string } | { blockRef: string };

/** A review edit of a resolution's clauses or an action's owners, as the command that makes it. */
export type ListEdit = { name: 'resolutions:set' | 'actions:update'; input: Record<string, unknown> };

export class ReviewSession {
  meeting = $state.raw<Meeting | null>(null);
  committee = $state.raw<Committee | null>(null);
  status = $state.raw<ReviewStatus | null>(null);
  loadError = $state<ApiError | null>(null);
  /** The service's words when it refused a step, by the scope of the control that asked. */
  refusals = $state.raw<Record<Scope, string>>({});
  /** Scopes whose step is being sent. */
  busy = $state.raw<Record<Scope, true>>({});
  outline = $derived<MinutesOutline | null>(this.meeting && this.committee ? composeMinutes(this.meeting, committeeAsApproved(this.meeting, this.committee)) : null);
  /** Comments by where they sit in the minutes: a paragraph's block key, or the block they name. */
  commentsByBlock = $derived(groupComments(this.status?.comments ?? []));

  private readonly queue = new EditQueue(sendCommand, { debounceMs: 0 });

  constructor(
    readonly meetingId: string,
    private readonly save: SaveStatus,
  ) {}

  async load(): Promise<void> {
    const [m, s] = await Promise.all([call('meetings:get', { meetingId: this.meetingId }), call('review:status', { meetingId: this.meetingId })]);
    if (!m.ok) return void (this.loadError = m.error);
    if (!s.ok) return void (this.loadError = s.error);
    if (this.committee?.id !== m.value.committeeId) {
      const c = await call('committees:get', { committeeId: m.value.committeeId });
      if (!c.ok) return void (this.loadError = c.error);
      this.committee = c.value;
    }
    this.loadError = null;
    this.meeting = m.value;
    this.status = s.value;
  }

  refusal(scope: Scope): string | undefined {
    return this.refusals[scope];
  }

  clearRefusal(scope: Scope): void {
    if (!(scope in this.refusals)) return;
    const { [scope]: _gone, ...rest } = this.refusals;
    this.refusals = rest;
  }

  private refuse(scope: Scope, message: string): void {
    this.refusals = { ...this.refusals, [scope]: message };
  }

  private setBusy(scope: Scope, on: boolean): void {
    if (on) this.busy = { ...this.busy, [scope]: true };
    else {
      const { [scope]: _gone, ...rest } = this.busy;
      this.busy = rest;
    }
  }

  /** A meeting command through the queue; refusals are kept under `scope`. Reloads either way. */
  async command(scope: Scope, channel: ChannelName, input: Record<string, unknown>, opts: { based?: boolean } = {}): Promise<boolean> {
    const current = this.meeting;
    if (!current) return false;
    this.clearRefusal(scope);
    this.setBusy(scope, true);
    try {
      const payload = { ...input, meetingId: current.id, ...(opts.based ? { baseRevision: current.revision } : {}) };
      const r = await this.save.command(current.id, () => this.queue.push(channel, payload));
      if (!r.ok) this.refuse(scope, r.error.message);
      await this.load();
      return r.ok;
    } finally {
      this.setBusy(scope, false);
    }
  }

  /** A channel that is not a meeting command (it answers once written); refusals kept under `scope`. */
  async write<T>(scope: Scope, op: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>): Promise<T | null> {
    this.clearRefusal(scope);
    this.setBusy(scope, true);
    try {
      const r = await this.save.write(op);
      if (!r.ok) {
        this.refuse(scope, r.error.message);
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
    return this.command(scope, 'review:suggest', { commentId: newId(), paragraphId, author, suggestion, text: note }, { based: true });
  }

  /** A suggested edit of a resolution's clauses or an action's owners, one to a line. */
  suggestList(scope: Scope, kind: 'resolution' | 'action', id: string, author: string, lines: string[], note: string) {
    return this.command(scope, 'review:suggestList', { commentId: newId(), kind, id, author, lines, text: note }, { based: true });
  }

  decide(commentId: string, decision: 'accepted' | 'rejected', by: string) {
    return this.command(`decide:${commentId}`, 'review:decide', { commentId, decision, by });
  }

  /** Based on the revision on screen: the Chair approves what they read, not a later edit. */
  approve(by: string, confirmMarkers: boolean) {
    return this.command('approve', 'review:approve', { by, confirmMarkers }, { based: true });
  }

  edit(scope: Scope, paragraphId: string, content: Inline[]) {
    return this.command(scope, 'notes:updateParagraph', { paragraphId, content }, { based: true });
  }

  amend(scope: Scope, paragraphId: string, content: Inline[], by: string, why: string) {
    return this.command(scope, 'minutes:amend', { by, why, command: { name: 'notes:updateParagraph', input: { paragraphId, content } } }, { based: true });
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
  addToProgramme(scope: Scope, from: { actionId: string } | { resolutionId: string }, title: string, meetingDate: string | null) {
    return this.write(scope, () => call('workProgramme:addFromMeeting', { meetingId: this.meetingId, ...from, title, ...(meetingDate ? { meetingDate } : {}) }));
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
