// A query as typed, read into the terms the index looks up and the phrases ("in quotes") a result
// must hold word for word. Any character is allowed: nothing here is a pattern, so regular
// expression characters are only punctuation. Too many words, or only common ones, is refused in words.
import { SEARCH_MAX_WORDS } from '$shared/api/search-contract';
import { searchTerm } from './search-index';

export interface ParsedQuery {
  /** Distinct index terms, each of which a result must match (exactly, by prefix, or nearly). */
  terms: string[];
  /** Quoted phrases as index terms in order; a result holds each as consecutive words. */
  phrases: string[][];
}

export class QueryError extends Error {}

const WORD = /[\p{L}\p{N}'’]+/gu;

const termsOf = (text: string): string[] =>
  (text.match(WORD) ?? []).map(searchTerm).filter((t): t is string => t !== null);

export function parseQuery(raw: string): ParsedQuery {
  const words = raw.match(WORD) ?? [];
  if (words.length > SEARCH_MAX_WORDS)
    throw new QueryError(
      `A search takes at most ${SEARCH_MAX_WORDS} words, and this one has ${words.length.toLocaleString('en-GB')}: search for a few words that are in what you want to find.`,
    );
  if (!words.length)
    throw new QueryError('There are no words to search for: type a word or a name (punctuation alone finds nothing).');
  const phrases: string[][] = [];
  // Text between pairs of double quotes is a phrase; an unpaired quote is ignored.
  const parts = raw.replace(/[“”]/g, '"').split('"');
  parts.forEach((part, i) => {
    const inQuotes = i % 2 === 1 && i < parts.length - 1;
    const terms = termsOf(part);
    if (inQuotes && terms.length > 1) phrases.push(terms);
  });
  const terms = [...new Set(termsOf(raw))];
  if (!terms.length)
    throw new QueryError(
      `"${words.join(' ')}" ${words.length === 1 ? 'is too common a word' : 'are too common words'} to search for: add a word that is in what you want to find.`,
    );
  return { terms, phrases };
}

/** Edit distance at most `max` (else max + 1), for the index's fuzzy matches. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** Whether a word of a result (an index term) answers a term of the query, as the index matched them. */
export function answers(word: string, queryTerm: string): boolean {
  if (word === queryTerm) return true;
  if (queryTerm.length >= 3 && word.startsWith(queryTerm)) return true;
  return queryTerm.length >= 6 && within(word, queryTerm, Math.round(queryTerm.length * 0.15));
}
