// Several commands as one edit: all applied or none, one revision, one entry in undo.
import { z } from 'zod';
import { command, CommandError, type CommandDef } from './define';
import { noNewProblems } from './guard';
import { applyStep, StepInputError } from './steps';

export const BatchInput = z.object({
  steps: z
    .array(z.object({ name: z.string().min(1).max(100), input: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(1000),
});

/**
 * Applies the steps in order. Each step's input is checked by its own schema and its structural
 * rules hold at every step; the live rules (times, presence, votes) are checked once, by the
 * pipeline, on the result, so an undo can restore things in any order. No batch inside a batch.
 */
export function batchCommand(defs: () => Record<string, CommandDef>) {
  return command(
    BatchInput,
    (m, { steps }, ctx) => {
      let next = m;
      steps.forEach((step, i) => {
        const def = Object.hasOwn(defs(), step.name) ? defs()[step.name] : undefined;
        if (!def)
          throw new CommandError(
            'UNKNOWN_COMMAND',
            `Step ${i + 1}: there is no command ${step.name}`,
            `steps.${i}.name`,
          );
        try {
          next = applyStep(def, next, step.input, ctx);
        } catch (err) {
          if (err instanceof StepInputError)
            throw new CommandError('INVALID_INPUT', `Step ${i + 1} (${step.name}): ${err.message}`, err.field);
          throw err;
        }
      });
      return next;
    },
    noNewProblems,
  );
}
