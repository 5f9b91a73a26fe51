// The word diff behind Word tracked changes: what stayed plus what was deleted reads as the old
// text, what stayed plus what was inserted reads as the new one, whatever the texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { wordDiff } from '$shared/review';

/** Tokens as wordDiff cuts them: a word with the space after it. */
const tokens = (s: string) => s.match(/\s+|[^\s]+\s*/g) ?? [];
/** How many tokens an independent diff (the diff package, Myers' algorithm) keeps: the longest common subsequence. */
const oracleKept = (a: string, b: string) =>
  diffArrays(tokens(a), tokens(b))
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.count, 0);
const kept = (a: string, b: string) =>
  tokens(
    wordDiff(a, b)
      .filter((p) => p.op === 'same')
      .map((p) => p.text)
      .join(''),
  ).length;

const words = fc
  .array(
    fc.constantFrom('the', 'Committee', 'noted', 'report.', 'Councillor', 'Needham', 'and', 'said', '£5m', 'café'),
    { maxLength: 30 },
  )
  .map((w) => w.join(' '));

describe('word diff', () => {
  it('rebuilds both texts exactly', () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string()), fc.oneof(words, fc.string()), (a, b) => {
        const parts = wordDiff(a, b);
        expect(
          parts
            .filter((p) => p.op !== 'ins')
            .map((p) => p.text)
            .join(''),
        ).toBe(a);
        expect(
          parts
            .filter((p) => p.op !== 'del')
            .map((p) => p.text)
            .join(''),
        ).toBe(b);
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

  it('keeps as many words as an independent diff does, with edits in several places', () => {
    const vocabulary = [
      'the',
      'Committee',
      'noted',
      'report.',
      'Councillor',
      'Needham',
      'and',
      'said',
      'schools',
      'budget',
    ];
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 5, maxLength: 40 });
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat(3),
      ins: fc.array(fc.constantFrom(...vocabulary), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 2, maxLength: 5 }), (before, edits) => {
        const after = before.slice();
        for (const e of edits) after.splice(e.at % (after.length + 1), e.del, ...e.ins);
        const a = before.join(' ');
        const b = after.join(' ');
        expect(kept(a, b)).toBe(oracleKept(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('marks two separate edits as two, with the words between them unchanged', () => {
    expect(
      wordDiff(
        'Councillor Needham noted the report and the budget.',
        'Councillor Ginn noted the report and the revised budget.',
      ),
    ).toEqual([
      { op: 'same', text: 'Councillor ' },
      { op: 'del', text: 'Needham ' },
      { op: 'ins', text: 'Ginn ' },
      { op: 'same', text: 'noted the report and the ' },
      { op: 'ins', text: 'revised ' },
      { op: 'same', text: 'budget.' },
    ]);
  });
});
