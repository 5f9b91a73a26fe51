// A review comment as the tracked-changes document words it: what came from the Chair's Word copy
// says so (issue 18, part 4), with the Word author and whether Track Changes was off.
import { describe, expect, it } from 'vitest';
import { ReviewComment } from '$shared/domain';
import { reviewCommentWords } from '../../electron/services/docs/review-comment-words';
import { loadSample } from '../helpers/review';

const { meeting, committee } = loadSample();
const paragraph = meeting.notes[0]!;
const base = {
  id: 'c1',
  paragraphId: paragraph.id,
  author: 'Councillor Caroline Needham',
  at: '2016-09-21T09:00:00.000Z',
  text: 'Please check the school name.',
};

describe('the words of a review comment in the tracked-changes document', () => {
  it("says a comment came from the Chair's Word copy, and who wrote it there", () => {
    const c = ReviewComment.parse({ ...base, fromWord: { exportId: 'e1', wordAuthor: 'Caroline Needham' } });
    expect(reviewCommentWords(meeting, committee, c).paragraphs).toContain(
      "From the Chair's Word copy (Caroline Needham).",
    );
  });

  it('says an edit found by comparison was made with Track Changes off', () => {
    const c = ReviewComment.parse({
      ...base,
      suggestion: paragraph.content,
      status: 'accepted',
      decidedBy: 'Bathsheba Mall',
      decidedAt: '2016-09-22T09:00:00.000Z',
      fromWord: { exportId: 'e1', wordAuthor: 'Caroline Needham', untracked: true },
    });
    const words = reviewCommentWords(meeting, committee, c);
    expect(words.paragraphs).toContain("From the Chair's Word copy (Caroline Needham, edited with Track Changes off).");
    expect(words.replies?.[0]?.paragraphs).toEqual(['Accepted by Bathsheba Mall on Thursday 22 September 2016.']);
  });

  it('says nothing of Word for a comment made in the review screen', () => {
    const words = reviewCommentWords(meeting, committee, ReviewComment.parse(base));
    expect(words.paragraphs.join(' ')).not.toMatch(/Word copy/);
    expect(words.paragraphs).toEqual(['Please check the school name.', 'Open: not yet decided.']);
  });
});
