// A committee's action log: open actions carried forward from each meeting, their status and
// dated update notes. Updates are refused by entry id when the service says no.
import type { ActionLogView, Result } from '$shared/api';
import type { ActionStatus } from '$shared/domain';
import type { ActionLogPatch } from '$shared/planning/action-log';
import { call } from '../lib/api';
import { CommitteeRecordState } from './committee-record.svelte';

export class ActionLogState extends CommitteeRecordState<ActionLogView> {
  get log(): ActionLogView | null {
    return this.record;
  }

  protected read(): Promise<Result<ActionLogView>> {
    return call('actionLog:list', { committeeId: this.committeeId });
  }

  update(entryId: string, change: { status?: ActionStatus; note?: string; by: string }): Promise<boolean> {
    const patch: ActionLogPatch = change.status ? { status: change.status } : {};
    const note = change.note?.trim();
    return this.submit(entryId, (base) =>
      call('actionLog:update', {
        committeeId: this.committeeId,
        entryId,
        patch,
        ...(note ? { note } : {}),
        by: change.by,
        ...base,
      }),
    );
  }
}
