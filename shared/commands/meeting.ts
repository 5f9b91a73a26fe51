import { z } from 'zod';
import { ClockTime, ContactInput, IsoDate, MeetingStatus, ShortText, TrimmedText } from '../domain';
import type { NextMeeting, MeetingStatus as Status } from '../domain';
import { formatLongDate } from '../format/en-gb';
import { deepEqual } from '../rules/deep-equal';
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
  /**
   * The next meeting as announced (item "Date of next meeting"): its date, start time and venue,
   * each set on its own (absent: left as it is; null or an empty venue: cleared). Nothing left
   * removes it.
   */
  'meeting:setNextMeeting': command(
    z.object({
      date: IsoDate.nullable().optional(),
      startTime: ClockTime.nullable().optional(),
      venue: TrimmedText.nullable().optional(),
    }),
    (m, input) => {
      const next: NextMeeting = { ...m.nextMeeting };
      if (input.date !== undefined) next.date = input.date ?? undefined;
      if (input.startTime !== undefined) next.startTime = input.startTime ?? undefined;
      if (input.venue !== undefined) next.venue = input.venue || undefined;
      if (input.date && input.date !== m.nextMeeting?.date && input.date <= m.date) {
        throw new CommandError(
          'INVALID',
          `The next meeting must be after this one (${formatLongDate(m.date)})`,
          'date',
        );
      }
      const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as NextMeeting;
      if (deepEqual(kept, m.nextMeeting ?? {})) return m;
      const { nextMeeting: _old, ...rest } = m;
      return Object.keys(kept).length ? { ...rest, nextMeeting: kept } : rest;
    },
  ),
  'meeting:setStatus': command(
    z.object({ status: MeetingStatus, by: ShortText.default('') }),
    (m, { status, by }, ctx) => {
      if (m.status === status) return m;
      if (!canMoveTo(m.status, status))
        throw new CommandError(
          'BAD_STATUS',
          `A meeting that is ${m.status.replace('_', ' ')} cannot become ${status.replace('_', ' ')}`,
        );
      return { ...m, status, history: [...m.history, { status, at: ctx.timestamp, by }] };
    },
  ),
};
