// Attendance that contradicts the notes: someone who sent apologies recorded as speaking, and
// someone who had left named in the vote of an item that started after they left (votes carry
// no time of their own, so the item's start time is the measure).
import { peopleInVote } from '../domain';
import { formatTime } from '../format/en-gb';
import { speakersIn } from './mentions';
import type { CheckContext, Finding } from './types';

export function checkAttendance(ctx: CheckContext): Finding[] {
  const { meeting } = ctx;
  const out: Finding[] = [];
  const apologised = new Set(meeting.attendance.filter((a) => a.status === 'apologies').map((a) => a.personId));
  for (const p of meeting.notes) {
    for (const id of speakersIn(p)) {
      if (!apologised.has(id)) continue;
      out.push({
        id: `apologies-speaking:${p.id}:${id}`,
        kind: 'apologies-speaking',
        words: `${ctx.nameOf(id)} sent apologies, but this paragraph records them speaking.`,
        place: { where: ctx.itemWhere(p.itemId), itemId: p.itemId, paragraphId: p.id },
      });
    }
  }
  const started = new Map(meeting.agenda.map((i) => [i.id, i.startedAt]));
  for (const a of meeting.attendance.filter((x) => x.leftAt)) {
    for (const r of meeting.resolutions) {
      const from = started.get(r.itemId);
      if (!r.vote || !from || from < a.leftAt! || !peopleInVote(r.vote).includes(a.personId)) continue;
      out.push({
        id: `left-vote:${r.id}:${a.personId}`,
        kind: 'left-vote',
        words: `${ctx.nameOf(a.personId)} left at ${formatTime(a.leftAt!)}, but is named in the vote of this item, which started at ${formatTime(from)}.`,
        place: { where: `${ctx.itemWhere(r.itemId)}, resolution`, itemId: r.itemId, resolutionId: r.id },
      });
    }
  }
  return out;
}
