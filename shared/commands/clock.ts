// The meeting clock: start, end, adjournments, and stepping through the agenda.
import { z } from 'zod';
import { Adjournment, ClockTime, Id } from '../domain';
import type { Meeting } from '../domain';
import { formatTime } from '../format/en-gb';
import { command, CommandError, findOrFail, replaceById, type CommandContext } from './define';
import { checkLive, guarded, timeOf } from './guard';
import { meetingCommands } from './meeting';
import { applyStep } from './steps';

const At = z.object({ at: ClockTime.optional() });
const toAt = () => 'at';
/** Start, end, adjourn, resume: a problem of the clock is reported at the time typed. */
const clockAt = guarded(() => ({ subject: 'clock', field: toAt, fallbackField: 'at' }));

/** Status changes go through meeting:setStatus, so its rule and its history apply. */
function moveStatus(m: Meeting, status: 'live' | 'ended', ctx: CommandContext): Meeting {
  return applyStep(meetingCommands['meeting:setStatus'], m, { status, by: '' }, ctx);
}

export function isRunning(m: Meeting): boolean {
  return m.clock.startedAt !== undefined && m.clock.endedAt === undefined;
}

/** An adjournment has begun and the meeting has not resumed yet. */
export function isAdjourned(m: Meeting): boolean {
  return m.clock.adjournments.some((a) => a.in === undefined);
}

function withItemStart(m: Meeting, itemId: string | undefined, at: string): Meeting {
  const item = itemId === undefined ? undefined : m.agenda.find((i) => i.id === itemId);
  if (!item || item.startedAt !== undefined) return m;
  return { ...m, agenda: replaceById(m.agenda, item.id, { ...item, startedAt: at }) };
}

