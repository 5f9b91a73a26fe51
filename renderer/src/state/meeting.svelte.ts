import type { ApiError, ChannelInput, CommandAck, Result } from '$shared/api';
import type { Committee, Meeting } from '$shared/domain';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

type DetailsPatch = ChannelInput<'meeting:updateDetails'>['patch'];

/** The meeting open on screen, with its committee (for the names of the people in its notes). */
export class MeetingState {
  meeting = $state.raw<Meeting | null>(null);
  committee = $state.raw<Committee | null>(null);
  error = $state<ApiError | null>(null);
  private wanted = '';

  constructor(
    private readonly save: SaveStatus,
    private readonly onDamage: () => void,
  ) {}

  async load(meetingId: string): Promise<void> {
    this.wanted = meetingId;
    if (this.meeting?.id !== meetingId) {
      this.meeting = null;
      this.committee = null;
    }
    this.error = null;
    const m = await call('meetings:get', { meetingId });
    if (this.wanted !== meetingId) return;
    if (!m.ok) {
      if (m.error.code === 'DAMAGED_FILE') this.onDamage();
      this.error = m.error;
      this.meeting = null;
      return;
    }
    const c = await call('committees:get', { committeeId: m.value.committeeId });
    if (this.wanted !== meetingId) return;
    if (!c.ok) {
      this.error = c.error;
      return;
    }
    this.meeting = m.value;
    this.committee = c.value;
  }

  /** Date, time and venue: a meeting command, so the answer says whether it is on disk. */
  async updateDetails(patch: DetailsPatch): Promise<Result<CommandAck>> {
    const current = this.meeting;
    if (!current) return { ok: false, error: { code: 'NOT_LOADED', message: 'The meeting is not open' } };
    const r = await this.save.command(current.id, () =>
      call('meeting:updateDetails', { meetingId: current.id, baseRevision: current.revision, patch }),
    );
    // Reload either way: after a conflict the screen shows what the store holds now.
    if (this.wanted === current.id) await this.load(current.id);
    return r;
  }

  async remove(): Promise<Result<{ deleted: true }>> {
    const current = this.meeting;
    if (!current) return { ok: false, error: { code: 'NOT_LOADED', message: 'The meeting is not open' } };
    const r = await this.save.write(() => call('meetings:delete', { meetingId: current.id }));
    if (r.ok) this.meeting = null;
    return r;
  }
}
