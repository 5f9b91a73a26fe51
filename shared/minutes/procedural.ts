// The procedural items, written for the coordinator from what was captured.
import type { AgendaItem, Declaration, NextMeeting, PublicQuestion } from '../domain';
import { formatDate, formatTime } from '../format/en-gb';
import type { ComposeContext } from './context';
import { itemLabel } from './context';
import type { Block, Run } from './outline';
import { marker, mergeRuns, text } from './outline';
import { joinWithAnd, withFullStop } from './lists';
import { fullName, laterName } from './person-names';

function para(item: AgendaItem, key: string, runs: Run[]): Block {
  return { type: 'paragraph', key: `item:${item.id}:${key}`, itemId: item.id, runs: mergeRuns(runs) };
}

function nameRuns(ctx: ComposeContext, personId: string, style: 'full' | 'later'): Run[] {
  const p = ctx.people.get(personId);
  if (!p) return [marker('[unknown person]')];
  return [{ text: style === 'full' ? fullName(p) : laterName(p), personId }];
}

/** "Apologies for absence were received from Councillor Elaine Chumnerly." and the like. */
export function composeApologies(ctx: ComposeContext, item: AgendaItem): Block[] {
  const { attendance } = ctx.meeting;
  if (attendance.length === 0) {
    ctx.missing.push({
      where: itemLabel(item),
      what: 'attendance not recorded, so apologies cannot be written',
      itemId: item.id,
    });
    return [para(item, 'apologies', [marker()])];
  }
  const blocks: Block[] = [];
  const apologies = attendance.filter((a) => a.status === 'apologies');
  blocks.push(
    para(
      item,
      'apologies',
      apologies.length === 0
        ? [text('There were no apologies for absence.')]
        : [
            text('Apologies for absence were received from '),
            ...joinWithAnd(apologies.map((a) => nameRuns(ctx, a.personId, 'full'))),
            text('.'),
          ],
    ),
  );
  const late = attendance.filter((a) => a.lateApologies && a.status === 'present');
  if (late.length) {
    blocks.push(
      para(item, 'lateness', [
        text('Apologies for lateness were received from '),
        ...joinWithAnd(late.map((a) => nameRuns(ctx, a.personId, 'full'))),
        text('.'),
      ]),
    );
  }
  for (const a of attendance.filter((x) => x.substituteFor && x.status === 'present')) {
    blocks.push(
      para(item, `substitute:${a.personId}`, [
        ...nameRuns(ctx, a.personId, 'full'),
        text(' attended as a substitute for '),
        ...nameRuns(ctx, a.substituteFor!, 'full'),
        text('.'),
      ]),
    );
  }
  return blocks;
}

const KIND_PHRASE: Record<Declaration['kind'], string> = {
  'disclosable-pecuniary': 'a disclosable pecuniary interest',
  'other-significant': 'a significant interest',
  other: 'an interest',
  sensitive: 'an interest',
};

function declarationRuns(ctx: ComposeContext, d: Declaration): Run[] {
  const concerned = ctx.meeting.agenda.find((i) => i.id === d.itemId);
  const runs: Run[] = [
    ...nameRuns(ctx, d.personId, 'full'),
    text(` declared ${KIND_PHRASE[d.kind]} in `),
    concerned ? text(`item ${concerned.number} (${concerned.title})`) : marker(),
  ];
  if (d.kind === 'sensitive') {
    // Only the fact of a sensitive interest is minuted, never its nature.
    runs.push(text(', the nature of which is not recorded as it is a sensitive interest.'));
  } else if (d.nature.trim()) {
    runs.push(text(`: ${withFullStop(d.nature.trim())}`));
  } else {
    runs.push(text('.'));
  }
  const later = nameRuns(ctx, d.personId, 'later');
  if (d.withdrew) {
    const when = d.withdrewAt ? ` at ${formatTime(d.withdrewAt)}` : '';
    const back = d.returnedAt ? ` and returned at ${formatTime(d.returnedAt)}` : '';
    runs.push(
      text(' '),
      ...later,
      text(` withdrew from the meeting for the item${when}${back}, taking no part in the discussion or vote.`),
    );
  } else if (d.dispensation) {
    runs.push(text(' '), ...later, text(' had a dispensation and remained in the meeting.'));
  } else if (d.kind === 'disclosable-pecuniary' || d.kind === 'other-significant') {
    runs.push(text(' '), ...later, text(' remained in the meeting.'));
  }
  return runs;
}

/**
 * Before the meeting has started, "there were none" would read as if it had been held: the line
 * is a gap until then.
 */
