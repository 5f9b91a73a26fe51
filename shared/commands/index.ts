import type { z } from 'zod';
import type { Meeting } from '../domain';
import type { CommandContext, CommandDef } from './define';
import { agendaCommands } from './agenda';
import { notesCommands } from './notes';
import { actionCommands } from './actions';
import { resolutionCommands } from './resolutions';
import { meetingCommands } from './meeting';

export { CommandError } from './define';
export type { CommandContext, CommandDef } from './define';

/** Every edit a meeting accepts. Each becomes an API channel of the same name. */
export const meetingCommandDefs = {
  ...meetingCommands,
  ...agendaCommands,
  ...notesCommands,
  ...actionCommands,
  ...resolutionCommands,
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
