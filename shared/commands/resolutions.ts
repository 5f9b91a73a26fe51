import { z } from 'zod';
import { Id, Resolution } from '../domain';
import { voteProblems } from '../rules/votes';
import { command, CommandError, findOrFail, type LiveCheck } from './define';
import { placeAt } from './guard';

/** A vote counts only members and co-optees present and not withdrawn for the item. */
const checkVote: LiveCheck<{ resolution: { id: string } }> = (_before, after, { resolution }) => {
  const set = after.resolutions.find((r) => r.id === resolution.id);
  const badVote = set ? voteProblems(after, set)[0] : undefined;
  if (badVote) throw new CommandError(badVote.code, badVote.message, badVote.field);
};

/** Adds or replaces a resolution (an item may have more than one, e.g. an exclusion and a decision). */
export const resolutionCommands = {
  /** index places it (undo uses that); without it a new one goes at the end and an existing one stays put. */
  'resolutions:set': command(
    z.object({ resolution: Resolution, index: z.number().int().min(0).optional() }),
    (m, { resolution, index }) => {
      findOrFail(m.agenda, resolution.itemId, 'agenda item');
      const clauses = resolution.clauses.map((c) => c.trim());
      if (clauses.length === 0 || clauses.some((c) => c === ''))
        throw new CommandError('EMPTY', 'A resolution clause cannot be empty', 'clauses');
      return {
        ...m,
        resolutions: placeAt(m.resolutions, (r) => r.id === resolution.id, { ...resolution, clauses }, index),
      };
    },
    checkVote,
  ),
  'resolutions:remove': command(z.object({ resolutionId: Id }), (m, { resolutionId }) => {
    findOrFail(m.resolutions, resolutionId, 'resolution');
    return { ...m, resolutions: m.resolutions.filter((r) => r.id !== resolutionId) };
  }),
};
