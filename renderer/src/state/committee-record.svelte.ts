// A committee's record kept page by page (its action log, its work programme): the committee, the
// record with its revision, and the service's refusals by the control that asked. Every change is
// based on the revision on screen, so two windows cannot silently overwrite each other.
import type { ApiError, Result } from '$shared/api';
import type { Committee } from '$shared/domain';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

export abstract class CommitteeRecordState<R extends { revision: number }> {
  committee = $state.raw<Committee | null>(null);
  record = $state.raw<R | null>(null);
  error = $state<ApiError | null>(null);
  /** The service's refusals of changes (with the field they name), by the scope of the control that asked. */
  errors = $state.raw<Record<string, ApiError>>({});
  /** The scope of the change being saved, if any. */
  busy = $state<string | null>(null);

  constructor(
    readonly committeeId: string,
    private readonly save: SaveStatus,
  ) {}

  /** Reads the record from the service. */
  protected abstract read(): Promise<Result<R>>;

  async load(): Promise<void> {
    const [c, r] = await Promise.all([call('committees:get', { committeeId: this.committeeId }), this.read()]);
    if (!c.ok) return void (this.error = c.error);
    if (!r.ok) return void (this.error = r.error);
    this.error = null;
    this.committee = c.value;
    this.record = r.value;
  }

  /** Sends one change, given the revision on screen; reloads whatever the answer, and says if it was taken. */
  protected async submit(
    scope: string,
    send: (baseRevision: { baseRevision?: number }) => Promise<Result<unknown>>,
  ): Promise<boolean> {
    const base = this.record?.revision;
    this.busy = scope;
    const { [scope]: _old, ...rest } = this.errors;
    this.errors = rest;
    try {
      const r = await this.save.write(() => send(base !== undefined ? { baseRevision: base } : {}));
      if (!r.ok) this.errors = { ...this.errors, [scope]: r.error };
      await this.load();
      return r.ok;
    } finally {
      this.busy = null;
    }
  }
}
