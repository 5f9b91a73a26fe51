// Declarations of interest: by someone present; a disclosable pecuniary interest withdraws them.
import { z } from 'zod';
import { ClockTime, Declaration, Id } from '../domain';
import type { Declaration as Entry, Meeting } from '../domain';
import { command, CommandError, findOrFail } from './define';
import { guarded, patched, placeAt, timeOf } from './guard';
import { patchOf } from './patch';

const DeclarationPatch = patchOf(
  Declaration.omit({ id: true }).extend({ withdrewAt: ClockTime.nullable(), returnedAt: ClockTime.nullable() }),
);

/** Localism Act 2011 s31: with a disclosable pecuniary interest the member takes no part, unless dispensed (s33). */
export function withWithdrawalRule(d: Entry): Entry {
  return d.kind === 'disclosable-pecuniary' && !d.dispensation && !d.withdrew ? { ...d, withdrew: true } : d;
}

function put(m: Meeting, d: Entry, index?: number): Meeting {
  if (!m.agenda.some((i) => i.id === d.itemId))
    throw new CommandError('NOT_FOUND', 'A declaration must concern an item on the agenda', 'itemId');
  return { ...m, declarations: placeAt(m.declarations, (x) => x.id === d.id, withWithdrawalRule(d), index) };
}

/** A problem of the declaration itself is reported at the field edited; another one at personId. */
const checkDeclaration = <T>(idOf: (input: T) => string, field: (f: string) => string = (f) => f) =>
  guarded((input: T) => ({ subject: `declaration:${idOf(input)}`, field, fallbackField: 'personId' }));

export const declarationCommands = {
  'declarations:add': command(
    z.object({ declaration: Declaration, index: z.number().int().min(0).optional() }),
    (m, { declaration, index }) => {
      if (m.declarations.some((d) => d.id === declaration.id))
        throw new CommandError('DUPLICATE', 'That declaration already exists');
      return put(m, declaration, index);
    },
    checkDeclaration(({ declaration }) => declaration.id),
  ),

  /** Changes some fields (null clears a time). */
  'declarations:update': command(
    z.object({ declarationId: Id, patch: DeclarationPatch }),
    (m, { declarationId, patch }) => {
      const d = findOrFail(m.declarations, declarationId, 'declaration');
      return put(m, Declaration.parse(patched(d, patch)));
    },
    checkDeclaration(({ declarationId }) => declarationId),
  ),

  'declarations:remove': command(z.object({ declarationId: Id }), (m, { declarationId }) => {
    findOrFail(m.declarations, declarationId, 'declaration');
    return { ...m, declarations: m.declarations.filter((d) => d.id !== declarationId) };
  }),

  /** The member who withdrew came back into the room (now, at the time given, or null to clear). */
  'declarations:returned': command(
    z.object({ declarationId: Id, at: ClockTime.nullable().optional() }),
    (m, { declarationId, at }, ctx) => {
      const d = findOrFail(m.declarations, declarationId, 'declaration');
      if (!d.withdrew) throw new CommandError('NOT_WITHDRAWN', 'Only someone who withdrew can return', 'at');
      const next: Entry = { ...d };
      if (at === null) delete next.returnedAt;
      else next.returnedAt = timeOf(at, ctx);
      return put(m, next);
    },
    checkDeclaration(
      ({ declarationId }) => declarationId,
      (f) => (f === 'returnedAt' ? 'at' : f),
    ),
  ),
};
