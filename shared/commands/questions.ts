// Public questions: who asked (a name, or "a member of the public"), the question, the answer and who gave it.
import { z } from 'zod';
import { Id, PublicQuestion } from '../domain';
import type { Meeting, PublicQuestion as Entry } from '../domain';
import { command, CommandError, findOrFail, type CommandContext } from './define';
import { guard, patched, placeAt } from './guard';
import { patchOf } from './patch';
import { normaliseAsker } from '../rules/questions';

const QuestionPatch = patchOf(PublicQuestion.omit({ id: true }).extend({ askedByPersonId: Id.nullable(), answeredBy: Id.nullable() }));

function put(m: Meeting, q: Entry, ctx: CommandContext, index?: number): Meeting {
  if (!m.agenda.some((i) => i.id === q.itemId)) throw new CommandError('NOT_FOUND', 'A public question must be linked to an item on the agenda', 'itemId');
  const entry = { ...q, askedByName: normaliseAsker(q.askedByName) };
  const next = { ...m, publicQuestions: placeAt(m.publicQuestions, (x) => x.id === q.id, entry, index) };
  return guard(m, next, ctx, { subject: `question:${q.id}`, fallbackField: 'answeredBy' });
}

export const questionCommands = {
  'questions:add': command(z.object({ question: PublicQuestion, index: z.number().int().min(0).optional() }), (m, { question, index }, ctx) => {
    if (m.publicQuestions.some((q) => q.id === question.id)) throw new CommandError('DUPLICATE', 'That question already exists');
    return put(m, question, ctx, index);
  }),

  /** Changes some fields (null clears who asked or who answered). */
  'questions:update': command(z.object({ questionId: Id, patch: QuestionPatch }), (m, { questionId, patch }, ctx) => {
    const q = findOrFail(m.publicQuestions, questionId, 'public question');
    return put(m, PublicQuestion.parse(patched(q, patch)), ctx);
  }),

  'questions:remove': command(z.object({ questionId: Id }), (m, { questionId }) => {
    findOrFail(m.publicQuestions, questionId, 'public question');
    return { ...m, publicQuestions: m.publicQuestions.filter((q) => q.id !== questionId) };
  }),
};
