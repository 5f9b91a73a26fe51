import { meetingCommandInputs, type MeetingCommandName } from '../../../shared/commands';
import type { Services } from '../services';

/** Every meeting command channel: split off the meeting reference, hand the rest to the store. */
export function commandHandlers({ store }: Services) {
  return Object.fromEntries(
    (Object.keys(meetingCommandInputs) as MeetingCommandName[]).map((name) => [
      name,
      (input: { meetingId: string; baseRevision?: number } & Record<string, unknown>) => {
        const { meetingId, baseRevision, ...command } = input;
        return store.command(meetingId, name, command, baseRevision);
      },
    ]),
  ) as unknown as Record<MeetingCommandName, (input: never) => unknown>;
}
