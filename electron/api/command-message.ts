// One call as text, on the roads that carry many calls on one connection: the dev host's command
// socket and Electron's save port. `{ id, channel, input }` in, `{ id, result }` out, so an answer
// settles the call it belongs to. The call itself goes through the router's handler like any other.
import type { Result } from '$shared/api';

export type CommandReply = { id: number; result: Result<unknown> };

/** Parses one message: `{ id, channel, input }`, or says what is wrong with it. */
export function parseMessage(
  data: string,
): { id: number; channel: string; input: unknown } | { id?: number; error: string } {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch (err) {
    return { error: `The message is not valid JSON: ${(err as Error).message}` };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { error: 'The message is not an object' };
  const { id, channel, input } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
    return { error: 'The message has no id (a whole number)' };
  if (typeof channel !== 'string' || channel === '') return { id, error: 'The message names no channel' };
  return { id, channel, input: input ?? {} };
}
