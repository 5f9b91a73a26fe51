// Actions with no owner, or an owner the committee does not know (neither among its remembered
// owners nor a person on its roster). A near spelling of a known owner is the name check's.
import { formsClose, knownEntities } from './name-entities';
import { nameParts, surfaceKey } from './name-text';
import { ownerUsesOf } from './passages';
import type { CheckContext, Finding } from './types';

export function checkActionOwners(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const known = knownEntities(ctx.committee).flatMap((e) => e.forms.map((f) => f.parts));
  for (const a of ctx.meeting.actions) {
    if (a.owners.every((o) => o.trim() === '')) {
      out.push({
        id: `action-owner:none:${a.id}`,
        kind: 'action-owner',
        words: 'This action has no owner: say who will do it.',
        place: {
          where: `${ctx.itemWhere(a.itemId)}, action`,
          itemId: a.itemId,
          paragraphId: a.paragraphId,
          actionId: a.id,
        },
      });
    }
  }
  const reported = new Set<string>();
  // The same few owners recur on every action: each spelling is looked up once.
  const isKnown = new Map<string, boolean>();
  for (const { owner, place } of ownerUsesOf(ctx.meeting, ctx.itemWhere)) {
    const parts = nameParts(owner);
    const key = parts.join(' ');
    if (!isKnown.has(key)) isKnown.set(key, !parts.length || known.some((k) => formsClose(parts, k)));
    if (isKnown.get(key)) continue;
    const once = `${surfaceKey(owner)}:${place.actionId}`;
    if (reported.has(once)) continue;
    reported.add(once);
    out.push({
      id: `action-owner:unknown:${place.actionId}:${surfaceKey(owner)}`,
      kind: 'action-owner',
      words: `“${surfaceKey(owner)}” is not among the committee's action owners nor on its roster: check the owner, or add it to the committee's owners.`,
      place,
    });
  }
  return out;
}
