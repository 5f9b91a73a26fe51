// A word-level difference between two texts, for Word tracked changes: the runs that stayed,
// were deleted and were inserted, in reading order. Whitespace sticks to the word before it.

export type DiffPart = { op: 'same' | 'del' | 'ins'; text: string };

function tokens(s: string): string[] {
  return s.match(/\s+|[^\s]+\s*/g) ?? [];
}

/** As `tokens`, but a line break is a token of its own: for texts of several paragraphs, one to a line. */
export function lineTokens(s: string): string[] {
  return s.match(/\n|[^\S\n]+|[^\s]+[^\S\n]*/g) ?? [];
}

/** Beyond this many token pairs the diff is "all deleted, all inserted": still correct, just coarse. */
const MAX_CELLS = 4_000_000;

export function wordDiff(before: string, after: string, tokenize: (s: string) => string[] = tokens): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common prefix and suffix first: most edits touch a few words in a long paragraph.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('same', a.slice(0, start).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push('del', midA.join(''));
    push('ins', midB.join(''));
  } else {
    // Longest common subsequence over tokens, then walk it.
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
        push('ins', midB[j]!);
        j++;
      } else {
        push('del', midA[i]!);
        i++;
      }
    }
  }
  push('same', a.slice(endA).join(''));
  // Between two unchanged stretches, all that was deleted reads first, then all that was inserted.
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'del', text: del });
    if (ins) out.push({ op: 'ins', text: ins });
    del = ins = '';
  };
  for (const p of parts) {
    if (p.op === 'del') del += p.text;
    else if (p.op === 'ins') ins += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}
