// The steps of a composite edit (a batch, an amendment, an accepted suggestion, undo's restore,
// the clock's status change): each is parsed by its own schema and applied, and its live check
// is left to the whole edit, which the pipeline checks once. Nothing outside shared/commands
// calls a command's apply but through here or the pipeline.
import type { z } from 'zod';
import type { Meeting } from '../domain';
import { CommandError, type CommandContext, type CommandDef } from './define';

/** A step's input that its schema refused: the composite says which step, in its own words. */
export class StepInputError extends CommandError {
  constructor(
    readonly issueMessage: string,
    readonly path: string,
  ) {
    super('INVALID_INPUT', path ? `${path}: ${issueMessage}` : issueMessage, path || undefined);
    this.name = 'StepInputError';
  }
}

export function parseStep<I extends z.ZodObject>(def: CommandDef<I>, input: unknown): z.infer<I> {
  const parsed = def.input.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StepInputError(issue?.message ?? 'invalid input', issue?.path.map(String).join('.') ?? '');
}

/** Applies one step: parsed, applied with the command's own rules; its live check deferred. */
export function applyStep<I extends z.ZodObject>(
  def: CommandDef<I>,
  meeting: Meeting,
  input: z.input<I> | Record<string, unknown>,
  ctx: CommandContext,
): Meeting {
  return def.apply(meeting, parseStep(def, input), ctx);
}

/** Runs a step's live check on the whole edit's result (an amendment answers to its inner edit's rules). */
export function checkStep<I extends z.ZodObject>(
  def: CommandDef<I>,
  before: Meeting,
  after: Meeting,
  input: unknown,
  ctx: CommandContext,
): void {
  def.check?.(before, after, parseStep(def, input), ctx);
}
