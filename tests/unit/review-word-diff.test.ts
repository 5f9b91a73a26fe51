// The word diff behind Word tracked changes: what stayed plus what was deleted reads as the old
// text, what stayed plus what was inserted reads as the new one, whatever the texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../shared/review';

const words = fc.array(fc.constantFrom('the', 'Committee', 'noted', 'report.', 'Councillor', 'Needham', 'and', 'said', '£5m', 'café'), { maxLength: 30 }).map((w) => w.join(' '));

describe('word diff', () => {
  it('rebuilds both texts exactly', () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string()), fc.oneof(words, fc.string()), (a, b) => {
        const parts = wordDiff(a, b);
        expect(parts.filter((p) => p.op !== 'ins').map((p) => p.text).join('')).toBe(a);
        expect(parts.filter((p) => p.op !== 'del').map((p) => p.text).join('')).toBe(b);
        expect(parts.every((p) => p.text !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('marks only the words that changed, deletions before insertions', () => {
    expect(wordDiff('The Committee noted the report.', 'The Committee welcomed the report.')).toEqual([
      { op: 'same', text: 'The Committee ' },
      { op: 'del', text: 'noted ' },
      { op: 'ins', text: 'welcomed ' },
      { op: 'same', text: 'the report.' },
    ]);
    expect(wordDiff('same', 'same')).toEqual([{ op: 'same', text: 'same' }]);
  });
});
