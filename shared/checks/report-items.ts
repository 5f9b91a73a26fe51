// A report item with neither a resolution nor a note: the minutes would say nothing of it.
import { isBlank } from '../minutes/mentions';
import type { CheckContext, Finding } from './types';

export function checkReportItems(ctx: CheckContext): Finding[] {
  const { meeting } = ctx;
  return meeting.agenda
    .filter((item) => item.kind === 'report' && !item.exempt)
    .filter((item) => !meeting.resolutions.some((r) => r.itemId === item.id))
    .filter((item) => meeting.notes.every((p) => p.itemId !== item.id || isBlank(p.content)))
    .map((item) => ({
      id: `report-empty:${item.id}`,
      kind: 'report-empty' as const,
      words: 'This report item has neither a resolution nor a note: record what the committee did with it.',
      place: { where: ctx.itemWhere(item.id), itemId: item.id },
    }));
}
