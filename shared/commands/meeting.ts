import { z } from 'zod';
import { ClockTime, ContactInput, IsoDate, MeetingStatus, ShortText } from '../domain';
import type { MeetingStatus as Status } from '../domain';
import { command, CommandError } from './define';

/** The life of a set of minutes; a step back is allowed only where the product says so. */
const NEXT: Record<Status, Status[]> = {
  planned: ['live'],
  live: ['ended'],
  ended: ['live', 'in_review'],
  in_review: ['ended', 'approved'],
  approved: ['confirmed'],
  confirmed: [],
};

export function canMoveTo(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

export const meetingCommands = {
  'meeting:updateDetails': command(
    z.object({
      patch: z
        .object({
          date: IsoDate,
          startTime: ClockTime,
          venue: ShortText,
          previousMeetingDate: IsoDate.nullable(),
          dateIssued: IsoDate.nullable(),
          agendaContact: ContactInput.nullable(),
          minutesContact: ContactInput.nullable(),
        })
        .partial(),
    }),
    (m, { patch }) => {
      const next = { ...m };
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete (next as Record<string, unknown>)[key];
        else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
      }
      return next;
    },
  ),
  'meeting:setStatus': command(z.object({ status: MeetingStatus, by: ShortText.default('') }), (m, { status, by }, ctx) => {
    if (m.status === status) return m;
    if (!canMoveTo(m.status, status))
      throw new CommandError('BAD_STATUS', `A meeting that is ${m.status.replace('_', ' ')} cannot become ${status.replace('_', ' ')}`);
    return { ...m, status, history: [...m.history, { status, at: ctx.timestamp, by }] };
  }),
};
