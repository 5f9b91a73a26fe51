import { z } from 'zod';
import { Id, Inline } from '../domain';
import { command, CommandError, findOrFail, moveTo } from './define';

const Content = z.array(Inline).max(5000);

/** Merges adjacent text runs and drops empty ones, so equal content has one shape. */
export function normaliseContent(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of content) {
    const last = out[out.length - 1];
    if (run.t === 'text') {
      if (run.text === '') continue;
      if (last?.t === 'text') out[out.length - 1] = { t: 'text', text: last.text + run.text };
      else out.push(run);
    } else out.push(run);
  }
  return out;
}

export const notesCommands = {
  /**
   * Inserts a paragraph after another of the same item (or at the end of the item). `index` (a
   * position in the meeting's list of paragraphs) is for undo, to put one back exactly where it was.
   */
  'notes:addParagraph': command(
    z.object({
      itemId: Id,
      paragraphId: Id,
      afterParagraphId: Id.optional(),
      content: Content.default([]),
      index: z.number().int().min(0).optional(),
    }),
    (m, { itemId, paragraphId, afterParagraphId, content, index }) => {
      findOrFail(m.agenda, itemId, 'agenda item');
      if (m.notes.some((p) => p.id === paragraphId))
        throw new CommandError('DUPLICATE', 'That paragraph already exists');
      const notes = m.notes.slice();
      let at: number;
      if (afterParagraphId) {
        at = notes.findIndex((p) => p.id === afterParagraphId) + 1;
        if (at === 0) throw new CommandError('NOT_FOUND', `No paragraph with id ${afterParagraphId}`);
        // An item's paragraphs stay together, so moving them within the item stays simple.
        if (notes[at - 1]!.itemId !== itemId)
          throw new CommandError('INVALID', 'A paragraph can only follow another of the same item', 'afterParagraphId');
      } else if (index !== undefined) {
        at = Math.min(index, notes.length);
      } else {
        const lastOfItem = notes.map((p) => p.itemId).lastIndexOf(itemId);
        at = lastOfItem >= 0 ? lastOfItem + 1 : notes.length;
      }
      notes.splice(at, 0, { id: paragraphId, itemId, content: normaliseContent(content) });
      return { ...m, notes };
    },
  ),
  'notes:updateParagraph': command(z.object({ paragraphId: Id, content: Content }), (m, { paragraphId, content }) => {
    const p = findOrFail(m.notes, paragraphId, 'paragraph');
    const next = { ...p, content: normaliseContent(content) };
    return { ...m, notes: m.notes.map((x) => (x.id === paragraphId ? next : x)) };
  }),
  /** Removing a paragraph removes the actions anchored to it only when asked, so nothing vanishes by surprise. */
  'notes:removeParagraph': command(
    z.object({ paragraphId: Id, withActions: z.boolean().default(false) }),
    (m, { paragraphId, withActions }) => {
      findOrFail(m.notes, paragraphId, 'paragraph');
      const anchored = m.actions.filter((a) => a.paragraphId === paragraphId);
      if (anchored.length && !withActions)
        throw new CommandError(
          'IN_USE',
          `This paragraph has ${anchored.length} action(s); remove them or confirm removing them too`,
        );
      return {
        ...m,
        notes: m.notes.filter((p) => p.id !== paragraphId),
        actions: m.actions.filter((a) => a.paragraphId !== paragraphId),
      };
    },
  ),
  /** Moves a paragraph within its item; its actions move with it because they are anchored by id. */
  'notes:moveParagraph': command(z.object({ paragraphId: Id, toIndexInItem: z.number().int().min(0) }), (m, input) => {
    const p = findOrFail(m.notes, input.paragraphId, 'paragraph');
    const positions = m.notes.flatMap((x, i) => (x.itemId === p.itemId ? [i] : []));
    const from = m.notes.indexOf(p);
    const target = positions[Math.min(input.toIndexInItem, positions.length - 1)]!;
    return { ...m, notes: moveTo(m.notes, from, target) };
  }),
};
