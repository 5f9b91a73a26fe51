/** Small text helpers shared by the agenda parsers: matching-only normalisation, cells, fields. */
import type { Field, SourceLine } from './types';
import type { CleanLine } from './clean-lines';

/**
 * For matching only, never for what is kept: curly quotes, dashes and odd spaces made plain,
 * lower case, whitespace (tabs too) collapsed.
 */
export function norm(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Like norm() but keeps every character in place (same length, no collapsing), so a position
 * found in it is the same position in the original text.
 */
export function matchForm(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\s\u00a0]/g, ' ')
    .replace(/\p{Lu}/gu, (c) => {
      const lower = c.toLowerCase();
      return lower.length === c.length ? lower : c;
    });
}

/** Spaces collapsed (tabs too), ends trimmed: how a value is kept. */
export function tidy(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The tab-separated cells of a line, trimmed (empty cells kept, so columns stay in place). */
export function cells(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}

export function nonEmptyCells(text: string): string[] {
  return cells(text).filter((c) => c !== '');
}

export function sourceOf(lines: readonly CleanLine[]): SourceLine[] {
  const seen = new Set<number>();
  const out: SourceLine[] = [];
  for (const line of lines) {
    for (const l of line.joined ? [line, line.joined] : [line]) {
      if (seen.has(l.index)) continue;
      seen.add(l.index);
      out.push({ index: l.index, text: l.raw });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function field<T>(value: T, lines: readonly CleanLine[]): Field<T> {
  return { value, source: sourceOf(lines) };
}

/** Joins wrapped pieces of one text: "Vice-" + "Chair)" gives "Vice-Chair)", otherwise a space. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    if (out === '') out = p;
    else if (/[A-Za-z0-9]-$/.test(out)) out += p;
    else out += ' ' + p;
  }
  return out;
}

/** Letters present and none of them lower case: "WORK PROGRAMME", "REPORT 2015-16". */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

export function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
