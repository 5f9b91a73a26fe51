// One agenda item's part of the minutes: heading, procedural text, narrative with its actions,
// resolutions. Exempt items get a one-line public minute; their content goes to the annex.
import type { Action, AgendaItem, Paragraph } from '../domain';
import type { ComposeContext } from './context';
import { itemLabel } from './context';
import { annexItemNotice, exemptNotice } from './exempt';
import { isBlank } from './mentions';
import type { Block } from './outline';
import { marker, text } from './outline';
import {
  composeApologies,
  composeDeclarations,
  composeNextMeeting,
  composePublicQuestions,
  composeQuestion,
  minutesConfirmationRuns,
} from './procedural';
import { composeResolution } from './resolutions';
import { quorumBlocks } from './quorum';
import { exclusionResolutionId } from '../rules/templates';

export type ItemMode = 'public' | 'annex';

export function itemHeading(item: AgendaItem): Block {
  return {
    type: 'item-heading',
    key: `item:${item.id}`,
    itemId: item.id,
    number: item.number,
    title: item.title,
    exempt: item.exempt !== undefined,
    runs: [text(`${item.number}. ${item.title}`)],
  };
}

export function actionBlock(ctx: ComposeContext, itemId: string, where: string, a: Action): Block {
  const owners = a.owners.map((o) => o.trim()).filter(Boolean);
  if (owners.length === 0) {
    ctx.missing.push({ where, what: 'an action without an owner', itemId, paragraphId: a.paragraphId, actionId: a.id });
  }
  return {
    type: 'action',
    key: `action:${a.id}`,
    itemId,
    actionId: a.id,
    owners,
    runs: owners.length ? [text(`ACTION: ${owners.join(' / ')}`)] : [text('ACTION: '), marker()],
  };
}

/** A captured paragraph (unless blank) and, right after it, the actions that arose from it. */
export function paragraphWithActions(ctx: ComposeContext, itemId: string, where: string, p: Paragraph): Block[] {
  const blocks: Block[] = [];
  if (!isBlank(p.content)) {
    const before = ctx.mentions.problems.length;
    const runs = ctx.mentions.writeInlines(p.content);
    if (ctx.mentions.problems.length > before) {
      ctx.missing.push({
        where,
        what: "a paragraph names a person who is not in the committee's people",
        itemId,
        paragraphId: p.id,
      });
    }
    blocks.push({ type: 'paragraph', key: `para:${p.id}`, itemId, paragraphId: p.id, runs });
  }
  for (const a of ctx.meeting.actions.filter((x) => x.paragraphId === p.id))
    blocks.push(actionBlock(ctx, itemId, where, a));
  return blocks;
}