export const clockCommands = {
  /** Starts the meeting (now, or at the time given); a planned meeting becomes live. */
  'clock:start': command(
    At,
    (m, input, ctx) => {
      const { startedAt } = m.clock;
      if (startedAt !== undefined) {
        throw new CommandError(
          'ALREADY_STARTED',
          `The meeting already started at ${formatTime(startedAt)}; edit the start time instead`,
          'at',
        );
      }
      const at = timeOf(input.at, ctx);
      let next: Meeting = { ...m, clock: { ...m.clock, startedAt: at } };
      // The item the coordinator was already on starts with the meeting.
      next = withItemStart(next, m.clock.currentItemId, at);
      if (m.status !== 'live' && m.status !== 'ended') next = moveStatus(next, 'live', ctx);
      return next;
    },
    clockAt,
  ),

  /** Ends the meeting; a live meeting becomes ended. */
  'clock:end': command(
    At,
    (m, input, ctx) => {
      const { startedAt, endedAt } = m.clock;
      if (startedAt === undefined)
        throw new CommandError(
          'NOT_STARTED',
          'The meeting has not started, so it cannot end; record its start first',
          'at',
        );
      if (endedAt !== undefined)
        throw new CommandError(
          'ALREADY_ENDED',
          `The meeting already ended at ${formatTime(endedAt)}; edit the end time instead`,
          'at',
        );
      let next: Meeting = { ...m, clock: { ...m.clock, endedAt: timeOf(input.at, ctx) } };
      if (m.status === 'live') next = moveStatus(next, 'ended', ctx);
      return next;
    },
    clockAt,
  ),

  'clock:adjourn': command(
    At,
    (m, input, ctx) => {
      if (m.clock.startedAt === undefined)
        throw new CommandError('NOT_STARTED', 'The meeting has not started, so it cannot be adjourned', 'at');
      if (m.clock.endedAt !== undefined)
        throw new CommandError('ALREADY_ENDED', 'The meeting has ended, so it cannot be adjourned', 'at');
      const open = m.clock.adjournments.find((a) => a.in === undefined);
      if (open)
        throw new CommandError(
          'ALREADY_ADJOURNED',
          `The meeting is already adjourned (since ${formatTime(open.out)}); resume it first`,
          'at',
        );
      return { ...m, clock: { ...m.clock, adjournments: [...m.clock.adjournments, { out: timeOf(input.at, ctx) }] } };
    },
    clockAt,
  ),

  'clock:resume': command(
    At,
    (m, input, ctx) => {
      const i = m.clock.adjournments.findIndex((a) => a.in === undefined);
      if (i < 0) throw new CommandError('NOT_ADJOURNED', 'The meeting is not adjourned, so it cannot resume', 'at');
      const at = timeOf(input.at, ctx);
      const adjournments = m.clock.adjournments.map((a, j) => (j === i ? { ...a, in: at } : a));
      // An item stepped into during the adjournment starts when the meeting resumes.
      return withItemStart({ ...m, clock: { ...m.clock, adjournments } }, m.clock.currentItemId, at);
    },
    clockAt,
  ),

  /** Edits the recorded start and end (null clears one); the status is left alone. */
  'clock:setTimes': command(
    z.object({ startedAt: ClockTime.nullable().optional(), endedAt: ClockTime.nullable().optional() }),
    (m, { startedAt, endedAt }) => {
      const clock = { ...m.clock };
      if (startedAt === null) delete clock.startedAt;
      else if (startedAt !== undefined) clock.startedAt = startedAt;
      if (endedAt === null) delete clock.endedAt;
      else if (endedAt !== undefined) clock.endedAt = endedAt;
      return { ...m, clock };
    },
    guarded(({ startedAt, endedAt }) => ({
      subject: 'clock',
      fallbackField: endedAt !== undefined && startedAt === undefined ? 'endedAt' : 'startedAt',
    })),
  ),

  /** Replaces the adjournments (out/in), for corrections. */
  'clock:setAdjournments': command(
    z.object({ adjournments: z.array(Adjournment).max(100) }),
    (m, { adjournments }) => ({ ...m, clock: { ...m.clock, adjournments } }),
    guarded(() => ({ subject: 'clock', fallbackField: 'adjournments' })),
  ),

  /**
   * Steps into an item (null: none). The item's start is recorded the first time it is reached
   * while the meeting runs and is not adjourned (now, or `at`; an explicit `at` records it in
   * any case), unless recordStart is false (undo uses that). An item reached during an
   * adjournment starts when the meeting resumes (clock:resume).
   */
  'clock:goToItem': command(
    z.object({ itemId: Id.nullable(), at: ClockTime.optional(), recordStart: z.boolean().default(true) }),
    (m, { itemId, at, recordStart }, ctx) => {
      const clock = { ...m.clock };
      if (itemId === null) {
        if (clock.currentItemId === undefined) return m;
        delete clock.currentItemId;
        return { ...m, clock };
      }
      findOrFail(m.agenda, itemId, 'agenda item');
      let next: Meeting = { ...m, clock: { ...clock, currentItemId: itemId } };
      if (recordStart && ((isRunning(m) && !isAdjourned(m)) || at !== undefined))
        next = withItemStart(next, itemId, timeOf(at, ctx));
      return next;
    },
    // Leaving every item (null) records nothing, so it cannot break a rule.
    (before, after, { itemId }, ctx) => {
      if (itemId !== null)
        checkLive(before, after, ctx, { subject: `item:${itemId}`, field: toAt, fallbackField: 'at' });
    },
  ),

  /** Edits (or, with null, clears) the time an item was reached. */
  'agenda:setItemStart': command(
    z.object({ itemId: Id, at: ClockTime.nullable() }),
    (m, { itemId, at }) => {
      const item = findOrFail(m.agenda, itemId, 'agenda item');
      const next = { ...item };
      if (at === null) delete next.startedAt;
      else next.startedAt = at;
      return { ...m, agenda: replaceById(m.agenda, itemId, next) };
    },
    guarded(({ itemId }) => ({ subject: `item:${itemId}`, field: toAt, fallbackField: 'at' })),
  ),
};
