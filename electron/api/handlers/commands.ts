import { meetingCommandInputs, type MeetingCommandName } from '$shared/commands';
import type { CommandAck } from '$shared/api';
import type { Services } from '../services';
import type { Handlers } from '../handle';

/** What every meeting command's handler takes: the command's own fields, plus the meeting it edits. */
type CommandCall = { meetingId: string; baseRevision?: number | undefined } & Record<string, unknown>;

/** Every meeting command channel: split off the meeting reference, hand the rest to the store. */
export function commandHandlers({ store }: Services): Pick<Handlers, MeetingCommandName> {
  const handler =
    (name: MeetingCommandName) =>
    ({ meetingId, baseRevision, ...command }: CommandCall): Promise<CommandAck> =>
      store.command(meetingId, name, command, baseRevision);
  // Object.fromEntries forgets the keys; every command name is one (api-contract.test.ts checks the set).
  return Object.fromEntries(
    (Object.keys(meetingCommandInputs) as MeetingCommandName[]).map((name) => [name, handler(name)]),
  ) as Record<MeetingCommandName, ReturnType<typeof handler>>;
}
