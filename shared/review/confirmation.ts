// Item "Minutes" of the confirming meeting: the minutes of the previous meeting were confirmed
// as an accurate record, with the amendments made to them after approval listed.
import type { Amendment, Committee, Meeting } from '../domain';
import { formatDate } from '../format/en-gb';
import { amendmentClause } from './amendment-words';

/** Where an amendment's changes sit, for a reader: "item 5", "the attendance", ... */
export function amendmentWhere(meeting: Meeting, a: Amendment): string {
  const places = new Set<string>();
  const itemOf = (id: string) => meeting.agenda.find((i) => i.id === id);
  for (const c of a.changes) {
    const entity = (c.after ?? c.before) as { itemId?: unknown } | null;
    const itemId = c.kind === 'agenda item' ? c.id : typeof entity?.itemId === 'string' ? entity.itemId : undefined;
    const item = itemId ? itemOf(itemId) : undefined;
    if (item) places.add(`item ${item.number}`);
    else if (c.kind === 'attendance') places.add('the attendance');
    else if (c.kind === 'clock') places.add('the meeting times');
    else if (c.kind !== 'people as named') places.add('the meeting details');
  }
  return [...places].join(', ') || 'the minutes';
}

/**
 * The RESOLVED wording for the confirming meeting. One sentence when nothing was amended;
 * otherwise the confirmation, then one clause per amendment saying which minute, what wording is
 * replaced and by what ("That paragraph 3 of minute 8 be amended by replacing the words ...").
 */
export function confirmationClauses(previous: Meeting, committee: Committee, ordinal: boolean): string[] {
  const date = formatDate(previous.date, { ordinal });
  const head = `The minutes of the meeting of the ${committee.name} held on ${date} be confirmed and signed as an accurate record of the proceedings`;
  const amendments = previous.amendments ?? [];
  if (amendments.length === 0) return [`${head}.`];
  return [
    `That ${head.replace(/^The/, 'the')}, subject to the amendment${amendments.length > 1 ? 's' : ''} below`,
    ...amendments.map((a) => amendmentClause(previous, committee, a, amendmentWhere(previous, a))),
  ];
}
