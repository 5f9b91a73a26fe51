// A committee's action log: open actions carried forward from each meeting, their status and
// dated update notes. Every update is based on the revision on screen, so two windows cannot
// silently overwrite each other.
import type { ActionLogView, ApiError } from '../../../shared/api';
import type { ActionStatus, Committee } from '../../../shared/domain';
import type { ActionLogPatch } from '../../../shared/planning/action-log';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

export class ActionLogState {
  committee = $state.raw<Committee | null>(null);
  log = $state.raw<ActionLogView | null>(null);
  error = $state<ApiError | null>(null);
  /** The service's words when it refused an update, by entry id. */
  refusals = $state.raw<Record<string, string>>({});
  busy = $state<string | null>(null);

  constructor(
    readonly committeeId: string,
    private readonly save: SaveStatus,
  ) {}

  async load(): Promise<void> {
    const [c, l] = await Promise.all([call('committees:get', { committeeId: this.committeeId }), call('actionLog:list', { committeeId: this.committeeId })]);
    if (!c.ok) return void (this.error = c.error);
    if (!l.ok) return void (this.error = l.error);
    this.error = null;
    this.committee = c.value;
    this.log = l.value;
  }

  async update(entryId: string, change: { status?: ActionStatus; note?: string; by: string }): Promise<boolean> {
    const base = this.log?.revision;
    const patch: ActionLogPatch = change.status ? { status: change.status } : {};
    this.busy = entryId;
    const { [entryId]: _old, ...rest } = this.refusals;
    this.refusals = rest;
    try {
      const r = await this.save.write(() =>
        call('actionLog:update', { committeeId: this.committeeId, entryId, patch, ...(change.note?.trim() ? { note: change.note.trim() } : {}), by: change.by, ...(base !== undefined ? { baseRevision: base } : {}) }),
      );
      if (!r.ok) this.refusals = { ...this.refusals, [entryId]: r.error.message };
      await this.load();
      return r.ok;
    } finally {
      this.busy = null;
    }
  }
}
