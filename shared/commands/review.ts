// Review and sign-off: the coordinator sends the draft, the Chair comments and suggests edits,
// the coordinator accepts or rejects each, the Chair approves. Every step attributed and dated.
import { z } from 'zod';
import { ApproverCapacity, Id, Inline, LongText, ReviewComment, ShortText } from '../domain';
import type { Approval, Meeting, ReviewComment as Comment } from '../domain';
import { command, CommandError, findOrFail } from './define';
import { noNewProblems } from './guard';
import { normaliseContent, notesCommands } from './notes';
import { applyStep } from './steps';
import { canonicalJson } from '../review/canonical-json';
import { CANONICAL_SCHEME, fingerprint } from '../review/canonical';
import { describeGap, minutesGaps } from '../review/gaps';
import { acceptList, listBlockRef, listSuggestion, SuggestListInput } from './list-suggest';
import { namedSnapshot } from '../review/named';
import { approvalSeal } from '../review/record-seal';
import { openComments } from '../review/comments';
import { describeFinding, openFindings } from '../checks';
import { acceptWordItem } from './review-word';

const Name = ShortText.trim().min(1, 'say who');

function inReview(m: Meeting, what: string): Comment[] {
  if (m.status !== 'in_review' || !m.review) {
    throw new CommandError(
      'NOT_IN_REVIEW',
      `The draft is not with the Chair for review (it is ${m.status.replace('_', ' ')}), so ${what} is not possible; send it for review first`,
    );
  }
  return m.review.comments;
}

function withComments(m: Meeting, comments: Comment[]): Meeting {
  return { ...m, review: { ...m.review!, comments } };
}

function addComment(m: Meeting, comment: Comment): Meeting {
  const comments = inReview(m, 'commenting');
  if (comments.some((c) => c.id === comment.id)) throw new CommandError('DUPLICATE', 'That comment already exists');
  if (comment.paragraphId) findOrFail(m.notes, comment.paragraphId, 'paragraph');
  return withComments(m, [...comments, comment]);
}

const sameContent = (a: readonly Inline[], b: readonly Inline[]) =>
  canonicalJson(normaliseContent(a)) === canonicalJson(normaliseContent(b));

