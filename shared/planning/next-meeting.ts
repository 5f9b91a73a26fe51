// "Prepare next meeting": the agenda from the committee's standard items with the work
// programme's items for that date as reports, item "Minutes" referring to these minutes.
import type { AgendaItem, Committee, Meeting } from '../domain';
import { agendaFromStandardItems, newId } from '../domain';
import type { WorkProgrammeItem } from './work-programme';

const CLOSING = new Set(['work-programme', 'next-meeting']);

/** Standard opening items, then the planned reports, then the closing items; numbered 1, 2, 3... */
export function nextMeetingAgenda(committee: Committee, reports: readonly WorkProgrammeItem[]): { agenda: AgendaItem[]; fromWorkProgramme: Map<string, string> } {
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

/** Why the next meeting cannot be prepared on that date, or undefined. */
export function nextMeetingProblem(previous: Meeting, date: string, others: readonly Meeting[]): string | undefined {
  if (date <= previous.date) return `The next meeting must be after this one (${previous.date})`;
  const clash = others.find((m) => m.committeeId === previous.committeeId && m.date === date);
  if (clash) return `The committee already has a meeting on ${date}; open that one instead`;
  return undefined;
}
