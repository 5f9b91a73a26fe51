import { z } from 'zod';
import { AgendaItem, Id } from '../domain';
import type { AgendaItem as Item } from '../domain';
import { AgendaRuleError, moveBlock, placeSubItem, renumber } from '../agenda/numbering';
import { command, CommandError, findOrFail, moveTo, replaceById } from './define';
import { patchOf } from './patch';

// patchOf, not .partial(): a patch of one field must not reset the others to their defaults.
const ItemPatch = patchOf(AgendaItem.omit({ id: true }));

const PageRange = z
  .object({ from: z.number().int().min(1).max(100_000), to: z.number().int().min(1).max(100_000) })
  .refine((p) => p.from <= p.to, { message: 'a page range cannot end before it starts', path: ['to'] });

/** The agenda rules speak in words; the commands report them as CommandErrors. */
function byRules<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AgendaRuleError) throw new CommandError(err.code, err.message);
    throw err;
  }
}

function unchangedIfSame(m: { agenda: Item[] }, agenda: Item[]): boolean {
  return agenda.length === m.agenda.length && agenda.every((x, i) => x === m.agenda[i]);
}

export const agendaCommands = {
  'agenda:addItem': command(
    z.object({ item: AgendaItem, index: z.number().int().min(0).optional() }),
    (m, { item, index }) => {
      if (m.agenda.some((x) => x.id === item.id))
        throw new CommandError('DUPLICATE', 'That item is already on the agenda');
      const agenda = m.agenda.slice();
      agenda.splice(index ?? agenda.length, 0, item);
      return { ...m, agenda };
    },
  ),
  'agenda:updateItem': command(z.object({ itemId: Id, patch: ItemPatch }), (m, { itemId, patch }) => {
    const item = findOrFail(m.agenda, itemId, 'agenda item');
    return { ...m, agenda: replaceById(m.agenda, itemId, AgendaItem.parse({ ...item, ...patch })) };
  }),
  'agenda:removeItem': command(z.object({ itemId: Id }), (m, { itemId }) => {
    findOrFail(m.agenda, itemId, 'agenda item');
    const used =
      m.notes.some((p) => p.itemId === itemId) ||
      m.resolutions.some((r) => r.itemId === itemId) ||
      m.declarations.some((d) => d.itemId === itemId) ||
      m.publicQuestions.some((q) => q.itemId === itemId);
    if (used)
      throw new CommandError(
        'IN_USE',
        'This item has notes, resolutions, declarations or questions; remove them first',
      );
    return { ...m, agenda: m.agenda.filter((x) => x.id !== itemId) };
  }),
  /** withSubItems: a main item takes its sub-items along; toIndex is then counted without them. */
  'agenda:moveItem': command(
    z.object({ itemId: Id, toIndex: z.number().int().min(0), withSubItems: z.boolean().optional() }),
    (m, { itemId, toIndex, withSubItems }) => {
      const from = m.agenda.findIndex((x) => x.id === itemId);
      if (from < 0) throw new CommandError('NOT_FOUND', `No agenda item with id ${itemId} in this meeting`);
      return { ...m, agenda: withSubItems ? moveBlock(m.agenda, from, toIndex) : moveTo(m.agenda, from, toIndex) };
    },
  ),
  /** 1, 2, 3 ... in order, sub-items (5a, 5b) kept under the item before them. */
  'agenda:renumber': command(z.object({}), (m) => {
    const agenda = byRules(() => renumber(m.agenda));
    return unchangedIfSame(m, agenda) ? m : { ...m, agenda };
  }),
  /** Adds a sub-item after the parent's last sub-item, numbered with the next letter (5c after 5b). */
  'agenda:addSubItem': command(
    z.object({ parentItemId: Id, item: AgendaItem.omit({ number: true }) }),
    (m, { parentItemId, item }) => {
      if (m.agenda.some((x) => x.id === item.id))
        throw new CommandError('DUPLICATE', 'That item is already on the agenda');
      const { index, number } = byRules(() => placeSubItem(m.agenda, parentItemId));
      const agenda = m.agenda.slice();
      agenda.splice(index, 0, AgendaItem.parse({ ...item, number }));
      return { ...m, agenda };
    },
  ),
  /** Sets an item's page range in the agenda pack; null clears it (a verbal update has none). */
  'agenda:setPages': command(z.object({ itemId: Id, pages: PageRange.nullable() }), (m, { itemId, pages }) => {
    const item = findOrFail(m.agenda, itemId, 'agenda item');
    const next: Item = { ...item };
    if (pages) next.pages = { from: pages.from, to: pages.to };
    else delete next.pages;
    return { ...m, agenda: replaceById(m.agenda, itemId, next) };
  }),
};
