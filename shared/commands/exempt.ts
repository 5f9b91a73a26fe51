// Exempt ("Part II") items: the press and public are excluded by a resolution under LGA 1972 s100A(4).
import { z } from 'zod';
import { ClockTime, Id, Schedule12AParagraph } from '../domain';
import type { AgendaItem, Exemption, Meeting, Resolution } from '../domain';
import { exclusionResolutionId, exclusionWording, renameExclusionParagraph } from '../rules/templates';
import { command, findOrFail, replaceById } from './define';
import { guarded } from './guard';

/** Writes (or rewrites for a new paragraph) the item's exclusion resolution, placed before its other resolutions. */
function withExclusion(
  m: Meeting,
  itemId: string,
  from: Exemption['paragraph'] | undefined,
  to: Exemption['paragraph'],
): Meeting {
  const id = exclusionResolutionId(itemId);
  const existing = m.resolutions.find((r) => r.id === id);
  if (existing) {
    // The coordinator may have reworded it: only the paragraph named changes, if it is named.
    const renamed = from === undefined ? [] : existing.clauses.map((c) => renameExclusionParagraph(c, from, to));
    const clauses = renamed.some((c) => c !== undefined)
      ? existing.clauses.map((c, i) => renamed[i] ?? c)
      : [exclusionWording(to)];
    return { ...m, resolutions: replaceById(m.resolutions, id, { ...existing, clauses }) };
  }
  const resolution: Resolution = { id, itemId, clauses: [exclusionWording(to)] };
  const first = m.resolutions.findIndex((r) => r.itemId === itemId);
  const resolutions = m.resolutions.slice();
  resolutions.splice(first >= 0 ? first : resolutions.length, 0, resolution);
  return { ...m, resolutions };
}

export const exemptCommands = {
  /**
   * Makes an item exempt under a Schedule 12A paragraph, with the times the public left and
   * returned; the exclusion resolution is recorded on the item and follows paragraph changes.
   */
  'agenda:setExempt': command(
    z.object({
      itemId: Id,
      paragraph: Schedule12AParagraph,
      publicLeftAt: ClockTime.optional(),
      publicReturnedAt: ClockTime.optional(),
    }),
    (m, { itemId, paragraph, publicLeftAt, publicReturnedAt }) => {
      const item = findOrFail(m.agenda, itemId, 'agenda item');
      const exempt: Exemption = { paragraph };
      if (publicLeftAt !== undefined) exempt.publicLeftAt = publicLeftAt;
      if (publicReturnedAt !== undefined) exempt.publicReturnedAt = publicReturnedAt;
      const previous = item.exempt?.paragraph;
      let next: Meeting = { ...m, agenda: replaceById(m.agenda, itemId, { ...item, exempt }) };
      if (previous !== paragraph) next = withExclusion(next, itemId, previous, paragraph);
      return next;
    },
    guarded(({ itemId }) => ({ subject: `item:${itemId}`, fallbackField: 'paragraph' })),
  ),

  /** Back to an open item: the exemption and its exclusion resolution go. */
  'agenda:clearExempt': command(z.object({ itemId: Id }), (m, { itemId }) => {
    const item = findOrFail(m.agenda, itemId, 'agenda item');
    if (!item.exempt) return m;
    const open: AgendaItem = { ...item };
    delete open.exempt;
    const id = exclusionResolutionId(itemId);
    return { ...m, agenda: replaceById(m.agenda, itemId, open), resolutions: m.resolutions.filter((r) => r.id !== id) };
  }),
};
