import { z } from 'zod';
import { Id, LongText } from './common';

/** Paragraph content: text mixed with references to people, so the minutes decide how to write names. */
export const Inline = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), text: LongText }),
  z.object({ t: z.literal('person'), personId: Id }),
]);
export type Inline = z.infer<typeof Inline>;
