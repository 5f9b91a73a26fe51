// The registry of meeting commands: every edit a meeting accepts, by name. Internal to
// shared/commands: the rest of the app applies them through the pipeline (pipeline.ts).
import type { CommandDef } from './define';
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
import { reviewCommands } from './review';
import { reviewWordCommands } from './review-word';
import { reviewDecideAllCommands } from './review-decide-all';
import { createAmendmentCommands } from './amend';
import { checkCommands } from './checks';

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
  /** Dismissing a finding of the checks before sign-off: a record beside the minutes, never inside a batch. */
  ...checkCommands,
  ...reviewWordCommands,
  ...reviewDecideAllCommands,
  ...createAmendmentCommands((name) =>
    Object.hasOwn(singleCommandDefs, name)
      ? (singleCommandDefs as unknown as Record<string, CommandDef>)[name]
      : undefined,
  ),
} satisfies Record<string, CommandDef>;

export type MeetingCommandName = keyof typeof meetingCommandDefs;

type Inputs = { [N in MeetingCommandName]: (typeof meetingCommandDefs)[N]['input'] };

/** Each command's input schema, by name: what the API contract and the editors need (never `apply`). */
export const meetingCommandInputs = Object.fromEntries(
  Object.entries(meetingCommandDefs).map(([name, def]) => [name, def.input]),
) as Inputs;

/** The command of that name, or undefined (own names only: "constructor" is no command). */
export function commandDef(name: string): CommandDef | undefined {
  return Object.hasOwn(meetingCommandDefs, name)
    ? (meetingCommandDefs as unknown as Record<string, CommandDef>)[name]
    : undefined;
}

export function isMeetingCommand(name: string): name is MeetingCommandName {
  return commandDef(name) !== undefined;
}
