// What every check reads, built once: the item places in words and people's names by id.
import type { Committee, Meeting } from '../domain';
import type { CheckContext } from './types';

export function checkContext(meeting: Meeting, committee: Committee): CheckContext {
  const items = new Map(meeting.agenda.map((i) => [i.id, i]));
  const people = new Map(committee.people.map((p) => [p.id, p]));
  return {
    meeting,
    committee,
    itemWhere: (itemId) => {
      const item = items.get(itemId);
      return item ? `Item ${item.number}: ${item.title}` : 'An item no longer on the agenda';
    },
    nameOf: (personId) => people.get(personId)?.name ?? `an unknown person (${personId})`,
  };
}
