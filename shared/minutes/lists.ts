import type { Run } from './outline';
import { text } from './outline';

/** "A", "A and B", "A, B and C" — the house style's lists of names. */
export function joinWithAnd(parts: readonly Run[][]): Run[] {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(text(i === parts.length - 1 ? ' and ' : ', '));
    out.push(...p);
  });
  return out;
}

/** "A, B, C" — the published PRESENT lists officers and guests this way, with no "and". */
export function joinWithCommas(parts: readonly Run[][]): Run[] {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(text(', '));
    out.push(...p);
  });
  return out;
}

/** Adds a full stop unless the sentence already ends with one (or ? or !). */
export function withFullStop(sentence: string): string {
  const s = sentence.trimEnd();
  if (s === '') return s;
  if (/[.!?]["'’”)]*$/.test(s)) return s;
  return s.replace(/[;:,]+$/, '') + '.';
}
