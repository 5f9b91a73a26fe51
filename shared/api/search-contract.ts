// The channel of the search across meetings (issue 20): a query with filters in, results grouped
// by meeting and item out, each with its words split into marked and unmarked runs (the page
// shows them without HTML). Spread into the contract in contract.ts.
import { z } from 'zod';
import { Id, IsoDate, MeetingStatus } from '../domain';
import { channel, type Channel } from './channel';

/** What a result is: the kinds a user filters by, and the rest the search also finds. */
export const SearchKind = z.enum(['note', 'item', 'action', 'resolution', 'declaration', 'question', 'attendance']);
export type SearchKind = z.infer<typeof SearchKind>;

/** The kinds offered as filters (issue 20): notes and titles are always searched. */
export const FILTER_KINDS = ['resolution', 'action', 'declaration', 'question'] as const;

/** Longer than this is not a search but a pasted document: refused in words. */
export const SEARCH_MAX_CHARACTERS = 500;
export const SEARCH_MAX_WORDS = 32;

export const SearchInput = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'Type a word or two to search for')
      .max(
        SEARCH_MAX_CHARACTERS,
        `A search is at most ${SEARCH_MAX_CHARACTERS} characters: search for a few words that are in what you want to find`,
      ),
    committeeId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    kinds: z.array(SearchKind).max(10).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict()
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: 'The "from" date is after the "to" date: no meeting can be between them',
    path: ['to'],
  });
export type SearchInput = z.input<typeof SearchInput>;

/** A run of a result's words: `mark` where it matches the search. */
export const SearchSegment = z.strictObject({ text: z.string(), mark: z.boolean() });
export type SearchSegment = z.infer<typeof SearchSegment>;

export const SearchHit = z.strictObject({
  kind: SearchKind,
  /** Unique within the meeting (kind and id). */
  key: z.string().min(1),
  /** The paragraph (or resolution, declaration, question, item) opening the result lands on. */
  targetId: Id,
  score: z.number().min(0),
  segments: z.array(SearchSegment).min(1),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchItemGroup = z.strictObject({
  itemId: Id,
  itemNumber: z.string(),
  itemTitle: z.string(),
  hits: z.array(SearchHit).min(1),
});
export type SearchItemGroup = z.infer<typeof SearchItemGroup>;

export const SearchMeetingGroup = z.strictObject({
  meetingId: Id,
  committeeId: Id,
  committeeName: z.string(),
  date: IsoDate,
  status: MeetingStatus,
  items: z.array(SearchItemGroup).min(1),
});
export type SearchMeetingGroup = z.infer<typeof SearchMeetingGroup>;

export const SearchResults = z.strictObject({
  query: z.string(),
  /** Meetings whose words answer the query; the best of them are in `groups`. */
  matchedMeetings: z.number().int().min(0),
  /** Pieces in `groups`. */
  shown: z.number().int().min(0),
  /** Meetings in the index when the search ran. */
  meetings: z.number().int().min(0),
  groups: z.array(SearchMeetingGroup),
});
export type SearchResults = z.infer<typeof SearchResults>;

export const searchChannels = {
  /** Searches every committee's meetings (notes, resolutions, actions, questions, declarations, titles, people). */
  'search:query': channel(SearchResults)(SearchInput),
} satisfies Record<string, Channel>;
