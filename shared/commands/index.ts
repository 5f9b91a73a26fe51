import type { z } from 'zod';
import type { Meeting } from '../domain';
import type { CommandContext, CommandDef } from './define';
import { agendaCommands } from './agenda';
import { notesCommands } from './notes';
import { actionCommands } from './actions';
import { resolutionCommands } from './resolutions';
import { meetingCommands } from './meeting';
import { statusUndoCommands } from './status-undo';
import { clockCommands } from './clock';
import { attendanceCommands } from './attendance';
import { declarationCommands } from './declarations';
import { questionCommands } from './questions';
import { exemptCommands } from './exempt';
import { batchCommand } from './batch';
import { reviewCommands } from '../review/commands';
import { createAmendmentCommands } from '../review/amend';

export { CommandError } from './define';
export type { CommandContext, CommandDef } from './define';

/** The single edits (everything but meeting:batch, which is made of them). */
const singleCommandDefs = {
  ...meetingCommands,
  ...statusUndoCommands,
  ...agendaCommands,
  ...exemptCommands,
  ...clockCommands,
  ...attendanceCommands,
  ...declarationCommands,
  ...questionCommands,
  ...notesCommands,
  ...actionCommands,
  ...resolutionCommands,
} satisfies Record<string, CommandDef>;

/** Every edit a meeting accepts. Each becomes an API channel of the same name. */
export const meetingCommandDefs = {
  ...singleCommandDefs,
  /** Several edits as one (all or none): what undo sends when one edit takes several commands to reverse. */
  'meeting:batch': batchCommand(() => singleCommandDefs as unknown as Record<string, CommandDef>),
  /** Review and sign-off (shared/review): outside singleCommandDefs, so never inside a batch. */
  ...reviewCommands,
  ...createAmendmentCommands((name) => (Object.hasOwn(singleCommandDefs, name) ? (singleCommandDefs as unknown as Record<string, CommandDef>)[name] : undefined)),
} satisfies Record<string, CommandDef>;

export type MeetingCommandName = keyof typeof meetingCommandDefs;
export type MeetingCommandInput<N extends MeetingCommandName> = z.infer<(typeof meetingCommandDefs)[N]['input']>;

export function applyCommand<N extends MeetingCommandName>(
  meeting: Meeting,
  name: N,
  input: MeetingCommandInput<N>,
  ctx: CommandContext,
): Meeting {
  const def = meetingCommandDefs[name] as unknown as CommandDef;
  return def.apply(meeting, input as never, ctx);
}
