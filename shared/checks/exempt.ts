// Exempt ("Part II") items: the exclusion resolution must name the Schedule 12A paragraph, and
// come before the item is discussed (the press and public leave before, not during, it).
import { formatTime } from '../format/en-gb';
import { exclusionResolutionId } from '../rules/templates';
import type { CheckContext, Finding } from './types';

const LOOKS_PRIVATE = /\b(exempt|confidential|part (ii|2)|private)\b/i;

export function checkExempt(ctx: CheckContext): Finding[] {
  const { meeting } = ctx;
  const out: Finding[] = [];
  for (const item of meeting.agenda) {
    const place = { where: ctx.itemWhere(item.id), itemId: item.id };
    const e = item.exempt;
    if (!e) {
      if (LOOKS_PRIVATE.test(item.title)) {
        out.push({
          id: `exempt:unmarked:${item.id}`,
          kind: 'exempt',
          words:
            'The title says this item is exempt or confidential, but it is not marked exempt under a Schedule 12A paragraph.',
          place,
        });
      }
      continue;
    }
    const mine = meeting.resolutions.filter((r) => r.itemId === item.id);
    const exclusion = mine.find((r) => r.id === exclusionResolutionId(item.id));
    const namesParagraph = (text: string) => new RegExp(`paragraphs? [^.]*\\b${e.paragraph}\\b`, 'i').test(text);
    if (!exclusion) {
      out.push({
        id: `exempt:no-exclusion:${item.id}`,
        kind: 'exempt',
        words: `This exempt item has no resolution excluding the press and public under paragraph ${e.paragraph} of Schedule 12A.`,
        place,
      });
    } else {
      if (!exclusion.clauses.some(namesParagraph)) {
        out.push({
          id: `exempt:no-paragraph:${item.id}`,
          kind: 'exempt',
          words: `The exclusion resolution does not name its Schedule 12A paragraph (${e.paragraph}).`,
          place: { ...place, resolutionId: exclusion.id },
        });
      }
      if (mine.indexOf(exclusion) > 0) {
        out.push({
          id: `exempt:order:${item.id}`,
          kind: 'exempt',
          words:
            'The exclusion resolution comes after another resolution of this item: it must be passed before the item is discussed.',
          place: { ...place, resolutionId: exclusion.id },
        });
      }
    }
    if (e.publicLeftAt && item.startedAt && e.publicLeftAt > item.startedAt) {
      out.push({
        id: `exempt:late:${item.id}`,
        kind: 'exempt',
        words: `The item started at ${formatTime(item.startedAt)}, but the press and public left only at ${formatTime(e.publicLeftAt)}: it was discussed before the exclusion took effect.`,
        place,
      });
    }
  }
  return out;
}
