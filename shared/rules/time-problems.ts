// Times must be in order and within the meeting: a late arrival after the start, an end after it, ...
import type { Meeting } from '../domain';
import { formatTime, minutesOf } from '../format/en-gb';
import { problem, type RuleProblem } from './problem';

interface Bound {
  code: string;
  message: (time: string, bound: string) => string;
}

/** A time must fall between the meeting's start and end, where those are recorded. */
function withinMeeting(
  meeting: Meeting,
  time: string | undefined,
  subject: string,
  field: string,
  before: Bound,
  after: Bound,
): RuleProblem[] {
  if (time === undefined) return [];
  const { startedAt, endedAt } = meeting.clock;
  if (startedAt !== undefined && time < startedAt)
    return [problem(before.code, subject, field, before.message(formatTime(time), formatTime(startedAt)))];
  if (endedAt !== undefined && time > endedAt)
    return [problem(after.code, subject, field, after.message(formatTime(time), formatTime(endedAt)))];
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
    out.push(
      problem('END_WITHOUT_START', 'clock', 'endedAt', 'The meeting cannot have an end time without a start time'),
    );
  } else if (endedAt !== undefined && startedAt !== undefined && endedAt < startedAt) {
    out.push(
      problem(
        'END_BEFORE_START',
        'clock',
        'endedAt',
        `The meeting cannot end (${formatTime(endedAt)}) before it started (${formatTime(startedAt)})`,
      ),
    );
  }
  adjournments.forEach((a, i) => {
    const at = `adjournments.${i}`;
    if (startedAt === undefined)
      out.push(
        problem(
          'ADJOURNED_NOT_STARTED',
          'clock',
          `${at}.out`,
          'The meeting cannot be adjourned before it has started',
          String(i),
        ),
      );
    out.push(...withinMeeting(m, a.out, 'clock', `${at}.out`, ...bounds('An adjournment', 'ADJOURNMENT')));
    if (a.in !== undefined) {
      if (a.in < a.out) {
        out.push(
          problem(
            'RESUMED_BEFORE_ADJOURNED',
            'clock',
            `${at}.in`,
            `The meeting cannot resume (${formatTime(a.in)}) before it was adjourned (${formatTime(a.out)})`,
            String(i),
          ),
        );
      }
      out.push(...withinMeeting(m, a.in, 'clock', `${at}.in`, ...bounds('A resumption', 'RESUMPTION')));
    }
    const previous = adjournments[i - 1];
    if (previous && previous.in === undefined) {
      out.push(
        problem(
          'ADJOURNED_TWICE',
          'clock',
          `adjournments.${i - 1}.in`,
          'An adjournment must be resumed before the next one',
          String(i),
        ),
      );
    } else if (previous?.in !== undefined && a.out < previous.in) {
      out.push(
        problem(
          'ADJOURNMENTS_OVERLAP',
          'clock',
          `${at}.out`,
          `An adjournment (${formatTime(a.out)}) cannot begin before the meeting resumed from the one before (${formatTime(previous.in)})`,
          String(i),
        ),
      );
    }
  });
  return out;
}

/** The adjournment a time falls inside (after it began, before the meeting resumed), if any. */
function adjournmentAround(m: Meeting, time: string): { out: string; in?: string } | undefined {
  return m.clock.adjournments.find((a) => time > a.out && (a.in === undefined || time < a.in));
}

