// A committee's work programme: future meetings with their report deadlines and items, and the
// items not yet allocated.
import type { ChannelInput, ChannelName, Result } from '$shared/api';
import type { WorkProgrammeView } from '$shared/planning/work-programme';
import { call } from '../lib/api';
import { CommitteeRecordState } from './committee-record.svelte';

type ProgrammeChannel = Exclude<
  Extract<ChannelName, `workProgramme:${string}`>,
  'workProgramme:get' | 'workProgramme:addFromMeeting'
>;

export class WorkProgrammeState extends CommitteeRecordState<WorkProgrammeView> {
  get view(): WorkProgrammeView | null {
    return this.record;
  }

  protected read(): Promise<Result<WorkProgrammeView>> {
    return call('workProgramme:get', { committeeId: this.committeeId });
  }

  /** A change of the programme; `input` without committeeId and baseRevision, which are added here. */
  change<C extends ProgrammeChannel>(
    scope: string,
    channel: C,
    input: Omit<ChannelInput<C>, 'committeeId' | 'baseRevision'>,
  ): Promise<boolean> {
    return this.submit(scope, (base) =>
      call(channel, { ...input, committeeId: this.committeeId, ...base } as ChannelInput<C>),
    );
  }
}
