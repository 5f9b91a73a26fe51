// The one way a committee's setup changes (committees:update, people:save, memberships:*): the
// committee is read from the store, changed by a rule of shared/committee, checked by
// committeeAfter and stored.
import type { Committee } from '$shared/domain';
import { committeeAfter, type ChangeFields } from '$shared/committee';
import type { Store } from '../../services/store/store';

/** Changes one committee: parsed, checked, stored, its revision one up; answers the committee as stored. */
export async function changeCommittee(
  store: Store,
  committeeId: string,
  fn: (c: Committee) => Committee,
  fields: ChangeFields = {},
): Promise<Committee> {
  const current = store.committee(committeeId);
  const next = committeeAfter(current, fn(structuredClone(current)), fields);
  await store.changeCommittees((f) => ({ ...f, committees: f.committees.map((x) => (x.id === next.id ? next : x)) }));
  return next;
}