function itemTimeProblems(m: Meeting): RuleProblem[] {
  return m.agenda.flatMap((item) => {
    const subject = `item:${item.id}`;
    const out = withinMeeting(
      m,
      item.startedAt,
      subject,
      'startedAt',
      ...bounds(`The start of item ${item.number}`, 'ITEM_START'),
    );
    const around = item.startedAt === undefined ? undefined : adjournmentAround(m, item.startedAt);
    if (item.startedAt !== undefined && around) {
      const span =
        around.in === undefined
          ? `since ${formatTime(around.out)}`
          : `from ${formatTime(around.out)} to ${formatTime(around.in)}`;
      out.push(
        problem(
          'ITEM_START_WHILE_ADJOURNED',
          subject,
          'startedAt',
          `Item ${item.number} cannot start (${formatTime(item.startedAt)}) while the meeting is adjourned (${span})`,
        ),
      );
    }
    const e = item.exempt;
    if (e) {
      out.push(
        ...withinMeeting(
          m,
          e.publicLeftAt,
          subject,
          'publicLeftAt',
          ...bounds('The time the public left', 'PUBLIC_LEFT'),
        ),
      );
      out.push(
        ...withinMeeting(
          m,
          e.publicReturnedAt,
          subject,
          'publicReturnedAt',
          ...bounds('The time the public returned', 'PUBLIC_RETURNED'),
        ),
      );
      if (e.publicReturnedAt !== undefined && e.publicLeftAt === undefined) {
        out.push(
          problem(
            'PUBLIC_RETURNED_WITHOUT_LEAVING',
            subject,
            'publicReturnedAt',
            'Record when the public left before when they returned',
          ),
        );
      } else if (
        e.publicReturnedAt !== undefined &&
        e.publicLeftAt !== undefined &&
        e.publicReturnedAt < e.publicLeftAt
      ) {
        out.push(
          problem(
            'PUBLIC_RETURNED_BEFORE_LEAVING',
            subject,
            'publicReturnedAt',
            `The public cannot return (${formatTime(e.publicReturnedAt)}) before they left (${formatTime(e.publicLeftAt)})`,
          ),
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
      out.push(
        problem(
          'LEFT_BEFORE_ARRIVING',
          subject,
          'leftAt',
          `Nobody can leave (${formatTime(a.leftAt)}) before arriving (${formatTime(a.arrivedAt)})`,
        ),
      );
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
      out.push(
        problem(
          'RETURNED_BEFORE_WITHDRAWING',
          subject,
          'returnedAt',
          `Nobody can return (${formatTime(d.returnedAt)}) before withdrawing (${formatTime(d.withdrewAt)})`,
        ),
      );
    }
    return out;
  });
}

/** Every time recorded in the meeting that is out of order or outside the meeting. */
export function timeProblems(m: Meeting): RuleProblem[] {
  return [...clockProblems(m), ...itemTimeProblems(m), ...attendanceTimeProblems(m), ...declarationTimeProblems(m)];
}

/** Minutes of slack before a time counts as still to come (a clock read a little fast). */
export const FUTURE_SLACK_MINUTES = 1;

/**
 * Times still to come: while a meeting is minuted on its own date (Europe/London), no time
 * recorded in it may be later than now (with a minute's slack). Meetings minuted after their
 * date (or before it) are not checked. Each problem's key carries the time, so an edit that
 * records another time still to come is told, and one that leaves such a time alone is not.
 */
export function futureTimeProblems(m: Meeting, now: { date: string; time: string }): RuleProblem[] {
  if (m.date !== now.date) return [];
  const limit = minutesOf(now.time) + FUTURE_SLACK_MINUTES;
  const out: RuleProblem[] = [];
  const check = (time: string | undefined, subject: string, field: string, noun: string) => {
    if (time === undefined || minutesOf(time) <= limit) return;
    out.push(
      problem(
        'TIME_STILL_TO_COME',
        subject,
        field,
        `${noun} (${formatTime(time)}) is still to come: it is now ${formatTime(now.time)}`,
        time,
      ),
    );
  };
  const { startedAt, endedAt, adjournments } = m.clock;
  check(startedAt, 'clock', 'startedAt', 'The start of the meeting');
  check(endedAt, 'clock', 'endedAt', 'The end of the meeting');
  adjournments.forEach((a, i) => {
    check(a.out, 'clock', `adjournments.${i}.out`, 'The adjournment');
    check(a.in, 'clock', `adjournments.${i}.in`, 'The resumption');
  });
  for (const item of m.agenda) {
    const subject = `item:${item.id}`;
    check(item.startedAt, subject, 'startedAt', `The start of item ${item.number}`);
    check(item.exempt?.publicLeftAt, subject, 'publicLeftAt', 'The time the public left');
    check(item.exempt?.publicReturnedAt, subject, 'publicReturnedAt', 'The time the public returned');
  }
  for (const a of m.attendance) {
    const subject = `attendance:${a.personId}`;
    check(a.arrivedAt, subject, 'arrivedAt', 'A late arrival');
    check(a.leftAt, subject, 'leftAt', 'A departure');
  }
  for (const d of m.declarations) {
    const subject = `declaration:${d.id}`;
    check(d.withdrewAt, subject, 'withdrewAt', 'A withdrawal');
    check(d.returnedAt, subject, 'returnedAt', 'A return');
  }
  return out;
}
