// What the rest of the app may use of the meeting commands: their names and input schemas, and
// the pipeline that applies them. A command's `apply` stays inside shared/commands.
import type { z } from 'zod';
import { meetingCommandInputs, type MeetingCommandName } from './registry';

export { CommandError, refusalOf } from './define';
export type { CommandContext, Refusal } from './define';
export { applyMeetingCommand, applyMeetingCommandOrThrow, type Applied } from './pipeline';
export { isMeetingCommand, meetingCommandInputs, type MeetingCommandName } from './registry';
export { applyNamedStep } from './named-step';

/** A command's input after parsing (defaults filled in). */
export type MeetingCommandInput<N extends MeetingCommandName> = z.infer<(typeof meetingCommandInputs)[N]>;
/** A command's input as a caller writes it (fields with defaults may be left out). */
export type MeetingCommandArgs<N extends MeetingCommandName> = z.input<(typeof meetingCommandInputs)[N]>;
