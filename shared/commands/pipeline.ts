// The one way an edit reaches a meeting, wherever it runs: the store (authoritative), the
// renderer's optimistic apply, undo and redo, imports and every test helper. Each step here was
// once assembled by hand in four places, and the copies drifted apart.
import { checkMeetingIntegrity, personReferences, type Meeting } from '../domain';
import { deepEqual } from '../rules/deep-equal';
import { editAllowed } from '../review/edit-rule';
import { CommandError, refusalOf, type CommandContext, type Refusal } from './define';
import { commandDef, type MeetingCommandName } from './registry';

export type Applied = { ok: true; meeting: Meeting } | { ok: false; refusal: Refusal };

const refuse = (code: string, message: string, field?: string): Applied => ({
  ok: false,
  refusal: field ? { code, message, field } : { code, message },
});

/**
 * Applies one command: (1) the edit rule of the meeting's state (editAllowed: approved minutes
 * take only amendments), (2) the input schema, (3) the command with its own rules, (4) its live
 * check (times, presence, votes) once on the result, (5) the integrity check (no reference left
 * to a person, item or paragraph that is not there; while the roster cannot be read, no new
 * reference to any person at all, and every check that needs no roster still runs). An edit
 * that changes nothing answers the meeting it was given, so callers can tell by identity.
 */
export function applyMeetingCommand(
  meeting: Meeting,
  name: MeetingCommandName | string,
  input: unknown,
  ctx: CommandContext,
): Applied {
  const def = commandDef(name);
  if (!def) return refuse('UNKNOWN_COMMAND', `There is no command ${name}`);
  const verdict = editAllowed(meeting, name, input);
  if (!verdict.ok) return refuse(verdict.code, verdict.message);
  const parsed = def.input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      'INVALID_INPUT',
      issue?.message ?? 'That is not valid',
      issue?.path.map(String).join('.') || undefined,
    );
  }
  let after: Meeting;
  try {
    after = def.apply(meeting, parsed.data, ctx);
    if (after !== meeting && deepEqual(meeting, after)) after = meeting;
    if (after !== meeting) def.check?.(meeting, after, parsed.data, ctx);
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, refusal: refusalOf(err) };
    throw err;
  }
  if (after === meeting) return { ok: true, meeting };
  // Without a roster nobody can be checked: while it cannot be read, an edit naming someone it did not name before is refused.
  if (!ctx.committee && ctx.rosterUnreadable !== undefined) {
    const named = newPersonReference(meeting, after);
    if (named) {
      return refuse(
        'ROSTER_UNREADABLE',
        `This edit names a person (in ${named.where}), but the committee's roster cannot be read: ${ctx.rosterUnreadable}. ` +
          'Edits that name people are refused until the roster can be read again; other edits are still saved. Nothing was changed.',
      );
    }
  }
  // Whatever a command checks itself, none may leave a reference to a person, item or paragraph that is not there.
  const known = new Set(checkMeetingIntegrity(meeting, ctx.committee));
  const broken = checkMeetingIntegrity(after, ctx.committee).find((p) => !known.has(p));
  if (broken)
    return refuse('INCONSISTENT', `This edit would leave the meeting inconsistent (${broken}); nothing was changed`);
  return { ok: true, meeting: after };
}

/** A place where `after` names a person that `before` did not name there. */
function newPersonReference(before: Meeting, after: Meeting): { personId: string; where: string } | undefined {
  const key = (r: { personId: string; where: string }) => `${r.where}\u0000${r.personId}`;
  const had = new Set(personReferences(before).map(key));
  return personReferences(after).find((r) => !had.has(key(r)));
}

/** The pipeline for callers that treat a refusal as an exception (undo's inverse, imports, tests). */
export function applyMeetingCommandOrThrow(
  meeting: Meeting,
  name: MeetingCommandName | string,
  input: unknown,
  ctx: CommandContext,
): Meeting {
  const r = applyMeetingCommand(meeting, name, input, ctx);
  if (!r.ok) throw new CommandError(r.refusal.code, r.refusal.message, r.refusal.field);
  return r.meeting;
}
