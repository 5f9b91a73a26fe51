import { z } from 'zod';
import { Id, LongText } from './common';

/**
 * Paragraph content: text mixed with references to people, so the minutes decide how to write names.
 * `nameOnly` (absent in files made before it) is the coordinator's choice for one mention: the name
 * without the role a first mention would print.
 */
export const Inline = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), text: LongText }),
  z.object({ t: z.literal('person'), personId: Id, nameOnly: z.literal(true).optional() }),
]);
export type Inline = z.infer<typeof Inline>;
