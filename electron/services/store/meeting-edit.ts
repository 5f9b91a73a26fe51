// What one command makes of a meeting in the store: refused for a tampered meeting or a stale
// base revision, applied through the one edit pipeline with the time and the committee's roster,
// and, when it changes anything, the next revision stamped with the time of the edit.
import type { Committee, Meeting } from '$shared/domain';
import { applyMeetingCommand, type MeetingCommandName } from '$shared/commands';
import { nowInLondon } from '$shared/format/en-gb';
import { StoreError } from './store-error';

export interface MeetingEdit {
  name: MeetingCommandName;
  input: unknown;
  baseRevision?: number | undefined;
}

export interface EditContext {
  at: Date;
  /** The file's seal does not match: shown read-only. */
  tampered: boolean;
  /** The meeting's committee, or why it is not at hand (in words naming the file). */
  roster: { committee: Committee } | { rosterUnreadable: string };
}

/** The next revision of `current`, or `current` itself when the command changes nothing; a refusal throws a StoreError. */
export function editMeeting(current: Meeting, edit: MeetingEdit, ctx: EditContext): Meeting {
  if (ctx.tampered)
    throw new StoreError(
      'TAMPERED',
      'This meeting was changed outside Scrutineer after approval, so it is shown read-only; restore a backup or open a good copy of its file',
    );
  if (edit.baseRevision !== undefined && edit.baseRevision !== current.revision) {
    throw new StoreError(
      'CONFLICT',
      `The meeting has changed since (revision ${current.revision}, your edit was based on ${edit.baseRevision}); reload it`,
    );
  }
  const applied = applyMeetingCommand(current, edit.name, edit.input, {
    now: nowInLondon(ctx.at),
    timestamp: ctx.at.toISOString(),
    ...ctx.roster,
  });
  if (!applied.ok) throw new StoreError(applied.refusal.code, applied.refusal.message, applied.refusal.field);
  if (applied.meeting === current) return current;
  return { ...applied.meeting, revision: current.revision + 1, updatedAt: ctx.at.toISOString() };
}
