import { z } from 'zod';
import { Action, Id } from '../domain';
import { command, CommandError, findOrFail, replaceById } from './define';

export const actionCommands = {
  'actions:add': command(z.object({ action: Action }), (m, { action }) => {
    if (m.actions.some((a) => a.id === action.id)) throw new CommandError('DUPLICATE', 'That action already exists');
    const paragraph = findOrFail(m.notes, action.paragraphId, 'paragraph');
    if (paragraph.itemId !== action.itemId) throw new CommandError('INVALID', 'An action belongs to the item of its paragraph', 'itemId');
    return { ...m, actions: [...m.actions, action] };
  }),
  'actions:update': command(
    z.object({ actionId: Id, patch: Action.pick({ owners: true, description: true, due: true, status: true }).partial() }),
    (m, { actionId, patch }) => {
      const a = findOrFail(m.actions, actionId, 'action');
      return { ...m, actions: replaceById(m.actions, actionId, Action.parse({ ...a, ...patch })) };
    },
  ),
  'actions:remove': command(z.object({ actionId: Id }), (m, { actionId }) => {
    findOrFail(m.actions, actionId, 'action');
    return { ...m, actions: m.actions.filter((a) => a.id !== actionId) };
  }),
};
