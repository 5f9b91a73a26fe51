// "Prepare next meeting": the agenda from the committee's standard items with the work
// programme's items for that date as reports, item "Minutes" referring to these minutes.
import type { AgendaItem, Committee, Meeting } from '../domain';
import { agendaFromStandardItems, newId, newMeeting } from '../domain';
import { CommandError } from '../commands/define';
import { formatLongDate } from '../format/en-gb';
import type { WorkProgrammeItem } from './work-programme';

const CLOSING = new Set(['work-programme', 'next-meeting']);

/** Standard opening items, then the planned reports, then the closing items; numbered 1, 2, 3... */
export function nextMeetingAgenda(
  committee: Committee,
  reports: readonly WorkProgrammeItem[],
): { agenda: AgendaItem[]; fromWorkProgramme: Map<string, string> } {
  const standard = agendaFromStandardItems(committee.standardItems);
  const opening = standard.filter((i) => !CLOSING.has(i.kind));
  const closing = standard.filter((i) => CLOSING.has(i.kind));
  const fromWorkProgramme = new Map<string, string>();
  const planned: AgendaItem[] = reports.map((r) => {
    const id = newId();
    fromWorkProgramme.set(r.id, id);
    return { id, number: '0', title: r.title, summary: r.summary, reportAuthor: r.reportAuthor, kind: 'report' };
  });
  const agenda = [...opening, ...planned, ...closing].map((item, i) => ({ ...item, number: String(i + 1) }));
  return { agenda, fromWorkProgramme };
}

export interface NextMeetingProblem {
  code: 'INVALID' | 'CONFLICT';
  message: string;
}

/**
 * Why the next meeting cannot be prepared on that date, or undefined. Item 1 of the next meeting
 * confirms these minutes, so there can be only one next meeting: not a second one prepared from
 * the same minutes, and not one after a meeting that already followed this one.
 */
export function nextMeetingProblem(
  previous: Meeting,
  date: string,
  others: readonly Meeting[],
): NextMeetingProblem | undefined {
  if (date <= previous.date)
    return { code: 'INVALID', message: `The next meeting must be after this one (${formatLongDate(previous.date)})` };
  const ours = others.filter((m) => m.committeeId === previous.committeeId && m.id !== previous.id);
  const prepared = ours
    .filter(
      (m) =>
        m.previousMeetingId === previous.id ||
        (m.previousMeetingId === undefined && m.previousMeetingDate === previous.date && m.date > previous.date),
    )
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (prepared) {
    return {
      code: 'CONFLICT',
      message: `The next meeting, ${formatLongDate(prepared.date)}, was already prepared from these minutes; open that one instead`,
    };
  }
  const clash = ours.find((m) => m.date === date);
  if (clash)
    return {
      code: 'CONFLICT',
      message: `The committee already has a meeting on ${formatLongDate(date)}; open that one instead`,
    };
  const between = ours
    .filter((m) => m.date > previous.date && m.date < date)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (between) {
    return {
      code: 'CONFLICT',
      message: `The committee already has a later meeting, ${formatLongDate(between.date)}; the meeting after it must confirm its minutes, so prepare it from that meeting instead`,
    };
  }
  return undefined;
}

/** nextMeetingProblem as a refusal, at the date the user chose. */
export function refuseNextMeeting(previous: Meeting, date: string, others: readonly Meeting[]): void {
  const problem = nextMeetingProblem(previous, date, others);
  if (problem) throw new CommandError(problem.code, problem.message, 'date');
}

/**
 * What "Prepare next meeting" starts from: the next meeting as announced at `previous` (its item
 * "Date of next meeting"), else the same time as `previous` and the committee's usual venue.
 */
export function nextMeetingDefaults(
  previous: Meeting,
  committee: Pick<Committee, 'defaultVenue' | 'defaultStartTime'>,
): { date?: string; startTime: string; venue: string } {
  const announced = previous.nextMeeting;
  return {
    ...(announced?.date ? { date: announced.date } : {}),
    startTime: announced?.startTime ?? previous.startTime ?? committee.defaultStartTime,
    venue: announced?.venue ?? (committee.defaultVenue || previous.venue),
  };
}

/**
 * The next meeting prepared from `previous`: at the time and place given, else as announced at
 * `previous`, else as before (the committee's usual venue first), confirming `previous`'s minutes, with `planned` as its reports.
 * fromWorkProgramme maps each planned item's id to its agenda item's.
 */
export function nextMeeting(
  previous: Meeting,
  committee: Committee,
  planned: readonly WorkProgrammeItem[],
  fields: { date: string; startTime?: string | undefined; venue?: string | undefined },
  at: Date,
): { meeting: Meeting; fromWorkProgramme: Map<string, string> } {
  const { agenda, fromWorkProgramme } = nextMeetingAgenda(committee, planned);
  const defaults = nextMeetingDefaults(previous, committee);
  const meeting: Meeting = {
    ...newMeeting({
      committeeId: committee.id,
      date: fields.date,
      startTime: fields.startTime ?? defaults.startTime,
      venue: fields.venue ?? defaults.venue,
      agenda,
      previousMeetingDate: previous.date,
      at,
    }),
    previousMeetingId: previous.id,
  };
  return { meeting, fromWorkProgramme };
}

/** The date of the committee's last meeting before `date`, whose minutes the new one confirms. */
export function previousMeetingDate(
  meetings: readonly Meeting[],
  committeeId: string,
  date: string,
): string | undefined {
  return meetings
    .filter((m) => m.committeeId === committeeId && m.date < date)
    .sort((a, b) => b.date.localeCompare(a.date))[0]?.date;
}
