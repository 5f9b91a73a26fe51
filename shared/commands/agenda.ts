import { z } from 'zod';
import { AgendaItem, Id } from '../domain';
import { command, CommandError, findOrFail, moveTo, replaceById } from './define';

const ItemPatch = AgendaItem.omit({ id: true }).partial();

export const agendaCommands = {
  'agenda:addItem': command(z.object({ item: AgendaItem, index: z.number().int().min(0).optional() }), (m, { item, index }) => {
    if (m.agenda.some((x) => x.id === item.id)) throw new CommandError('DUPLICATE', 'That item is already on the agenda');
    const agenda = m.agenda.slice();
    agenda.splice(index ?? agenda.length, 0, item);
    return { ...m, agenda };
  }),
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
    if (used) throw new CommandError('IN_USE', 'This item has notes, resolutions, declarations or questions; remove them first');
    return { ...m, agenda: m.agenda.filter((x) => x.id !== itemId) };
  }),
  'agenda:moveItem': command(z.object({ itemId: Id, toIndex: z.number().int().min(0) }), (m, { itemId, toIndex }) => {
    const from = m.agenda.findIndex((x) => x.id === itemId);
    if (from < 0) throw new CommandError('NOT_FOUND', `No agenda item with id ${itemId} in this meeting`);
    return { ...m, agenda: moveTo(m.agenda, from, toIndex) };
  }),
};
