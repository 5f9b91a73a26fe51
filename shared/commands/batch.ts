// Several commands as one edit: all applied or none, one revision, one entry in undo.
import { z } from 'zod';
import { deepEqual } from '../rules/deep-equal';
import { newProblems } from '../rules/problems';
import { command, CommandError, type CommandDef } from './define';

export const BatchInput = z.object({
  steps: z
    .array(z.object({ name: z.string().min(1).max(100), input: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(1000),
});

/**
 * Applies the steps in order. Each step's input is checked by its own schema and its structural
 * rules hold at every step; the live rules (times, presence, votes) are checked once, on the
 * result, so an undo can restore things in any order. No batch inside a batch.
 */
export function batchCommand(defs: () => Record<string, CommandDef>) {
  return command(BatchInput, (m, { steps }, ctx) => {
    let next = m;
    steps.forEach((step, i) => {
      const def = Object.hasOwn(defs(), step.name) ? defs()[step.name] : undefined;
      if (!def) throw new CommandError('UNKNOWN_COMMAND', `Step ${i + 1}: there is no command ${step.name}`, `steps.${i}.name`);
      const parsed = def.input.safeParse(step.input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.map(String).join('.') ?? '';
        throw new CommandError('INVALID_INPUT', `Step ${i + 1} (${step.name}): ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid input'}`, path || undefined);
      }
      next = def.apply(next, parsed.data, { ...ctx, deferChecks: true });
    });
    if (deepEqual(m, next)) return m;
    if (ctx.deferChecks) return next;
    const broken = newProblems(m, next, ctx.now)[0];
    if (broken) throw new CommandError(broken.code, broken.message, broken.field);
    return next;
  });
}