export const reviewCommands = {
  /** The coordinator sends the ended meeting's draft to the Chair: dated, attributed. */
  'review:send': command(z.object({ by: Name }), (m, { by }, ctx) => {
    if (m.status === 'in_review')
      throw new CommandError('ALREADY_IN_REVIEW', 'The draft is already with the Chair for review');
    if (m.status !== 'ended') {
      throw new CommandError(
        'BAD_STATUS',
        m.status === 'planned' || m.status === 'live'
          ? 'End the meeting before sending its draft for review'
          : `Minutes that are ${m.status} cannot be sent for review again`,
      );
    }
    return {
      ...m,
      status: 'in_review',
      review: { sentAt: ctx.timestamp, sentBy: by, comments: m.review?.comments ?? [] },
      history: [...m.history, { status: 'in_review', at: ctx.timestamp, by }],
    };
  }),

  /** A comment on a captured paragraph, or on any other printed block (its outline key). */
  'review:comment': command(
    z
      .object({
        commentId: Id,
        paragraphId: Id.optional(),
        blockRef: ShortText.min(1).optional(),
        author: Name,
        text: LongText.trim().min(1, 'a comment needs its text'),
      })
      .refine((x) => (x.paragraphId === undefined) !== (x.blockRef === undefined), {
        message: 'comment on one paragraph (paragraphId) or one block (blockRef)',
        path: ['paragraphId'],
      }),
    (m, input, ctx) =>
      addComment(m, {
        id: input.commentId,
        ...(input.paragraphId ? { paragraphId: input.paragraphId } : { blockRef: input.blockRef! }),
        author: input.author,
        at: ctx.timestamp,
        text: input.text,
        status: 'open',
      }),
  ),

  /** A suggested replacement for a paragraph, with an optional note; it changes nothing until accepted. */
  'review:suggest': command(
    z.object({
      commentId: Id,
      paragraphId: Id,
      author: Name,
      text: LongText.default(''),
      suggestion: z.array(Inline).max(5000),
    }),
    (m, input, ctx) => {
      inReview(m, 'suggesting an edit');
      const paragraph = findOrFail(m.notes, input.paragraphId, 'paragraph');
      const suggestion = normaliseContent(input.suggestion);
      if (suggestion.every((r) => r.t === 'text' && r.text.trim() === '')) {
        throw new CommandError(
          'EMPTY',
          'A suggested edit replaces the paragraph with new words; to remove the paragraph, comment on it instead',
          'suggestion',
        );
      }
      if (sameContent(suggestion, paragraph.content))
        throw new CommandError('NO_CHANGE', 'The suggestion is the same as the paragraph', 'suggestion');
      return addComment(m, {
        id: input.commentId,
        paragraphId: input.paragraphId,
        author: input.author,
        at: ctx.timestamp,
        text: input.text.trim(),
        suggestion,
        basedOn: paragraph.content,
        status: 'open',
      });
    },
  ),

  /**
   * A suggested edit of a resolution's clauses or an action's owners (one to a line), on that
   * block of the minutes; like a paragraph suggestion, it changes nothing until accepted.
   */
  'review:suggestList': command(SuggestListInput, (m, input, ctx) => {
    inReview(m, 'suggesting an edit');
    const proposal = listSuggestion(m, input);
    return addComment(m, {
      id: input.commentId,
      blockRef: listBlockRef(input.kind, input.id),
      author: input.author,
      at: ctx.timestamp,
      text: input.text.trim(),
      listSuggestion: proposal,
      status: 'open',
    });
  }),

  /** The coordinator accepts (a suggestion is applied through the normal update) or rejects. */
  'review:decide': command(
    z.object({ commentId: Id, decision: z.enum(['accepted', 'rejected']), by: Name }),
    (m, { commentId, decision, by }, ctx) => {
      const comments = inReview(m, 'deciding on a comment');
      const comment = findOrFail(comments, commentId, 'comment');
      if (comment.status !== 'open')
        throw new CommandError(
          'ALREADY_DECIDED',
          `That comment was already ${comment.status} by ${comment.decidedBy ?? 'someone'}`,
        );
      const decided: Comment = { ...comment, status: decision, decidedBy: by, decidedAt: ctx.timestamp };
      let next = m;
      if (decision === 'accepted' && comment.suggestion && comment.paragraphId) {
        const paragraph = m.notes.find((p) => p.id === comment.paragraphId);
        if (!paragraph)
          throw new CommandError(
            'NOT_FOUND',
            'The paragraph this suggestion replaces has been removed; reject the suggestion',
          );
        if (comment.basedOn && !sameContent(comment.basedOn, paragraph.content)) {
          throw new CommandError(
            'STALE',
            'The paragraph has changed since this edit was suggested, so accepting it would undo those changes; reject it or ask for a new suggestion',
          );
        }
        decided.replaced = paragraph.content;
        next = applyStep(
          notesCommands['notes:updateParagraph'],
          m,
          { paragraphId: paragraph.id, content: comment.suggestion },
          ctx,
        );
      } else if (decision === 'accepted' && comment.listSuggestion) {
        const { next: applied, replaced } = acceptList(m, comment.listSuggestion, ctx);
        decided.listSuggestion = { ...comment.listSuggestion, replaced };
        next = applied;
      } else if (decision === 'accepted') {
        // A paragraph added or deleted, a detail of the meeting, a conflict: from the Chair's Word copy.
        next = acceptWordItem(m, comment, ctx) ?? m;
      }
      return withComments(
        next,
        comments.map((c) => (c.id === commentId ? decided : c)),
      );
      // An accepted suggestion answers to the rules its edit would (a resolution's vote, say).
    },
    noNewProblems,
  ),

  /**
   * Adds comments made on another copy (the Chair's laptop) that are not here yet. They arrive
   * open, whatever was decided there: the decision is made here, on this copy's content.
   */
  'review:importComments': command(z.object({ comments: z.array(ReviewComment).max(2000) }), (m, { comments }) => {
    const here = inReview(m, 'adding comments');
    const known = new Set(here.map((c) => c.id));
    const fresh = comments
      .filter((c) => !known.has(c.id))
      .map(({ decidedBy: _b, decidedAt: _a, replaced: _r, ...c }): Comment => {
        const list = c.listSuggestion && {
          kind: c.listSuggestion.kind,
          id: c.listSuggestion.id,
          lines: c.listSuggestion.lines,
          basedOn: c.listSuggestion.basedOn,
        };
        return { ...c, ...(list ? { listSuggestion: list } : {}), status: 'open' };
      });
    return fresh.length ? withComments(m, [...here, ...fresh]) : m;
  }),

  /**
   * The Chair approves (`approvedAs`: as the Chair, or for them; the app asks which): every comment must be decided; gaps still marked "[to be completed]"
   * need confirmMarkers. The content is fingerprinted with the people as named, and frozen.
   */
  'review:approve': command(
    z.object({ by: Name, approvedAs: ApproverCapacity.optional(), confirmMarkers: z.boolean().default(false) }),
    (m, { by, approvedAs, confirmMarkers }, ctx) => {
      inReview(m, 'approval');
      const open = openComments(m);
      if (open.length) {
        const list = open.slice(0, 5).map((c) => `${c.author}: "${(c.text || 'suggested edit').slice(0, 60)}"`);
        throw new CommandError(
          'OPEN_COMMENTS',
          `${open.length} comment(s) or suggested edit(s) are still open (${list.join('; ')}${open.length > 5 ? '; ...' : ''}); accept or reject each before approving`,
        );
      }
      const committee = ctx.committee;
      if (!committee || committee.id !== m.committeeId)
        throw new CommandError(
          'NO_COMMITTEE',
          "The meeting's committee is not available, so the minutes cannot be composed for approval",
        );
      const gaps = minutesGaps(m, committee).map(describeGap);
      if (gaps.length && !confirmMarkers) {
        throw new CommandError(
          'MARKERS',
          `The draft still has ${gaps.length} gap(s) marked "[to be completed]": ${gaps.join('; ')}. Confirm to approve it as it is`,
          'confirmMarkers',
        );
      }
      // Open findings of the checks do not block approval: the dialog lists them and the record keeps them
      // (the gaps are kept above, as gapsConfirmed).
      const findings = openFindings(m, committee)
        .filter((f) => f.kind !== 'marker')
        .map(describeFinding);
      const named = namedSnapshot(m, committee);
      const record: Approval = {
        approvedBy: by,
        ...(approvedAs ? { approvedAs } : {}),
        approvedAt: ctx.timestamp,
        fingerprint: fingerprint(m, named),
        scheme: CANONICAL_SCHEME,
        named,
        gapsConfirmed: gaps,
        findingsConfirmed: findings,
      };
      return {
        ...m,
        status: 'approved',
        // The record of approval is sealed too: who, when and the fingerprint approved.
        approval: { ...record, recordSeal: approvalSeal(m.id, record) },
        history: [...m.history, { status: 'approved', at: ctx.timestamp, by }],
      };
    },
  ),
};
