// Times must be in order and within the meeting: a late arrival after the start, an end after it, ...
import type { Meeting } from '../domain';
import { formatTime } from '../format/en-gb';
import { problem, type RuleProblem } from './problem';

interface Bound {
  code: string;
  message: (time: string, bound: string) => string;
}

/** A time must fall between the meeting's start and end, where those are recorded. */
function withinMeeting(meeting: Meeting, time: string | undefined, subject: string, field: string, before: Bound, after: Bound): RuleProblem[] {
  if (time === undefined) return [];
  const { startedAt, endedAt } = meeting.clock;
  if (startedAt !== undefined && time < startedAt) return [problem(before.code, subject, field, before.message(formatTime(time), formatTime(startedAt)))];
  if (endedAt !== undefined && time > endedAt) return [problem(after.code, subject, field, after.message(formatTime(time), formatTime(endedAt)))];
  return [];
}

const bounds = (noun: string, code: string): [Bound, Bound] => [
  { code: `${code}_BEFORE_START`, message: (t, s) => `${noun} (${t}) cannot be before the meeting started (${s})` },
  { code: `${code}_AFTER_END`, message: (t, e) => `${noun} (${t}) cannot be after the meeting ended (${e})` },
];

function clockProblems(m: Meeting): RuleProblem[] {
  const out: RuleProblem[] = [];
  const { startedAt, endedAt, adjournments } = m.clock;
  if (endedAt !== undefined && startedAt === undefined) {
    out.push(problem('END_WITHOUT_START', 'clock', 'endedAt', 'The meeting cannot have an end time without a start time'));
  } else if (endedAt !== undefined && startedAt !== undefined && endedAt < startedAt) {
    out.push(problem('END_BEFORE_START', 'clock', 'endedAt', `The meeting cannot end (${formatTime(endedAt)}) before it started (${formatTime(startedAt)})`));
  }
  adjournments.forEach((a, i) => {
    const at = `adjournments.${i}`;
    if (startedAt === undefined) out.push(problem('ADJOURNED_NOT_STARTED', 'clock', `${at}.out`, 'The meeting cannot be adjourned before it has started', String(i)));
    out.push(...withinMeeting(m, a.out, 'clock', `${at}.out`, ...bounds('An adjournment', 'ADJOURNMENT')));
    if (a.in !== undefined) {
      if (a.in < a.out) {
        out.push(problem('RESUMED_BEFORE_ADJOURNED', 'clock', `${at}.in`, `The meeting cannot resume (${formatTime(a.in)}) before it was adjourned (${formatTime(a.out)})`, String(i)));
      }
      out.push(...withinMeeting(m, a.in, 'clock', `${at}.in`, ...bounds('A resumption', 'RESUMPTION')));
    }
    const previous = adjournments[i - 1];
    if (previous && previous.in === undefined) {
      out.push(problem('ADJOURNED_TWICE', 'clock', `adjournments.${i - 1}.in`, 'An adjournment must be resumed before the next one', String(i)));
    } else if (previous?.in !== undefined && a.out < previous.in) {
      out.push(problem('ADJOURNMENTS_OVERLAP', 'clock', `${at}.out`, `An adjournment (${formatTime(a.out)}) cannot begin before the meeting resumed from the one before (${formatTime(previous.in)})`, String(i)));
    }
  });
  return out;
}

function itemTimeProblems(m: Meeting): RuleProblem[] {
  return m.agenda.flatMap((item) => {
    const subject = `item:${item.id}`;
    const out = withinMeeting(m, item.startedAt, subject, 'startedAt', ...bounds(`The start of item ${item.number}`, 'ITEM_START'));
    const e = item.exempt;
    if (e) {
      out.push(...withinMeeting(m, e.publicLeftAt, subject, 'publicLeftAt', ...bounds('The time the public left', 'PUBLIC_LEFT')));
      out.push(...withinMeeting(m, e.publicReturnedAt, subject, 'publicReturnedAt', ...bounds('The time the public returned', 'PUBLIC_RETURNED')));
      if (e.publicReturnedAt !== undefined && e.publicLeftAt === undefined) {
        out.push(problem('PUBLIC_RETURNED_WITHOUT_LEAVING', subject, 'publicReturnedAt', 'Record when the public left before when they returned'));
      } else if (e.publicReturnedAt !== undefined && e.publicLeftAt !== undefined && e.publicReturnedAt < e.publicLeftAt) {
        out.push(
          problem('PUBLIC_RETURNED_BEFORE_LEAVING', subject, 'publicReturnedAt', `The public cannot return (${formatTime(e.publicReturnedAt)}) before they left (${formatTime(e.publicLeftAt)})`),
        );
      }
    }
    return out;
  });
}

function attendanceTimeProblems(m: Meeting): RuleProblem[] {
  return m.attendance.flatMap((a) => {
    const subject = `attendance:${a.personId}`;
    const out = [
      ...withinMeeting(m, a.arrivedAt, subject, 'arrivedAt', ...bounds('A late arrival', 'LATE_ARRIVAL')),
      ...withinMeeting(m, a.leftAt, subject, 'leftAt', ...bounds('A departure', 'DEPARTURE')),
    ];
    if (a.arrivedAt !== undefined && a.leftAt !== undefined && a.leftAt < a.arrivedAt) {
      out.push(problem('LEFT_BEFORE_ARRIVING', subject, 'leftAt', `Nobody can leave (${formatTime(a.leftAt)}) before arriving (${formatTime(a.arrivedAt)})`));
    }
    return out;
  });
}

function declarationTimeProblems(m: Meeting): RuleProblem[] {
  return m.declarations.flatMap((d) => {
    const subject = `declaration:${d.id}`;
    const out = [
      ...withinMeeting(m, d.withdrewAt, subject, 'withdrewAt', ...bounds('A withdrawal', 'WITHDRAWAL')),
      ...withinMeeting(m, d.returnedAt, subject, 'returnedAt', ...bounds('A return', 'RETURN')),
    ];
    if (d.withdrewAt !== undefined && d.returnedAt !== undefined && d.returnedAt < d.withdrewAt) {
      out.push(problem('RETURNED_BEFORE_WITHDRAWING', subject, 'returnedAt', `Nobody can return (${formatTime(d.returnedAt)}) before withdrawing (${formatTime(d.withdrewAt)})`));
    }
    return out;
  });
}

/** Every time recorded in the meeting that is out of order or outside the meeting. */
export function timeProblems(m: Meeting): RuleProblem[] {
  return [...clockProblems(m), ...itemTimeProblems(m), ...attendanceTimeProblems(m), ...declarationTimeProblems(m)];
}
