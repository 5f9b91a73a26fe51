// The committee on the setup screen. Every change is one API call that answers once
// committees.json is on disk (through the shell's SaveStatus, so "Saved" is honest), and the
// screen then shows the committee as the store returned it.
import type { ApiError, ChannelInput, MeetingSummary, Result } from '$shared/api';
import type { Committee, Person } from '$shared/domain';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

type Patch = ChannelInput<'committees:update'>['patch'];
type Settings = ChannelInput<'committees:setSettings'>['settings'];
type StandardItems = ChannelInput<'committees:setStandardItems'>['standardItems'];
type PersonInput = ChannelInput<'people:save'>['person'];
type SeatInput = ChannelInput<'people:save'>['membership'];

export class CommitteeSetup {
  committee = $state.raw<Committee | null>(null);
  meetings = $state.raw<MeetingSummary[]>([]);
  loadError = $state<ApiError | null>(null);
  loaded = $state(false);

  constructor(
    readonly committeeId: string,
    private readonly save: SaveStatus,
  ) {}

  async load(): Promise<void> {
    const [c, m] = await Promise.all([
      call('committees:get', { committeeId: this.committeeId }),
      call('meetings:list', { committeeId: this.committeeId }),
    ]);
    this.loaded = true;
    if (!c.ok) {
      this.loadError = c.error;
      return;
    }
    this.committee = c.value;
    if (m.ok) this.meetings = m.value;
  }

  /** Runs a write that answers the committee, and shows what it answered. */
  private async write(op: () => Promise<Result<Committee>>): Promise<ApiError | null> {
    const r = await this.save.write(op);
    if (!r.ok) return r.error;
    this.committee = r.value;
    return null;
  }

  /** A write that answers something else: the committee is read again after it. */
  private async writeThenReload<T>(op: () => Promise<Result<T>>): Promise<Result<T>> {
    const r = await this.save.write(op);
    if (r.ok) {
      const c = await call('committees:get', { committeeId: this.committeeId });
      if (c.ok) this.committee = c.value;
    }
    return r;
  }

  update(patch: Patch): Promise<ApiError | null> {
    return this.write(() => call('committees:update', { committeeId: this.committeeId, patch }));
  }

  setSettings(settings: Settings): Promise<ApiError | null> {
    return this.write(() => call('committees:setSettings', { committeeId: this.committeeId, settings }));
  }

  setStandardItems(standardItems: StandardItems): Promise<ApiError | null> {
    return this.write(() => call('committees:setStandardItems', { committeeId: this.committeeId, standardItems }));
  }

  /** Saves a person; `seat` edits their latest seat in place (undefined leaves it, null removes it). */
  async savePerson(person: PersonInput, seat?: SeatInput): Promise<Result<Person>> {
    return this.writeThenReload(() =>
      call('people:save', {
        committeeId: this.committeeId,
        person,
        ...(seat !== undefined ? { membership: seat } : {}),
      }),
    );
  }

  async deletePerson(personId: string): Promise<ApiError | null> {
    const r = await this.writeThenReload(() => call('people:delete', { committeeId: this.committeeId, personId }));
    return r.ok ? null : r.error;
  }

  /** A new dated seat (a role change, a return); the person's open seat ends the day before. */
  addSeat(personId: string, role: 'member' | 'chair' | 'vice-chair', from: string): Promise<ApiError | null> {
    return this.write(() => call('memberships:add', { committeeId: this.committeeId, personId, role, from }));
  }

  /** Ends a seat: `to` is its last day. Past meetings keep listing the person. */
  endSeat(membershipId: string, to: string): Promise<ApiError | null> {
    return this.write(() => call('memberships:end', { committeeId: this.committeeId, membershipId, to }));
  }
}
