// People a meeting names who are not on its committee's roster (a file from elsewhere, a person
// removed): said once each in words, so every other check can carry on without them.
import { personReferences } from '../domain';
import type { CheckContext, Finding } from './types';

export function checkUnknownPeople(ctx: CheckContext): Finding[] {
  const known = new Set(ctx.committee.people.map((p) => p.id));
  const seen = new Map<string, string[]>();
  for (const { personId, where } of personReferences(ctx.meeting)) {
    if (known.has(personId)) continue;
    seen.set(personId, [...(seen.get(personId) ?? []), where]);
  }
  return [...seen].map(([personId, wheres]) => ({
    id: `unknown-person:${personId}`,
    kind: 'unknown-person' as const,
    words: `Person ${personId} is named (${[...new Set(wheres)].slice(0, 3).join('; ')}) but is not on the committee's roster: add them, or correct the reference.`,
    place: { where: 'The meeting’s people' },
  }));
}
