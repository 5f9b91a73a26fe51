import { z } from 'zod';
import { Action, Id } from '../domain';
import { command, CommandError, findOrFail, replaceById } from './define';
import { patchOf } from './patch';

export const actionCommands = {
  /** index (a position in the meeting's list of actions) is for undo, to put one back where it was. */
  'actions:add': command(
    z.object({ action: Action, index: z.number().int().min(0).optional() }),
    (m, { action, index }) => {
      if (m.actions.some((a) => a.id === action.id)) throw new CommandError('DUPLICATE', 'That action already exists');
      const paragraph = findOrFail(m.notes, action.paragraphId, 'paragraph');
      if (paragraph.itemId !== action.itemId)
        throw new CommandError('INVALID', 'An action belongs to the item of its paragraph', 'itemId');
      const actions = m.actions.slice();
      actions.splice(index ?? actions.length, 0, action);
      return { ...m, actions };
    },
  ),
  'actions:update': command(
    z.object({
      actionId: Id,
      patch: patchOf(Action.pick({ owners: true, description: true, due: true, status: true })),
    }),
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
