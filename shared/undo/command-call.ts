import type { MeetingCommandInput, MeetingCommandName } from '../commands';

/** One command as the API takes it: its name and its input (without meetingId and baseRevision). */
export type CommandCall = { [N in MeetingCommandName]: { name: N; input: MeetingCommandInput<N> } }[MeetingCommandName];

export function call<N extends MeetingCommandName>(name: N, input: MeetingCommandInput<N>): CommandCall {
  return { name, input } as CommandCall;
}
