// A step named as undo names it ({name, input}), for undo's restore (shared/undo/restore.ts),
// which builds a meeting:batch and so applies its steps as the batch will: checks deferred.
import type { Meeting } from '../domain';
import { CommandError, type CommandContext } from './define';
import { commandDef } from './registry';
import { applyStep } from './steps';

export function applyNamedStep(meeting: Meeting, name: string, input: unknown, ctx: CommandContext): Meeting {
  const def = commandDef(name);
  if (!def) throw new CommandError('UNKNOWN_COMMAND', `There is no command ${name}`);
  return applyStep(def, meeting, input as Record<string, unknown>, ctx);
}
