// An action or resolution asks for a future item: the work programme item it becomes.
import type { Meeting } from '../domain';
import { CommandError } from '../commands/define';
import { formatDate } from '../format/en-gb';
import type { WorkProgrammeItem } from './work-programme';

/** The first words of `s`, at most `max` characters, cut at a word and marked with an ellipsis. */
export const firstWords = (s: string, max = 120) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

export function itemFromMeeting(
  meeting: Meeting,
  ref: { actionId?: string | undefined; resolutionId?: string | undefined },
  fields: { id: string; title?: string | undefined; summary?: string | undefined; meetingDate?: string | undefined },
  describeParagraph: (paragraphId: string) => string,
): WorkProgrammeItem {
  let title = fields.title?.trim() ?? '';
  let summary = fields.summary?.trim() ?? '';
  let source: WorkProgrammeItem['source'];
  if (ref.actionId) {
    const a = meeting.actions.find((x) => x.id === ref.actionId);
    if (!a) throw new CommandError('NOT_FOUND', `No action with id ${ref.actionId} in this meeting`, 'actionId');
    const words = a.description.trim() || describeParagraph(a.paragraphId);
    title ||= firstWords(words, 80);
    summary ||= `${words}${a.owners.length ? ` (action: ${a.owners.join(' / ')})` : ''}`;
    source = { meetingId: meeting.id, actionId: a.id };
  } else if (ref.resolutionId) {
    const r = meeting.resolutions.find((x) => x.id === ref.resolutionId);
    if (!r)
      throw new CommandError('NOT_FOUND', `No resolution with id ${ref.resolutionId} in this meeting`, 'resolutionId');
    const words = r.clauses.join(' ');
    title ||= firstWords(words, 80);
    summary ||= `Resolved at the meeting of ${formatDate(meeting.date)}: ${words}`;
    source = { meetingId: meeting.id, resolutionId: r.id };
  } else {
    throw new CommandError('INVALID', 'Name the action or the resolution the item comes from', 'actionId');
  }
  if (!title) throw new CommandError('INVALID', 'The item needs a title', 'title');
  return {
    id: fields.id,
    title,
    summary,
    reportAuthor: '',
    ...(fields.meetingDate ? { meetingDate: fields.meetingDate } : {}),
    source,
  };
}
