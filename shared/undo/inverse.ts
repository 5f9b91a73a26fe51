// Undo and redo: the command(s) that take back a command.
import type { Meeting } from '../domain';
import { applyMeetingCommandOrThrow, type CommandContext, type MeetingCommandName } from '../commands';
import { call, type CommandCall } from './command-call';
import { restoreCalls } from './restore';

/** The latest time recorded in the meeting (or its scheduled start): a stand-in for "now" when none is given. */
function latestTime(m: Meeting): string {
  const times = [
    m.clock.startedAt,
    m.clock.endedAt,
    ...m.clock.adjournments.flatMap((a) => [a.out, a.in]),
    ...m.agenda.map((i) => i.startedAt),
    ...m.attendance.flatMap((a) => [a.arrivedAt, a.leftAt]),
  ].filter((t): t is string => t !== undefined);
  const end = m.clock.endedAt;
  return (
    times
      .filter((t) => end === undefined || t <= end)
      .sort()
      .pop() ?? m.startTime
  );
}

/** A context for replaying a command when the caller has none: the meeting's date, its latest recorded time. */
export function contextFor(m: Meeting): CommandContext {
  return { now: { date: m.date, time: latestTime(m) }, timestamp: m.updatedAt };
}

/**
 * The commands that undo `name` applied with `input` to `before`, in order ([] if it changes
 * nothing). Pass the context the command was (or will be) applied with, where it records "now".
 * Redo is the original command again, or inverseOf the undo. Throws a CommandError when the
 * command is refused (there is nothing to undo) or touches what undo cannot restore.
 */
export function inverseOf(
  before: Meeting,
  name: MeetingCommandName,
  input: unknown,
  ctx: CommandContext = contextFor(before),
): CommandCall[] {
  const after = applyMeetingCommandOrThrow(before, name, input, ctx);
  return restoreCalls(after, before, ctx);
}

/** Several calls as the one the API should receive (a meeting:batch when more than one); null for none. */
export function asOneCall(calls: readonly CommandCall[]): CommandCall | null {
  if (calls.length === 0) return null;
  if (calls.length === 1) return calls[0]!;
  return call('meeting:batch', {
    steps: calls.map((c) => ({ name: c.name, input: c.input as Record<string, unknown> })),
  });
}

/** The one call that undoes a command, or null when it changed nothing. */
export function undoCall(
  before: Meeting,
  name: MeetingCommandName,
  input: unknown,
  ctx?: CommandContext,
): CommandCall | null {
  return asOneCall(inverseOf(before, name, input, ctx));
}
