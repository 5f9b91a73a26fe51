import { z } from 'zod';
import { MeetingStatus } from '../domain';
import { command, CommandError } from './define';
import { canMoveTo } from './meeting';

export const statusUndoCommands = {
  /**
   * Undoes the last status change (for undo: "Start meeting" pressed by mistake): the meeting goes
   * back from `from` to `to` and that change leaves the history. Approval is never undone here:
   * approved minutes are frozen, a later change is an amendment.
   */
  'meeting:revertStatus': command(z.object({ from: MeetingStatus, to: MeetingStatus }), (m, { from, to }) => {
    const last = m.history[m.history.length - 1];
    if (m.status !== from || last?.status !== from) {
      throw new CommandError(
        'BAD_STATUS',
        `Only the last status change can be undone, and the meeting is ${m.status.replace('_', ' ')}`,
        'from',
      );
    }
    if (from === 'approved' || from === 'confirmed')
      throw new CommandError('FROZEN', 'Approved minutes are frozen: a change after approval is an amendment', 'from');
    const before = m.history[m.history.length - 2]?.status;
    if (!canMoveTo(to, from) || (before !== undefined && before !== to)) {
      throw new CommandError(
        'BAD_STATUS',
        `The meeting did not become ${from.replace('_', ' ')} from ${to.replace('_', ' ')}`,
        'to',
      );
    }
    return { ...m, status: to, history: m.history.slice(0, -1) };
  }),
};
