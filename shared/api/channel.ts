import type { z } from 'zod';

/** One API channel: the schema its input is parsed with, and the type of what it answers. */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  output: O;
}

export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input, output: undefined as O });
