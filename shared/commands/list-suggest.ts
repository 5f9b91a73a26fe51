// Suggested edits of the lists the minutes print one entry at a time: a resolution's clauses and
// an action's owners. Like a paragraph suggestion, it changes nothing until the coordinator
// accepts it; accepting applies it through the ordinary command (resolutions:set, actions:update).
import { z } from 'zod';
import { Id, LongText, ShortText } from '../domain';
import type { ListSuggestion, Meeting } from '../domain';
import { actionCommands } from './actions';
import { CommandError, type CommandContext } from './define';
import { resolutionCommands } from './resolutions';
import { applyStep } from './steps';

export type ListKind = ListSuggestion['kind'];

/** The block of the minutes a list suggestion sits on (the outline's key). */
export const listBlockRef = (kind: ListKind, id: string): string => `${kind}:${id}`;

const WHAT: Record<ListKind, string> = { resolution: 'resolution', action: 'action' };

/** The list as it stands now: the resolution's clauses or the action's owners. */
export function currentList(m: Meeting, kind: ListKind, id: string): string[] {
  if (kind === 'resolution') {
    const r = m.resolutions.find((x) => x.id === id);
    if (!r)
      throw new CommandError('NOT_FOUND', `The ${WHAT[kind]} this edit is about is no longer in the minutes`, 'id');
    return r.clauses;
  }
  const a = m.actions.find((x) => x.id === id);
  if (!a) throw new CommandError('NOT_FOUND', `The ${WHAT[kind]} this edit is about is no longer in the minutes`, 'id');
  return a.owners;
}

/** One to a line: spaces trimmed, empty lines dropped. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Applies the list through the command a direct edit uses (its own checks apply). */
export function applyList(m: Meeting, kind: ListKind, id: string, lines: string[], ctx: CommandContext): Meeting {
  if (kind === 'resolution') {
    const r = m.resolutions.find((x) => x.id === id)!;
    return applyStep(resolutionCommands['resolutions:set'], m, { resolution: { ...r, clauses: lines } }, ctx);
  }
  return applyStep(actionCommands['actions:update'], m, { actionId: id, patch: { owners: lines } }, ctx);
}

export const SuggestListInput = z.object({
  commentId: Id,
  kind: z.enum(['resolution', 'action']),
  id: Id,
  author: ShortText.trim().min(1, 'say who'),
  text: LongText.default(''),
  lines: z.array(LongText).max(200),
});

/** The suggestion checked against the minutes as they are: a real change, not an empty list. */
export function listSuggestion(m: Meeting, input: z.output<typeof SuggestListInput>): ListSuggestion {
  const basedOn = currentList(m, input.kind, input.id);
  const lines = cleanLines(input.lines);
  if (lines.length === 0) {
    throw new CommandError(
      'EMPTY',
      input.kind === 'resolution'
        ? 'A suggested edit needs the wording of the resolution'
        : 'A suggested edit needs at least one owner',
      'lines',
    );
  }
  if (input.kind === 'action' && lines.some((l) => l.length > 500))
    throw new CommandError('INVALID', 'An owner can be at most 500 characters', 'lines');
  if (sameList(lines, basedOn))
    throw new CommandError('NO_CHANGE', `The suggestion is the same as the ${WHAT[input.kind]}`, 'lines');
  return { kind: input.kind, id: input.id, lines, basedOn };
}

/** Accepting: refused when the list changed since (it would undo that change); else applied. */
export function acceptList(m: Meeting, s: ListSuggestion, ctx: CommandContext): { next: Meeting; replaced: string[] } {
  let now: string[];
  try {
    now = currentList(m, s.kind, s.id);
  } catch {
    throw new CommandError(
      'NOT_FOUND',
      `The ${WHAT[s.kind]} this suggestion changes has been removed; reject the suggestion`,
    );
  }
  if (!sameList(now, s.basedOn)) {
    throw new CommandError(
      'STALE',
      `The ${WHAT[s.kind]} has changed since this edit was suggested, so accepting it would undo those changes; reject it or ask for a new suggestion`,
    );
  }
  return { next: applyList(m, s.kind, s.id, s.lines, ctx), replaced: now };
}
