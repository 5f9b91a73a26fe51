// The channels of the agenda import (issue 5): read a file into a parsed agenda (nothing is
// created), then, once the user has reviewed and accepted it, create the meeting (and a new
// committee if asked) in one go. Spread into the contract in contract.ts.
import { z } from 'zod';
import { Id, ShortText } from '../domain';
import { ExtractSource, ParsedAgenda } from '../agenda-import/types';
import { ImportedMeetingInput } from '../agenda-import/accepted';
import { channel, type Channel } from './channel';

export { ImportedItem, ImportedMember, NewCommitteeFields } from '../agenda-import/accepted';

/** The largest agenda file the import reads (the extraction service has the same limit). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** What import:parseAgenda answers: the parsed agenda, every field with the source lines it came from. */
export const ParsedAgendaFile = z.strictObject({
  fileName: z.string().min(1),
  source: ExtractSource,
  /** PDF: pages read, of how many (reading stops once the agenda is complete). */
  pages: z.strictObject({ read: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
  /** How many lines were read from the file. */
  lineCount: z.number().int().min(0),
  agenda: ParsedAgenda,
});
export type ParsedAgendaFile = z.infer<typeof ParsedAgendaFile>;

/** What import:createMeeting answers: the meeting made, its committee, and whether that is new. */
export const ImportedMeeting = z.strictObject({
  meetingId: Id,
  committeeId: Id,
  addedCommittee: z.boolean(),
});
export type ImportedMeeting = z.infer<typeof ImportedMeeting>;

export const importChannels = {
  /** Reads an agenda file (Word, PDF, text or Markdown) and parses it; creates nothing. */
  'import:parseAgenda': channel(ParsedAgendaFile)(
    z
      .object({
        fileName: ShortText.min(1, 'the file needs a name'),
        /** The file's bytes, base64 (the limit leaves room for IMPORT_MAX_BYTES and a little more, so the service can say "too large"). */
        base64: z.string().max(72_000_000, 'this file is too large to import'),
      })
      .strict(),
  ),
  /** Creates the reviewed meeting (and a new committee with its membership, if asked), all or nothing. */
  'import:createMeeting': channel(ImportedMeeting)(ImportedMeetingInput),
} satisfies Record<string, Channel>;
