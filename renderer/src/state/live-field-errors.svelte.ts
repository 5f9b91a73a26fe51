// The live console's refusals, by scope (a field, a row, a dialog): the message shown there, and
// the edit that was refused, so the message can go once the meeting no longer refuses it.
import type { MeetingCommandName } from '$shared/commands';
import type { FieldError } from '../lib/live-types';

export interface RefusedEdit {
  name: MeetingCommandName;
  input: unknown;
  code: string;
}

export class FieldErrors {
  all = $state.raw<Record<string, FieldError>>({});
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping behind `all`, not state on screen
  private refused = new Map<string, RefusedEdit>();

  set(scope: string, field: string | undefined, message: string): void {
    this.refused.delete(scope);
    this.all = { ...this.all, [scope]: { field, message } };
  }

  /** A refusal of an edit: its message, and the edit, tried again by `recheck`. */
  refuse(scope: string, field: string | undefined, message: string, edit: RefusedEdit): void {
    this.set(scope, field, message);
    this.refused.set(scope, edit);
  }

  clear(scope: string): void {
    this.refused.delete(scope);
    if (!(scope in this.all)) return;
    const next = { ...this.all };
    delete next[scope];
    this.all = next;
  }

  /** After the meeting changed: a refusal whose edit is no longer refused for its reason goes. `codeOf` answers the code it is refused with now, or null. */
  recheck(codeOf: (edit: RefusedEdit) => string | null): void {
    for (const [scope, edit] of this.refused) if (codeOf(edit) !== edit.code) this.clear(scope);
  }
}
