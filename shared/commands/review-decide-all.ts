// Accepting (or rejecting) several review items at once, as one edit: each is decided as
// review:decide would, in order, and if any is refused nothing is applied.
import { z } from 'zod';
import { Id, ShortText } from '../domain';
import { command, CommandError } from './define';
import { noNewProblems } from './guard';
import { reviewCommands } from './review';
import { applyStep } from './steps';

export const reviewDecideAllCommands = {
  'review:decideAll': command(
    z.object({
      commentIds: z.array(Id).min(1, 'choose at least one item').max(2000),
      decision: z.enum(['accepted', 'rejected']),
      by: ShortText.trim().min(1, 'say who'),
    }),
    (m, { commentIds, decision, by }, ctx) => {
      let next = m;
      for (const commentId of commentIds) {
        try {
          next = applyStep(reviewCommands['review:decide'], next, { commentId, decision, by }, ctx);
        } catch (err) {
          if (!(err instanceof CommandError)) throw err;
          const c = m.review?.comments.find((x) => x.id === commentId);
          const what = c ? `${c.author}'s "${(c.text || c.quote || 'suggested edit').slice(0, 60)}"` : commentId;
          throw new CommandError(err.code, `${what}: ${err.message}. Nothing was ${decision}`, err.field);
        }
      }
      return next;
    },
    noNewProblems,
  ),
};
