// A member who withdrew from an item for an interest, yet recorded as speaking or voting on it.
import { peopleInVote } from '../domain';
import { speakersIn } from './mentions';
import type { CheckContext, Finding } from './types';

export function checkInterests(ctx: CheckContext): Finding[] {
  const { meeting } = ctx;
  const out: Finding[] = [];
  for (const d of meeting.declarations.filter((x) => x.withdrew)) {
    const name = ctx.nameOf(d.personId);
    const spoke = meeting.notes.find((p) => p.itemId === d.itemId && speakersIn(p).has(d.personId));
    if (spoke) {
      out.push({
        id: `interest:spoke:${d.id}:${spoke.id}`,
        kind: 'interest',
        words: `${name} withdrew from this item for an interest, but this paragraph records them speaking on it.`,
        place: { where: ctx.itemWhere(d.itemId), itemId: d.itemId, paragraphId: spoke.id },
      });
    }
    for (const r of meeting.resolutions.filter((x) => x.itemId === d.itemId && x.vote)) {
      if (!peopleInVote(r.vote!).includes(d.personId)) continue;
      out.push({
        id: `interest:voted:${d.id}:${r.id}`,
        kind: 'interest',
        words: `${name} withdrew from this item for an interest, but is named in the vote on its resolution.`,
        place: { where: `${ctx.itemWhere(d.itemId)}, resolution`, itemId: d.itemId, resolutionId: r.id },
      });
    }
  }
  return out;
}
