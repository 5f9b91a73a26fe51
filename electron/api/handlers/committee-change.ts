// The one way a committee's setup changes (committees:update, people:save, memberships:*): the
// change is parsed, checked against the rules no single channel can see, and stored. A rule is
// only held against what the change brings in: data stored before it (two Chairs saved by an
// older version, say) stays readable and editable.
import { Committee, soleRoleClashes, type Membership } from '../../../shared/domain';
import { formatDate } from '../../../shared/format/en-gb';
import { StoreError, type Store } from '../../services/store/store';

/** "since 1 May 2016", "from 1 May 2016 to 19 May 2017". */
export function span(m: { from?: string | undefined; to?: string | undefined }): string {
  if (m.from && m.to) return `from ${formatDate(m.from)} to ${formatDate(m.to)}`;
  if (m.from) return `since ${formatDate(m.from)}`;
  if (m.to) return `until ${formatDate(m.to)}`;
  return 'with no dates';
}

export const ROLE_NAME = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'a member' } as const;

/** The API field a refusal names, as each channel calls it ("role" for memberships:add, "membership.role" for people:save). */
export interface ChangeFields {
  role?: string;
}

const sameSeat = (a: Membership, b: Membership) => a.id === b.id && a.personId === b.personId && a.role === b.role && a.from === b.from && a.to === b.to;

/** Refuses a second Chair (or Vice-Chair) on any date that the change brings in. */
export function refuseSecondHolder(before: Committee, after: Committee, fields: ChangeFields = {}): void {
  const had = new Set(soleRoleClashes(before.memberships).map(([a, b]) => `${a.id} ${b.id}`));
  const kept = (m: Membership) => before.memberships.some((x) => sameSeat(x, m));
  for (const [a, b] of soleRoleClashes(after.memberships)) {
    if (had.has(`${a.id} ${b.id}`) || had.has(`${b.id} ${a.id}`)) continue;
    // The holder is the seat that was there already; the other is the one this change makes.
    const holder = kept(a) || !kept(b) ? a : b;
    const name = after.people.find((p) => p.id === holder.personId)?.name ?? 'Someone else';
    throw new StoreError('OVERLAP', `${name} is ${ROLE_NAME[holder.role]} ${span(holder)}; end that seat first`, fields.role ?? 'role');
  }
}

/** Changes one committee: parsed, checked, stored, its revision one up; answers the committee as stored. */
export async function changeCommittee(store: Store, committeeId: string, fn: (c: Committee) => Committee, fields: ChangeFields = {}): Promise<Committee> {
  const current = store.committee(committeeId);
  const next = Committee.parse({ ...fn(structuredClone(current)), revision: current.revision + 1 });
  refuseSecondHolder(current, next, fields);
  await store.changeCommittees((f) => ({ ...f, committees: f.committees.map((x) => (x.id === next.id ? next : x)) }));
  return next;
}
