import { ITEM_REACH_LINES, parseAgenda } from '$shared/agenda-import';

/**
 * Enough of a PDF has been read when its agenda parses and no more of it can follow: the
 * next item would have to start within ITEM_REACH_LINES of the last one, and the foot of the
 * item list (contact, date issued) sits just after it. The rest of the pack is reports.
 */
export function agendaComplete(lines: string[]): boolean {
  const r = parseAgenda(lines);
  if (!r.ok) return false;
  const lastItemLine = r.value.items[r.value.items.length - 1]?.number.source[0]?.index ?? 0;
  return lines.length > Math.max(lastItemLine + ITEM_REACH_LINES, r.value.span.to + 20);
}
