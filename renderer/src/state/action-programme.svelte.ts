// The work programme as the action log sees it: the meetings an action can be put on, the items
// actions have already asked for, and adding one from an action (workProgramme:addFromMeeting).
import type { ApiError, Result } from '$shared/api';
import type { WorkProgrammeItem, WorkProgrammeView } from '$shared/planning/work-programme';
import { call } from '../lib/api';
import type { SaveStatus } from './save-status.svelte';

export class ActionProgrammeState {
  view = $state.raw<WorkProgrammeView | null>(null);
  /** Why the work programme could not be read (the action log is still usable without it). */
  error = $state<ApiError | null>(null);
  /** The service's refusals, by action log entry. */
  errors = $state.raw<Record<string, ApiError>>({});
  /** The entry whose item is being added, if any. */
  busy = $state<string | null>(null);

  constructor(
    readonly committeeId: string,
    private readonly save: SaveStatus,
  ) {}

  async load(): Promise<void> {
    const r = await call('workProgramme:get', { committeeId: this.committeeId });
    if (r.ok) {
      this.view = r.value;
      this.error = null;
    } else this.error = r.error;
  }

  /** The programme's future meetings, by date. */
  get dates(): string[] {
    return this.view?.meetings.map((m) => m.date) ?? [];
  }

  /** The items an action has asked for, in the programme's order. */
  itemsFrom(meetingId: string, actionId: string): WorkProgrammeItem[] {
    const v = this.view;
    if (!v) return [];
    return [...v.meetings.flatMap((m) => m.items), ...v.unallocated].filter(
      (i) => i.source?.meetingId === meetingId && i.source.actionId === actionId,
    );
  }

  /** Adds an item from the action (the service writes its summary from the action's words); reloads whatever the answer. */
  async add(
    entryId: string,
    input: { meetingId: string; actionId: string; title: string; meetingDate: string | null },
  ): Promise<Result<WorkProgrammeItem>> {
    this.busy = entryId;
    const { [entryId]: _old, ...rest } = this.errors;
    this.errors = rest;
    try {
      const title = input.title.trim();
      const r = await this.save.write(() =>
        call('workProgramme:addFromMeeting', {
          meetingId: input.meetingId,
          actionId: input.actionId,
          ...(title ? { title } : {}),
          ...(input.meetingDate ? { meetingDate: input.meetingDate } : {}),
        }),
      );
      if (!r.ok) this.errors = { ...this.errors, [entryId]: r.error };
      await this.load();
      return r;
    } finally {
      this.busy = null;
    }
  }
}
