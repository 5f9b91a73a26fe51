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

/** Why an edit was refused: the one shape every layer reports (the API's error has the same). */
export interface Refusal {
  code: string;
  message: string;
  field?: string;
}

export function refusalOf(err: CommandError): Refusal {
  return err.field === undefined
    ? { code: err.code, message: err.message }
    : { code: err.code, message: err.message, field: err.field };
}

export interface CommandContext {
  /** Europe/London wall clock at the time the command is applied. */
  now: { date: string; time: string };
  /** ISO instant for audit stamps. */
  timestamp: string;
  /** The meeting's committee, for commands that compose the minutes (review:approve, minutes:amend). */
  committee?: Committee;
  /**
   * Why the meeting's roster cannot be read, when the caller knows (the store: committees.json is
   * damaged, or the committee is not in it). Edits that name a person are then refused in these words.
   */
  rosterUnreadable?: string;
}

/**
 * The live rules an edit answers to (times, presence, votes), checked by the pipeline once, on
 * the result of the whole edit. Throws a CommandError for the first rule broken.
 */
export type LiveCheck<T> = (before: Meeting, after: Meeting, input: T, ctx: CommandContext) => void;

/**
 * One small edit of one meeting: its input schema, a pure function applying it (with the
 * command's own structural rules), and the live rules it answers to. Only the pipeline
 * (pipeline.ts) and composite commands (steps.ts) call `apply`.
 */
export interface CommandDef<I extends z.ZodObject = z.ZodObject> {
  input: I;
  apply: (meeting: Meeting, input: z.infer<I>, ctx: CommandContext) => Meeting;
  check?: LiveCheck<z.infer<I>>;
}

export function command<I extends z.ZodObject>(
  input: I,
  apply: (meeting: Meeting, input: z.infer<I>, ctx: CommandContext) => Meeting,
  check?: LiveCheck<z.infer<I>>,
): CommandDef<I> {
  return check ? { input, apply, check } : { input, apply };
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