export function composeItem(ctx: ComposeContext, item: AgendaItem, mode: ItemMode): Block[] {
  const where = itemLabel(item);
  const exclusionId = exclusionResolutionId(item.id);
  if (item.exempt && mode === 'public') {
    // The exclusion under s100A(4) speaks of "the following item": it is resolved in public,
    // before the item, naming its Schedule 12A paragraph; only the discussion is confidential.
    const exclusion = ctx.meeting.resolutions.filter((r) => r.id === exclusionId && r.itemId === item.id);
    // Said in words first, so the RESOLVED that follows is not read as the previous item's.
    const lead: Block[] = exclusion.length
      ? [
          {
            type: 'paragraph',
            key: `item:${item.id}:exclusion`,
            itemId: item.id,
            runs: [text(`Before item ${item.number}, the Committee considered the exclusion of the press and public.`)],
          },
        ]
      : [];
    return [
      ...lead,
      ...exclusion.flatMap((r) => composeResolution(ctx, item.id, where, r)),
      itemHeading(item),
      { type: 'paragraph', key: `item:${item.id}:exempt`, itemId: item.id, runs: [text(exemptNotice(item.exempt))] },
      // Losing the quorum is not confidential: said in the public minutes.
      ...quorumBlocks(ctx, item),
    ];
  }
  const blocks: Block[] = [itemHeading(item)];
  if (item.exempt) {
    blocks.push({
      type: 'paragraph',
      key: `item:${item.id}:exempt`,
      itemId: item.id,
      runs: [text(annexItemNotice(item.exempt))],
    });
  }
  const { meeting } = ctx;
  const agendaIds = new Set(meeting.agenda.map((i) => i.id));
  const hasDeclarationsItem = meeting.agenda.some((i) => i.kind === 'declarations');
  const before = blocks.length;

  if (item.kind === 'apologies') blocks.push(...composeApologies(ctx, item));
  if (item.kind === 'declarations') blocks.push(...composeDeclarations(ctx, item, meeting.declarations));
  if (item.kind === 'public-participation') {
    // Questions captured against no known item are kept here rather than lost.
    const questions = meeting.publicQuestions.filter((q) => q.itemId === item.id || !agendaIds.has(q.itemId));
    blocks.push(...composePublicQuestions(ctx, item, questions));
  }
  const paragraphs = meeting.notes.filter((p) => p.itemId === item.id);
  // An exempt item's exclusion resolution is in the public minutes, before the item (above).
  const resolutions = meeting.resolutions.filter((r) => r.itemId === item.id && !(item.exempt && r.id === exclusionId));
  // The next meeting as captured; an item written before it was (its date in the notes) prints as it was.
  const wrote = (list: readonly { itemId: string }[]) => list.some((x) => x.itemId === item.id);
  if (
    item.kind === 'next-meeting' &&
    (meeting.nextMeeting ||
      (!paragraphs.some((p) => !isBlank(p.content)) && !wrote(resolutions) && !wrote(meeting.actions)))
  ) {
    blocks.push(composeNextMeeting(ctx, item));
  }
  let procedural = blocks.length > before;

  // Without a declarations item, a declaration is minuted at the item it concerns.
  if (!hasDeclarationsItem) {
    const own = meeting.declarations.filter((d) => d.itemId === item.id);
    if (own.length) blocks.push(...composeDeclarations(ctx, item, own));
  }
  if (item.kind !== 'public-participation') {
    for (const q of meeting.publicQuestions.filter((x) => x.itemId === item.id))
      blocks.push(...composeQuestion(ctx, item, q));
  }

  for (const p of paragraphs) blocks.push(...paragraphWithActions(ctx, item.id, where, p));
  const anchored = new Set(meeting.notes.map((p) => p.id));
  for (const a of meeting.actions.filter((x) => x.itemId === item.id && !anchored.has(x.paragraphId))) {
    blocks.push(actionBlock(ctx, item.id, where, a));
  }

  if (item.kind === 'minutes' && resolutions.length === 0) {
    blocks.push(
      { type: 'resolved-heading', key: `item:${item.id}:resolved`, itemId: item.id, runs: [text('RESOLVED')] },
      {
        type: 'resolution-sentence',
        key: `item:${item.id}:confirmation`,
        itemId: item.id,
        runs: minutesConfirmationRuns(ctx, item),
      },
    );
    procedural = true;
  }
  // Before the item's resolutions, so a reader sees that they were made inquorate.
  if (mode === 'public') blocks.push(...quorumBlocks(ctx, item));
  for (const r of resolutions) blocks.push(...composeResolution(ctx, item.id, where, r));

  if (!procedural && resolutions.length === 0 && !paragraphs.some((p) => !isBlank(p.content))) {
    ctx.missing.push({ where, what: 'no notes and no resolution', itemId: item.id });
    blocks.splice(before, 0, { type: 'paragraph', key: `item:${item.id}:empty`, itemId: item.id, runs: [marker()] });
  }
  return blocks;
}

/**
 * Notes, actions and resolutions that point at an item no longer on the agenda: printed at the
 * end and listed as gaps, never silently dropped.
 */
export function composeStrays(ctx: ComposeContext): Block[] {
  const { meeting } = ctx;
  const agendaIds = new Set(meeting.agenda.map((i) => i.id));
  const where = 'Not on the agenda';
  const blocks: Block[] = [];
  // Stands in for the missing item in keys and in the list of gaps.
  const stray: AgendaItem = {
    id: 'not-on-agenda',
    number: '',
    title: where,
    summary: '',
    reportAuthor: '',
    kind: 'other',
  };
  if (!meeting.agenda.some((i) => i.kind === 'declarations')) {
    const lost = meeting.declarations.filter((d) => !agendaIds.has(d.itemId));
    if (lost.length) blocks.push(...composeDeclarations(ctx, stray, lost));
  }
  if (!meeting.agenda.some((i) => i.kind === 'public-participation')) {
    for (const q of meeting.publicQuestions.filter((x) => !agendaIds.has(x.itemId)))
      blocks.push(...composeQuestion(ctx, stray, q));
  }
  for (const p of meeting.notes.filter((x) => !agendaIds.has(x.itemId))) {
    ctx.missing.push({ where, what: 'a paragraph belongs to an item that is not on the agenda', paragraphId: p.id });
    blocks.push(...paragraphWithActions(ctx, p.itemId, where, p));
  }
  const anchored = new Set(meeting.notes.map((p) => p.id));
  for (const a of meeting.actions.filter((x) => !agendaIds.has(x.itemId) && !anchored.has(x.paragraphId))) {
    ctx.missing.push({ where, what: 'an action belongs to an item that is not on the agenda', actionId: a.id });
    blocks.push(actionBlock(ctx, a.itemId, where, a));
  }
  for (const r of meeting.resolutions.filter((x) => !agendaIds.has(x.itemId))) {
    ctx.missing.push({ where, what: 'a resolution belongs to an item that is not on the agenda' });
    blocks.push(...composeResolution(ctx, r.itemId, where, r));
  }
  return blocks;
}
