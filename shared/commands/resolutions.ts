import { z } from 'zod';
import { Id, Resolution } from '../domain';
import { voteProblems } from '../rules/votes';
import { command, CommandError, findOrFail } from './define';
import { placeAt } from './guard';

/** Adds or replaces a resolution (an item may have more than one, e.g. an exclusion and a decision). */
export const resolutionCommands = {
  /** index places it (undo uses that); without it a new one goes at the end and an existing one stays put. */
  'resolutions:set': command(z.object({ resolution: Resolution, index: z.number().int().min(0).optional() }), (m, { resolution, index }, ctx) => {
    findOrFail(m.agenda, resolution.itemId, 'agenda item');
    const clauses = resolution.clauses.map((c) => c.trim());
    if (clauses.length === 0 || clauses.some((c) => c === '')) throw new CommandError('EMPTY', 'A resolution clause cannot be empty', 'clauses');
    const next = { ...resolution, clauses };
    // A vote counts only members and co-optees present and not withdrawn for the item.
    const badVote = ctx.deferChecks ? undefined : voteProblems(m, next)[0];
    if (badVote) throw new CommandError(badVote.code, badVote.message, badVote.field);
    return { ...m, resolutions: placeAt(m.resolutions, (r) => r.id === resolution.id, next, index) };
  }),
  'resolutions:remove': command(z.object({ resolutionId: Id }), (m, { resolutionId }) => {
    findOrFail(m.resolutions, resolutionId, 'resolution');
    return { ...m, resolutions: m.resolutions.filter((r) => r.id !== resolutionId) };
  }),
};
