import type { z } from 'zod';

/**
 * One API channel: the schema its input is parsed with, and the schema of what it answers. The
 * handler's return type is the output schema's type (electron/api/router.ts), and in tests and
 * development builds electron/api/handle.ts parses every answer with it too.
 */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** `channel(Output)(input)`: what the channel answers first, as a channel's doc reads, then what it takes. */
export const channel =
  <O extends z.ZodType>(output: O) =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input, output });
