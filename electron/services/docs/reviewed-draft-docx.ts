// The reviewed draft for councils that review in Word: the minutes with every recorded change as
// a real tracked change (w:del / w:ins with its author and date): each accepted suggestion, to a
// paragraph, a resolution or an ACTION line's owners, under the name of who suggested it, and
// each formal amendment after approval under the name of who made it. Every review comment, open
// or decided, is a Word comment on its paragraph. Paragraphs keep with their ACTION lines and
// RESOLVED blocks hold together, as in the draft minutes.
import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Committee, Meeting } from '$shared/domain';
import type { Block, MinutesOutline } from '$shared/minutes';
import { BLOCK_LOOK } from '$shared/minutes';
import { BlockWriter, keepsWithNext } from './blocks-docx';
import { A4, MARGIN, packDeterministic, reviewNumbering } from './review-docx-common';
import { reviewCommentWords } from './review-comment-words';
import { minutesStyles, CLAUSE_NUMBERING, STYLE } from './styles';
import { trackedMinutes, type TrackedBlock } from './tracked-blocks';
import { anchorComments, WordComments } from './word-comments';
import { AnnotationIds, trackedParagraphs } from './word-revisions';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

/** The block a comment is on: its paragraph's, or the block it names. */
const commentKey = (c: { paragraphId?: string | undefined; blockRef?: string | undefined }) =>
  c.paragraphId ? `para:${c.paragraphId}` : (c.blockRef ?? '');

/** A changed block as revisions, in its own Word style, kept with the next block as the minutes keep it. */
function writeTracked(t: TrackedBlock, next: Block | undefined, ids: AnnotationIds, clauseList: () => number) {
  const b = t.block;
  const style = BLOCK_LOOK[b.type].wordStyle;
  const keepNext = keepsWithNext(b, next);
  const instance = b.type === 'resolution-clauses' ? clauseList() : 0;
  return trackedParagraphs(t.spans!, ids, (n, count) => ({
    style,
    ...(instance ? { numbering: { reference: CLAUSE_NUMBERING, level: 0, instance } } : {}),
    ...(b.type === 'resolution-clauses' || b.type === 'resolution-sentence' || b.type === 'vote'
      ? { keepLines: true }
      : {}),
    ...(n < count - 1 || keepNext ? { keepNext: true } : {}),
  }));
}

export async function renderReviewedDraftDocx(
  givenMeeting: Meeting,
  givenCommittee: Committee,
  givenOpts: { author?: string } = {},
): Promise<{ bytes: Uint8Array; outline: MinutesOutline; revisions: number; comments: number }> {
  const [meeting, committee, opts] = removeXmlIllegalDeep([givenMeeting, givenCommittee, givenOpts] as const);
  const tracked = trackedMinutes(meeting, committee);
  const { outline } = tracked;
  const writer = new BlockWriter();
  // One numbering instance per resolution, shared with the writer's count so lists never merge.
  let clauseLists = 1000;
  const clauseList = () => ++clauseLists;
  const ids = new AnnotationIds();
  const comments = new WordComments(ids);
  const commentsOn = new Map<string, number[]>();
  const known = new Set([
    ...tracked.blocks.map((t) => t.block.key),
    ...[...tracked.removedFirst, ...tracked.blocks.flatMap((t) => t.removedAfter)].map((t) => t.block.key),
  ]);
  for (const c of meeting.review?.comments ?? []) {
    const words = reviewCommentWords(meeting, committee, c);
    const key = known.has(commentKey(c)) ? commentKey(c) : (outline.blocks[0]?.key ?? '');
    if (key !== commentKey(c)) words.paragraphs.unshift('(On a part of the minutes no longer in them.)');
    commentsOn.set(key, [...(commentsOn.get(key) ?? []), ...comments.add(words)]);
  }
  const write = (t: TrackedBlock, next: Block | undefined): Paragraph[] => {
    const paragraphs = t.spans ? writeTracked(t, next, ids, clauseList) : writer.write(t.block, next);
    const removed = t.removedAfter.flatMap((r) => write(r, next));
    return [...anchorComments(paragraphs, commentsOn.get(t.block.key) ?? []), ...removed];
  };
  const children = [
    ...tracked.removedFirst.flatMap((r) => write(r, tracked.blocks[0]?.block)),
    ...tracked.blocks.flatMap((t, i) => write(t, tracked.blocks[i + 1]?.block)),
  ];
  const revisions = ids.count - comments.size;
  const author = opts.author?.trim() || 'Scrutineer';
  const doc = new Document({
    title: `${outline.meta.title} (reviewed draft)`,
    subject: outline.meta.committee,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: minutesStyles(),
    numbering: reviewNumbering(),
    ...(comments.size ? { comments: comments.options() } : {}),
    // Further edits made in Word are tracked too.
    features: { trackRevisions: true },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ style: STYLE.footer, children: [new TextRun(outline.footer)] }),
              new Paragraph({
                style: STYLE.footer,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const bytes = await packDeterministic(doc, { created: outline.meta.created, modified: outline.meta.modified });
  return { bytes, outline, revisions, comments: comments.size };
}
