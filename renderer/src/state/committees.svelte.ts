import type { ApiError, ChannelInput, CommitteeSummary, MeetingSummary, Result } from '$shared/api';
import type { Committee, Person } from '$shared/domain';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

/** The committees list, and the committee open on screen with its meetings. */
export class CommitteesState {
  list = $state.raw<CommitteeSummary[]>([]);
  listLoaded = $state(false);
  listError = $state<ApiError | null>(null);

  current = $state.raw<Committee | null>(null);
  meetings = $state.raw<MeetingSummary[]>([]);
  currentError = $state<ApiError | null>(null);
  /** Which committee the screen asked for last, so a slow answer for another is ignored. */
  private wanted = '';

  constructor(
    private readonly save: SaveStatus,
    private readonly onDamage: () => void,
  ) {}

  private noteDamage<T>(r: Result<T>): Result<T> {
    if (!r.ok && r.error.code === 'DAMAGED_FILE') this.onDamage();
    return r;
  }

  async loadList(): Promise<void> {
    const r = await call('committees:list', {});
    this.listLoaded = true;
    if (r.ok) {
      this.list = r.value;
      this.listError = null;
    } else this.listError = r.error;
  }

  async open(committeeId: string): Promise<void> {
    this.wanted = committeeId;
    if (this.current?.id !== committeeId) {
      this.current = null;
      this.meetings = [];
    }
    this.currentError = null;
    const [c, m] = await Promise.all([call('committees:get', { committeeId }), call('meetings:list', { committeeId })]);
    if (this.wanted !== committeeId) return;
    if (!c.ok) {
      this.currentError = this.noteDamage(c).ok ? null : c.error;
      this.current = null;
      return;
    }
    this.current = c.value;
    if (m.ok) this.meetings = m.value;
    else this.currentError = m.error;
  }

  async create(input: ChannelInput<'committees:create'>): Promise<Result<Committee>> {
    const r = this.noteDamage(await this.save.write(() => call('committees:create', input)));
    if (r.ok) await this.loadList();
    return r;
  }

  async update(committeeId: string, patch: ChannelInput<'committees:update'>['patch']): Promise<Result<Committee>> {
    const r = this.noteDamage(await this.save.write(() => call('committees:update', { committeeId, patch })));
    if (r.ok && this.current?.id === committeeId) this.current = r.value;
    return r;
  }

  async remove(committeeId: string, withMeetings: boolean): Promise<Result<{ deletedMeetings: number }>> {
    const r = this.noteDamage(await this.save.write(() => call('committees:delete', { committeeId, withMeetings })));
    if (r.ok) {
      if (this.current?.id === committeeId) this.current = null;
      await this.loadList();
    }
    return r;
  }

  async savePerson(input: ChannelInput<'people:save'>): Promise<Result<Person>> {
    const r = this.noteDamage(await this.save.write(() => call('people:save', input)));
    if (r.ok) await this.reloadCurrent(input.committeeId);
    return r;
  }

  async deletePerson(committeeId: string, personId: string): Promise<Result<{ deleted: true }>> {
    const r = this.noteDamage(await this.save.write(() => call('people:delete', { committeeId, personId })));
    if (r.ok) await this.reloadCurrent(committeeId);
    return r;
  }

  async createMeeting(input: ChannelInput<'meetings:create'>): Promise<Result<{ id: string }>> {
    const r = this.noteDamage(await this.save.write(() => call('meetings:create', input)));
    if (r.ok) await this.reloadCurrent(input.committeeId);
    return r.ok ? { ok: true, value: { id: r.value.id } } : r;
  }

  async deleteMeeting(committeeId: string, meetingId: string): Promise<Result<{ deleted: true }>> {
    const r = this.noteDamage(await this.save.write(() => call('meetings:delete', { meetingId })));
    if (r.ok) await this.reloadCurrent(committeeId);
    return r;
  }

  private async reloadCurrent(committeeId: string): Promise<void> {
    if (this.wanted === committeeId) await this.open(committeeId);
  }
}
