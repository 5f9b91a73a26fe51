// A committee's work programme: future meetings with their report deadlines and items, and the
// items not yet allocated. Each change is based on the revision on screen.
import type { ApiError, ChannelInput, ChannelName, ChannelOutput, Result } from '../../../shared/api';
import type { Committee } from '../../../shared/domain';
import type { WorkProgrammeView } from '../../../shared/planning/work-programme';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

type ProgrammeChannel = Exclude<Extract<ChannelName, `workProgramme:${string}`>, 'workProgramme:get' | 'workProgramme:addFromMeeting'>;

export class WorkProgrammeState {
  committee = $state.raw<Committee | null>(null);
  view = $state.raw<WorkProgrammeView | null>(null);
  error = $state<ApiError | null>(null);
  /** The service's words when it refused a change, by the scope of the control that asked. */
  refusals = $state.raw<Record<string, string>>({});
  busy = $state<string | null>(null);

  constructor(
    readonly committeeId: string,
    private readonly save: SaveStatus,
  ) {}

  async load(): Promise<void> {
    const [c, v] = await Promise.all([call('committees:get', { committeeId: this.committeeId }), call('workProgramme:get', { committeeId: this.committeeId })]);
    if (!c.ok) return void (this.error = c.error);
    if (!v.ok) return void (this.error = v.error);
    this.error = null;
    this.committee = c.value;
    this.view = v.value;
  }

  /** A change of the programme; `input` without committeeId and baseRevision, which are added here. */
  async change<C extends ProgrammeChannel>(scope: string, channel: C, input: Omit<ChannelInput<C>, 'committeeId' | 'baseRevision'>): Promise<boolean> {
    const base = this.view?.revision;
    this.busy = scope;
    const { [scope]: _old, ...rest } = this.refusals;
    this.refusals = rest;
    try {
      const payload = { ...input, committeeId: this.committeeId, ...(base !== undefined ? { baseRevision: base } : {}) } as ChannelInput<C>;
      const r: Result<ChannelOutput<C>> = await this.save.write(() => call(channel, payload));
      if (!r.ok) this.refusals = { ...this.refusals, [scope]: r.error.message };
      await this.load();
      return r.ok;
    } finally {
      this.busy = null;
    }
  }
}
