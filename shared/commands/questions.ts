// Public questions: who asked (a name, or "a member of the public"), the question, the answer and who gave it.
import { z } from 'zod';
import { Id, PublicQuestion } from '../domain';
import type { Meeting, PublicQuestion as Entry } from '../domain';
import { command, CommandError, findOrFail } from './define';
import { guarded, patched, placeAt } from './guard';
import { patchOf } from './patch';
import { normaliseAsker } from '../rules/questions';

const QuestionPatch = patchOf(
  PublicQuestion.omit({ id: true }).extend({ askedByPersonId: Id.nullable(), answeredBy: Id.nullable() }),
);

function put(m: Meeting, q: Entry, index?: number): Meeting {
  if (!m.agenda.some((i) => i.id === q.itemId))
    throw new CommandError('NOT_FOUND', 'A public question must be linked to an item on the agenda', 'itemId');
  const entry = { ...q, askedByName: normaliseAsker(q.askedByName) };
  return { ...m, publicQuestions: placeAt(m.publicQuestions, (x) => x.id === q.id, entry, index) };
}

/** Who asked and who answered must be in the room: reported at answeredBy unless the question's own field. */
const checkQuestion = <T>(idOf: (input: T) => string) =>
  guarded((input: T) => ({ subject: `question:${idOf(input)}`, fallbackField: 'answeredBy' }));

export const questionCommands = {
  'questions:add': command(
    z.object({ question: PublicQuestion, index: z.number().int().min(0).optional() }),
    (m, { question, index }) => {
      if (m.publicQuestions.some((q) => q.id === question.id))
        throw new CommandError('DUPLICATE', 'That question already exists');
      return put(m, question, index);
    },
    checkQuestion(({ question }) => question.id),
  ),

  /** Changes some fields (null clears who asked or who answered). */
  'questions:update': command(
    z.object({ questionId: Id, patch: QuestionPatch }),
    (m, { questionId, patch }) => {
      const q = findOrFail(m.publicQuestions, questionId, 'public question');
      return put(m, PublicQuestion.parse(patched(q, patch)));
    },
    checkQuestion(({ questionId }) => questionId),
  ),

  'questions:remove': command(z.object({ questionId: Id }), (m, { questionId }) => {
    findOrFail(m.publicQuestions, questionId, 'public question');
    return { ...m, publicQuestions: m.publicQuestions.filter((q) => q.id !== questionId) };
  }),
};
