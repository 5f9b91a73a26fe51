import type { z } from 'zod';
import type { Committee, Meeting } from '../domain';

/** A rule broken by a command: reported to the user at the field named, nothing is applied. */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export interface CommandContext {
  /** Europe/London wall clock at the time the command is applied. */
  now: { date: string; time: string };
  /** ISO instant for audit stamps. */
  timestamp: string;
  /** Set inside meeting:batch: the live rules are checked once, on the batch's result. */
  deferChecks?: boolean;
  /** The meeting's committee, for commands that compose the minutes (review:approve, minutes:amend). */
  committee?: Committee;
}

/** One small edit of one meeting: its input schema and a pure function applying it. */
export interface CommandDef<I extends z.ZodObject = z.ZodObject> {
  input: I;
  apply: (meeting: Meeting, input: z.infer<I>, ctx: CommandContext) => Meeting;
}

export function command<I extends z.ZodObject>(
  input: I,
  apply: (meeting: Meeting, input: z.infer<I>, ctx: CommandContext) => Meeting,
): CommandDef<I> {
  return { input, apply };
}

export function findOrFail<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new CommandError('NOT_FOUND', `No ${what} with id ${id} in this meeting`);
  return found;
}

export function replaceById<T extends { id: string }>(list: readonly T[], id: string, next: T): T[] {
  return list.map((x) => (x.id === id ? next : x));
}

export function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}
