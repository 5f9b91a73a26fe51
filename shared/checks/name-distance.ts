// How far apart two spellings are: optimal string alignment distance (Levenshtein, with a swap of
// two neighbouring letters counted as one edit, the commonest typing slip). Kept here rather than
// imported: shared/ takes only zod, and this is twenty lines.

/** Edits (insert, delete, substitute, swap neighbours) from a to b; stops early once above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * The edits a slip may make in a name part of this length: none in a short part ("Ann", "Joan":
 * one letter there makes another name), one in a middling one, two in a long one.
 */
export function allowedEdits(length: number): number {
  return length <= 4 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Whether two normalised name parts are probably one spelled two ways. A short part must also
 * keep its first letter (D'Ath / De'Ath, not Hill / Bill).
 */
export function partsClose(a: string, b: string): boolean {
  if (a === b) return true;
  // A plural or a possessive "s" ("Service" / "Services", "Care" / "Cares").
  if (a + 's' === b || b + 's' === a) return a.length >= 3;
  const shorter = Math.min(a.length, b.length);
  let allowed = allowedEdits(shorter);
  // "dath" / "death": one letter added to a four-letter part that keeps its first and last
  // letters (a changed letter, as in John / Joan, stays another name).
  if (allowed === 0 && shorter === 4 && a.length !== b.length && a[0] === b[0] && a.at(-1) === b.at(-1)) allowed = 1;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (shorter < 7 && a[0] !== b[0]) return false;
  return editDistance(a, b, allowed) <= allowed;
}
