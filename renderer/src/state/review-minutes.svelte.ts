// The draft minutes of one meeting, composed here from the meeting and its committee (composing
// is pure), and kept up to date: the meeting's revision is watched while the screen is open.
import type { ApiError, MeetingSummary, SealState } from '$shared/api';
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes, hasConfidentialItems, type MinutesOutline } from '$shared/minutes';
import { committeeAsApproved } from '$shared/review';
import { call } from '../lib/api';

export class MinutesDraft {
  meeting = $state.raw<Meeting | null>(null);
  committee = $state.raw<Committee | null>(null);
  error = $state<ApiError | null>(null);
  /** Approved minutes keep the names as frozen at approval. */
  outline = $derived<MinutesOutline | null>(
    this.meeting && this.committee
      ? composeMinutes(this.meeting, committeeAsApproved(this.meeting, this.committee))
      : null,
  );
  hasAnnex = $derived(this.meeting ? hasConfidentialItems(this.meeting) : false);
  /** The meeting whose minutes this one's item "Minutes" confirms, when it is here. */
  previous = $state.raw<MeetingSummary | null>(null);
  /** The approval seal: a broken one (edited outside the app) is shown on this screen too. */
  seal = $state.raw<SealState>({ state: 'draft' });
  private timer: ReturnType<typeof setInterval> | null = null;
  private checking = false;

  constructor(readonly meetingId: string) {}

  async load(): Promise<void> {
    const m = await call('meetings:get', { meetingId: this.meetingId });
    if (!m.ok) {
      this.error = m.error;
      return;
    }
    if (
      !this.committee ||
      this.committee.id !== m.value.committeeId ||
      this.meeting?.committeeId !== m.value.committeeId
    ) {
      const c = await call('committees:get', { committeeId: m.value.committeeId });
      if (!c.ok) {
        this.error = c.error;
        return;
      }
      this.committee = c.value;
    }
    this.error = null;
    this.meeting = m.value;
    await Promise.all([this.findPrevious(m.value), this.readSeal()]);
  }

  private async readSeal(): Promise<void> {
    const r = await call('review:status', { meetingId: this.meetingId });
    if (r.ok) this.seal = r.value.seal;
  }

  private async findPrevious(m: Meeting): Promise<void> {
    if (!m.previousMeetingId && !m.previousMeetingDate) return void (this.previous = null);
    const list = await call('meetings:list', { committeeId: m.committeeId });
    if (!list.ok) return;
    this.previous =
      list.value.find((s) => s.id === m.previousMeetingId) ??
      list.value.find((s) => s.id !== m.id && s.date === m.previousMeetingDate) ??
      null;
  }

  async reloadCommittee(): Promise<void> {
    if (!this.meeting) return;
    const c = await call('committees:get', { committeeId: this.meeting.committeeId });
    if (c.ok) this.committee = c.value;
  }

  /** Follows edits made elsewhere (the live console in another window): reloads when the revision moves. */
  watch(everyMs = 2000): () => void {
    const tick = () => void this.checkRevision();
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') tick();
    }, everyMs);
    window.addEventListener('focus', tick);
    return () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      window.removeEventListener('focus', tick);
    };
  }

  private async checkRevision(): Promise<void> {
    const current = this.meeting;
    if (!current || this.checking) return;
    this.checking = true;
    try {
      const list = await call('meetings:list', { committeeId: current.committeeId });
      if (!list.ok) return;
      const summary = list.value.find((s) => s.id === current.id);
      if (summary && summary.revision !== this.meeting?.revision) await this.load();
    } finally {
      this.checking = false;
    }
  }
}
