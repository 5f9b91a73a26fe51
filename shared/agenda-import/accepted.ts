// The agenda as the user accepted it on the import review screen: the items, the membership of a
// new committee and the meeting's details. The rules that build a meeting from it are in accept.ts.
import { z } from 'zod';
import {
  AgendaItem,
  ClockTime,
  ContactInput,
  Id,
  IsoDate,
  ItemKind,
  LongText,
  MemberRole,
  Schedule12AParagraph,
  ShortText,
} from '../domain';

const PageRange = z
  .object({ from: z.number().int().min(1).max(100_000), to: z.number().int().min(1).max(100_000) })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'a page range cannot end before it starts', path: ['to'] });

/** One reviewed agenda item, as the review screen sends it. */
export const ImportedItem = z
  .object({
    number: AgendaItem.shape.number,
    title: ShortText.min(1, "Enter the item's title"),
    summary: LongText.default(''),
    pages: PageRange.optional(),
    kind: ItemKind.default('report'),
    reportAuthor: ShortText.default(''),
    /** The Schedule 12A paragraph of an exempt item. */
    exemptParagraph: Schedule12AParagraph.optional(),
  })
  .strict();
export type ImportedItem = z.infer<typeof ImportedItem>;

/** A seat on a new committee, from the agenda's MEMBERSHIP. */
export const ImportedMember = z
  .object({
    name: ShortText.min(1, 'a member needs a name'),
    kind: z.enum(['councillor', 'co-optee']),
    /** A councillor's political group. */
    group: ShortText.default(''),
    role: MemberRole.default('member'),
    /** The body a co-optee represents ("Parent Governor Representative"). */
    body: ShortText.default(''),
  })
  .strict();
export type ImportedMember = z.infer<typeof ImportedMember>;

export const NewCommitteeFields = z
  .object({
    authority: ShortText.min(1, 'the authority is needed'),
    name: ShortText.min(1, 'the committee needs a name'),
    shortName: ShortText.default(''),
  })
  .strict();

/** The reviewed agenda, as import:createMeeting takes it. */
export const ImportedMeetingInput = z
  .object({
    /** The committee the meeting belongs to; or newCommittee, never both. */
    committeeId: Id.optional(),
    newCommittee: NewCommitteeFields.optional(),
    date: IsoDate,
    startTime: ClockTime,
    venue: ShortText.default(''),
    dateIssued: IsoDate.optional(),
    /** The agenda's contact officer. */
    contact: ContactInput.optional(),
    items: z.array(ImportedItem).min(1, 'the agenda needs at least one item').max(300),
    /** Seats for a new committee (an existing committee keeps its own membership). */
    membership: z.array(ImportedMember).max(200).default([]),
    /**
     * The committee already has a meeting on this date and the user confirmed that this is
     * another one; without it such an import is refused (SAME_DATE), since it is usually the
     * same agenda imported twice.
     */
    allowSameDate: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.committeeId === !input.newCommittee) {
      ctx.addIssue({
        code: 'custom',
        path: ['committeeId'],
        message: 'choose the committee the meeting belongs to, or create a new one (not both)',
      });
    }
    if (input.committeeId && input.membership.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['membership'],
        message: 'membership is only added to a new committee; change an existing committee on its setup screen',
      });
    }
    const seen = new Map<string, number>();
    input.items.forEach((item, i) => {
      const first = seen.get(item.number);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'number'],
          message: `items ${first + 1} and ${i + 1} are both numbered ${item.number}`,
        });
      else seen.set(item.number, i);
    });
    for (const role of ['chair', 'vice-chair'] as const) {
      const holders = input.membership.map((m, i) => ({ m, i })).filter(({ m }) => m.role === role);
      const second = holders[1];
      if (second) {
        ctx.addIssue({
          code: 'custom',
          path: ['membership', second.i, 'role'],
          message: `${holders[0]!.m.name} and ${second.m.name} are both marked ${role === 'chair' ? 'Chair' : 'Vice-Chair'}; a committee has one`,
        });
      }
    }
  });
