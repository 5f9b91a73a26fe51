// The gaps the minutes would print as "[to be completed]".
import { minutesGaps } from '../review/gaps';
import type { CheckContext, Finding } from './types';

export function checkMarkers(ctx: CheckContext): Finding[] {
  return minutesGaps(ctx.meeting, ctx.committee).map((g, i) => ({
    id: `marker:${g.itemId ?? ''}:${g.paragraphId ?? g.actionId ?? ''}:${g.what}:${i}`,
    kind: 'marker' as const,
    words: `“[to be completed]” is left: ${g.what}.`,
    place: {
      where: g.where,
      ...(g.itemId ? { itemId: g.itemId } : {}),
      ...(g.paragraphId ? { paragraphId: g.paragraphId } : {}),
      ...(g.actionId ? { actionId: g.actionId } : {}),
    },
  }));
}
