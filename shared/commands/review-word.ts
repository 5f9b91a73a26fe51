// The Chair's review in Word: recording what was sent (so the returned copy can be compared with
// it), adding what was read back as open suggestions and comments, and accepting the kinds of
// suggestion only a Word copy brings (a paragraph added or deleted, a detail of the meeting).
// Nothing here changes the minutes until the coordinator accepts an item.
import { z } from 'zod';
import { Id, ReviewComment, ShortText, WordExportBlock } from '../domain';
import type { Meeting, ReviewComment as Comment } from '../domain';
import { clockCommands } from './clock';
import { command, CommandError, type CommandContext } from './define';
import { notesCommands } from './notes';
import { applyStep } from './steps';
import { canonicalJson } from '../review/canonical-json';
import { normaliseContent } from './notes';

const Name = ShortText.trim().min(1, 'say who');
/** How many Word copies a review remembers (an import of an older one is named as older). */
const KEEP_EXPORTS = 10;

function reviewOf(m: Meeting, what: string) {
  if (m.status !== 'in_review' || !m.review)
    throw new CommandError(
      'NOT_IN_REVIEW',
      `The draft is not with the Chair for review (it is ${m.status.replace('_', ' ')}), so ${what} is not possible`,
    );
  return m.review;
}

/** Accepting an item only a Word copy brings; undefined when the comment is of another kind. */
export function acceptWordItem(m: Meeting, c: Comment, ctx: CommandContext): Meeting | undefined {
  if (c.conflict)
    throw new CommandError(
      'CONFLICT',
      'The Chair and you both changed this paragraph, so neither version is applied: edit it as it should read, then set this item aside (reject it)',
    );
  const change = c.paragraphChange;
  if (change?.op === 'add') {
    // Without a paragraph before it, the new one opens its item (at its first paragraph's place).
    const first = m.notes.findIndex((p) => p.itemId === change.itemId);
    const index = !change.afterParagraphId && first >= 0 ? { index: first } : {};
    return applyStep(
      notesCommands['notes:addParagraph'],
      m,
      {
        itemId: change.itemId,
        paragraphId: change.newParagraphId,
        ...(change.afterParagraphId ? { afterParagraphId: change.afterParagraphId } : index),
        content: change.content,
      },
      ctx,
    );
  }
  if (change?.op === 'delete') {
    const p = m.notes.find((x) => x.id === change.paragraphId);
    if (!p) throw new CommandError('NOT_FOUND', 'That paragraph has already been removed; reject the suggestion');
    if (canonicalJson(normaliseContent(p.content)) !== canonicalJson(normaliseContent(change.basedOn)))
      throw new CommandError(
        'STALE',
        'The paragraph has changed since the Chair suggested deleting it; reject the suggestion or delete it yourself',
      );
    return applyStep(notesCommands['notes:removeParagraph'], m, { paragraphId: p.id }, ctx);
  }
  const detail = c.detailSuggestion;
  if (detail) return applyStep(clockCommands['clock:setTimes'], m, detail.input, ctx);
  return undefined;
}

export const reviewWordCommands = {
  /**
   * A Word copy was sent for the Chair's review: what each block held is kept, so the copy that
   * comes back can be compared with it. Sends the draft for review if it is not with the Chair yet.
   */
  'review:recordWordExport': command(
    z.object({
      exportId: Id,
      by: Name,
      revision: z.number().int().min(0),
      blocks: z.array(WordExportBlock).max(5000),
    }),
    (m, { exportId, by, revision, blocks }, ctx) => {
      if (m.status !== 'ended' && m.status !== 'in_review')
        throw new CommandError(
          'BAD_STATUS',
          m.status === 'planned' || m.status === 'live'
            ? 'End the meeting before sending its draft for review'
            : `Minutes that are ${m.status} are not sent for review again`,
        );
      const sent = { id: exportId, at: ctx.timestamp, by, revision, blocks };
      if (m.status === 'ended') {
        return {
          ...m,
          status: 'in_review',
          review: { sentAt: ctx.timestamp, sentBy: by, comments: m.review?.comments ?? [], wordExports: [sent] },
          history: [...m.history, { status: 'in_review', at: ctx.timestamp, by }],
        };
      }
      const review = m.review!;
      if ((review.wordExports ?? []).some((e) => e.id === exportId))
        throw new CommandError('DUPLICATE', 'That Word copy is already recorded');
      return { ...m, review: { ...review, wordExports: [...(review.wordExports ?? []), sent].slice(-KEEP_EXPORTS) } };
    },
  ),

  /**
   * The suggestions and comments read from the Chair's returned Word copy, added open (those
   * already here, by id, are skipped); the Word author, when matched to a person, is remembered.
   */
  'review:importWord': command(
    z.object({
      exportId: Id,
      items: z.array(ReviewComment).max(2000),
      /** The Word author's name → the committee person it was matched to. */
      authors: z.record(z.string(), Id).default({}),
    }),
    (m, { exportId, items, authors }) => {
      const review = reviewOf(m, 'importing the Chair\u2019s copy');
      if (!(review.wordExports ?? []).some((e) => e.id === exportId))
        throw new CommandError('UNKNOWN_EXPORT', 'That Word copy was not sent from this meeting', 'exportId');
      const known = new Set(review.comments.map((c) => c.id));
      const fresh = items.filter((c) => !known.has(c.id)).map((c): Comment => ({ ...c, status: 'open' }));
      for (const c of fresh) {
        if (c.paragraphId && !m.notes.some((p) => p.id === c.paragraphId))
          throw new CommandError('NOT_FOUND', `A suggestion is on a paragraph no longer in the minutes (${c.id})`);
      }
      const wordAuthors = { ...(review.wordAuthors ?? {}), ...authors };
      return {
        ...m,
        review: {
          ...review,
          comments: [...review.comments, ...fresh],
          ...(Object.keys(wordAuthors).length ? { wordAuthors } : {}),
        },
      };
    },
  ),
};
