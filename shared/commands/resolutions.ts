import { z } from 'zod';
import { Id, Resolution } from '../domain';
import { command, CommandError, findOrFail } from './define';

/** Adds or replaces a resolution (an item may have more than one, e.g. an exclusion and a decision). */
export const resolutionCommands = {
  'resolutions:set': command(z.object({ resolution: Resolution }), (m, { resolution }) => {
    findOrFail(m.agenda, resolution.itemId, 'agenda item');
    const clauses = resolution.clauses.map((c) => c.trim());
    if (clauses.some((c) => c === '')) throw new CommandError('EMPTY', 'A resolution clause cannot be empty', 'clauses');
    const next = { ...resolution, clauses };
    const exists = m.resolutions.some((r) => r.id === resolution.id);
    return {
      ...m,
      resolutions: exists ? m.resolutions.map((r) => (r.id === resolution.id ? next : r)) : [...m.resolutions, next],
    };
  }),
  'resolutions:remove': command(z.object({ resolutionId: Id }), (m, { resolutionId }) => {
    findOrFail(m.resolutions, resolutionId, 'resolution');
    return { ...m, resolutions: m.resolutions.filter((r) => r.id !== resolutionId) };
  }),
};
