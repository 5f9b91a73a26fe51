// The channels of the Chair's review in Word (issue 18): sending the draft as a Word copy with
// hidden identities, and reading the returned copy into what it would add to the review (nothing
// is added until review:importWord, nothing in the minutes changes until an item is accepted).
import { z } from 'zod';
import { Id, LongText, ReviewComment, ShortText } from '../domain';
import { channel, type Channel } from './channel';
import { ExportedDocument } from './review-types';

/** What a returned copy would add: the items, the Word authors matched to people, and what to know. */
export const WordCopyPreview = z.strictObject({
  exportId: Id,
  items: z.array(ReviewComment),
  authors: z.record(z.string(), Id),
  notes: z.array(LongText),
});
export type WordCopyPreview = z.infer<typeof WordCopyPreview>;

export const reviewWordChannels = {
  /** The draft for the Chair's review as Word, recorded in the meeting (which goes to "in review"). */
  'review:sendWordCopy': channel(ExportedDocument)(z.object({ meetingId: Id }).strict()),
  /** Reads the Chair's returned copy (.docx) within the import's limits; changes nothing. */
  'review:readWordCopy': channel(WordCopyPreview)(
    z
      .object({
        meetingId: Id,
        fileName: ShortText.min(1),
        base64: z
          .string()
          .min(1, 'the file is empty')
          .max(72_000_000, 'this file is too large to be a copy of minutes'),
      })
      .strict(),
  ),
} satisfies Record<string, Channel>;