function notYetHeld(ctx: ComposeContext, item: AgendaItem, key: string, what: string): Block[] | undefined {
  if (ctx.meeting.status !== 'planned') return undefined;
  ctx.missing.push({ where: itemLabel(item), what: `${what}: the meeting has not started yet`, itemId: item.id });
  return [para(item, key, [marker()])];
}

/** "There were no declarations of interest." or one paragraph per declaration. */
export function composeDeclarations(
  ctx: ComposeContext,
  item: AgendaItem,
  declarations: readonly Declaration[],
): Block[] {
  if (declarations.length === 0) {
    return (
      notYetHeld(ctx, item, 'declarations', 'the declarations of interest') ?? [
        para(item, 'declarations', [text('There were no declarations of interest.')]),
      ]
    );
  }
  return declarations.map((d) => {
    if (!ctx.meeting.agenda.some((i) => i.id === d.itemId)) {
      ctx.missing.push({
        where: itemLabel(item),
        what: 'a declaration names an item that is not on the agenda',
        itemId: item.id,
      });
    }
    return para(item, `declaration:${d.id}`, declarationRuns(ctx, d));
  });
}

/** One question and its answer, as two paragraphs. */
export function composeQuestion(ctx: ComposeContext, item: AgendaItem, q: PublicQuestion): Block[] {
  const asker: Run[] = q.askedByPersonId
    ? nameRuns(ctx, q.askedByPersonId, 'full')
    : [text(q.askedByName.trim() || 'a member of the public')];
  const question = q.question.trim();
  if (!question)
    ctx.missing.push({ where: itemLabel(item), what: 'a public question without its wording', itemId: item.id });
  const answer = q.answer.trim();
  if (!answer)
    ctx.missing.push({ where: itemLabel(item), what: 'a public question without its answer', itemId: item.id });
  const answeredBy: Run[] = q.answeredBy
    ? [text('Response from '), ctx.mentions.write(q.answeredBy, ':'), text(': ')]
    : [text('Response: ')];
  return [
    para(item, `question:${q.id}`, [
      text('Question from '),
      ...asker,
      text(': '),
      question ? text(withFullStop(question)) : marker(),
    ]),
    para(item, `answer:${q.id}`, [...answeredBy, answer ? text(withFullStop(answer)) : marker()]),
  ];
}

/** "There were no public questions." or the questions and answers. */
export function composePublicQuestions(
  ctx: ComposeContext,
  item: AgendaItem,
  questions: readonly PublicQuestion[],
): Block[] {
  if (questions.length === 0) {
    return (
      notYetHeld(ctx, item, 'questions', 'the public questions') ?? [
        para(item, 'questions', [text('There were no public questions.')]),
      ]
    );
  }
  return questions.flatMap((q) => composeQuestion(ctx, item, q));
}

/** The sentence under the minutes item's RESOLVED heading. */
export function minutesConfirmationRuns(ctx: ComposeContext, item: AgendaItem): Run[] {
  const previous = ctx.meeting.previousMeetingDate;
  if (!previous) {
    ctx.missing.push({ where: itemLabel(item), what: 'the date of the previous meeting', itemId: item.id });
  }
  return mergeRuns([
    text(`The minutes of the meeting of the ${ctx.committee.name} held on `),
    previous ? text(formatDate(previous, { ordinal: ctx.committee.settings.ordinalDates })) : marker(),
    text(' be confirmed and signed as an accurate record of the proceedings.'),
  ]);
}

/**
 * "The Committee noted that the next meeting would be held on 21st November 2016 at 7.00 pm in
 * the Town Hall.", as the published minutes word it, from the next meeting as captured (time and
 * venue only where given; a date still to come is a marker).
 */
export function nextMeetingRuns(next: NextMeeting | undefined, opts: { ordinal: boolean }): Run[] {
  const venue = next?.venue?.trim();
  return mergeRuns([
    text('The Committee noted that the next meeting would be held on '),
    next?.date ? text(formatDate(next.date, { ordinal: opts.ordinal })) : marker(),
    ...(next?.startTime ? [text(` at ${formatTime(next.startTime)}`)] : []),
    ...(venue ? [text(` in ${venue}`)] : []),
    text('.'),
  ]);
}

/** The item "Date of next meeting": the sentence above; the date still to come is a gap. */
export function composeNextMeeting(ctx: ComposeContext, item: AgendaItem): Block {
  const next = ctx.meeting.nextMeeting;
  if (!next?.date) ctx.missing.push({ where: itemLabel(item), what: 'the date of the next meeting', itemId: item.id });
  return para(item, 'next-meeting', nextMeetingRuns(next, { ordinal: ctx.committee.settings.ordinalDates }));
}
