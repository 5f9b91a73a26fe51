// Refuses an edit that would break a live rule, at the field the user typed into.
import type { Meeting } from '../domain';
import { liveProblems, newFutureProblems, newProblems } from '../rules/problems';
import type { CommandContext, LiveCheck } from './define';
import { CommandError } from './define';

export interface GuardOptions {
  /** What the command edits ("attendance:<personId>"): any problem of it refuses the edit. */
  subject?: string;
  /** Maps a field of the subject to the command's input field ("arrivedAt" → "at"). */
  field?: (field: string) => string;
  /** The input field to report a knock-on problem at (one on another thing, e.g. a vote). */
  fallbackField?: string;
}

/**
 * The edited thing must break no rule, and nothing else may break because of the edit;
 * problems that were there before (a file from elsewhere) do not block unrelated edits.
 */
export function checkLive(before: Meeting, after: Meeting, ctx: CommandContext, opts: GuardOptions = {}): void {
  const existing = new Set(liveProblems(before).map((p) => p.key));
  const problems = liveProblems(after);
  const own = problems.find((p) => p.subject === opts.subject);
  if (own) throw new CommandError(own.code, own.message, opts.field ? opts.field(own.field) : own.field);
  const knockOn = problems.find((p) => !existing.has(p.key));
  if (knockOn) throw new CommandError(knockOn.code, knockOn.message, opts.fallbackField ?? knockOn.field);
  const early = newFutureProblems(before, after, ctx.now)[0];
  if (early) {
    const mine = early.subject === opts.subject;
    throw new CommandError(
      early.code,
      early.message,
      mine && opts.field ? opts.field(early.field) : mine ? early.field : (opts.fallbackField ?? early.field),
    );
  }
}

/** A command's live check: the guard above, reporting at the fields its input names. */
export function guarded<T>(opts: (input: T) => GuardOptions): LiveCheck<T> {
  return (before, after, input, ctx) => checkLive(before, after, ctx, opts(input));
}

/** The check of an edit made of other edits (a batch, an accepted suggestion): nothing new may break. */
export const noNewProblems: LiveCheck<unknown> = (before, after, _input, ctx) => {
  const broken = newProblems(before, after, ctx.now)[0];
  if (broken) throw new CommandError(broken.code, broken.message, broken.field);
};

/** The time a command records: the one given, or now in Europe/London. */
export function timeOf(at: string | undefined, ctx: CommandContext): string {
  return at ?? ctx.now.time;
}

/** Puts an entry at `index` (moving it if it exists), or replaces it in place, or appends it. */
export function placeAt<T>(list: readonly T[], same: (x: T) => boolean, entry: T, index?: number): T[] {
  const at = list.findIndex(same);
  if (index === undefined) return at >= 0 ? list.map((x, i) => (i === at ? entry : x)) : [...list, entry];
  const rest = at >= 0 ? list.filter((_, i) => i !== at) : list.slice();
  rest.splice(Math.min(index, rest.length), 0, entry);
  return rest;
}

/** Applies a patch where null means "clear this optional field". */
export function patched<T extends object>(base: T, patch: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}
