// Attendance: one entry per person, in exactly one state, with late arrival and early departure times.
import { z } from 'zod';
import { Attendance, AttendanceStatus, Capacity, ClockTime, Id } from '../domain';
import type { Attendance as Entry, Meeting } from '../domain';
import { command, CommandError } from './define';
import { guarded, placeAt, timeOf } from './guard';

const Index = z.number().int().min(0).optional();
const timesAt = (field: string) => (field === 'arrivedAt' || field === 'leftAt' ? 'at' : field);

function entryOf(m: Meeting, personId: string): Entry | undefined {
  return m.attendance.find((a) => a.personId === personId);
}

/** The person's entry, or a new one when a capacity says in which capacity they attend. */
function entryOrNew(m: Meeting, personId: string, capacity: Entry['capacity'] | undefined): Entry {
  const existing = entryOf(m, personId);
  if (existing) return capacity ? { ...existing, capacity } : existing;
  if (!capacity)
    throw new CommandError(
      'NOT_ON_LIST',
      'This person is not on the attendance list yet; say in which capacity they attend',
      'capacity',
    );
  return { personId, capacity, status: 'absent', lateApologies: false };
}

function put(m: Meeting, entry: Entry, index?: number): Meeting {
  return { ...m, attendance: placeAt(m.attendance, (a) => a.personId === entry.personId, entry, index) };
}

/** A problem of the person's own entry is reported at the field edited; another one at fallbackField. */
const checkEntry = (field: (f: string) => string, fallbackField: string) =>
  guarded(({ personId }: { personId: string }) => ({ subject: `attendance:${personId}`, field, fallbackField }));
const sameField = (f: string) => f;

export const attendanceCommands = {
  /** Records one person's attendance in full (replacing what was there); index places it (undo). */
  'attendance:set': command(
    Attendance.extend({ index: Index }),
    (m, { index, ...entry }) => put(m, entry, index),
    checkEntry(sameField, 'status'),
  ),

  'attendance:remove': command(
    z.object({ personId: Id }),
    (m, { personId }) => {
      if (!entryOf(m, personId))
        throw new CommandError('NOT_FOUND', 'This person is not on the attendance list', 'personId');
      return { ...m, attendance: m.attendance.filter((a) => a.personId !== personId) };
    },
    guarded(() => ({ fallbackField: 'personId' })),
  ),

  /** One keystroke: present, apologies or absent; times that no longer fit the state are dropped. */
  'attendance:mark': command(
    z.object({ personId: Id, status: AttendanceStatus, capacity: Capacity.optional() }),
    (m, input) => {
      const entry: Entry = { ...entryOrNew(m, input.personId, input.capacity), status: input.status };
      if (input.status !== 'present') {
        delete entry.arrivedAt;
        delete entry.leftAt;
      }
      if (input.status === 'apologies') entry.lateApologies = false;
      return put(m, entry);
    },
    checkEntry(sameField, 'status'),
  ),

  /** Arrived late (now, or at the time given); before the meeting starts, simply present. */
  'attendance:arrive': command(
    z.object({ personId: Id, at: ClockTime.optional(), capacity: Capacity.optional() }),
    (m, input, ctx) => {
      const entry: Entry = { ...entryOrNew(m, input.personId, input.capacity), status: 'present' };
      if (m.clock.startedAt !== undefined || input.at !== undefined) entry.arrivedAt = timeOf(input.at, ctx);
      else delete entry.arrivedAt;
      return put(m, entry);
    },
    checkEntry(timesAt, 'at'),
  ),

  /** Left early (now, or at the time given). */
  'attendance:leave': command(
    z.object({ personId: Id, at: ClockTime.optional() }),
    (m, input, ctx) => {
      const existing = entryOf(m, input.personId);
      if (!existing) throw new CommandError('NOT_FOUND', 'This person is not on the attendance list', 'personId');
      if (existing.status !== 'present')
        throw new CommandError(
          'NOT_PRESENT',
          `Only someone present can leave; this person is recorded as ${existing.status}`,
          'personId',
        );
      if (m.clock.startedAt === undefined && input.at === undefined) {
        throw new CommandError(
          'NOT_STARTED',
          'The meeting has not started: mark them absent instead, or give the time they left',
          'at',
        );
      }
      return put(m, { ...existing, leftAt: timeOf(input.at, ctx) });
    },
    checkEntry(timesAt, 'at'),
  ),
};
