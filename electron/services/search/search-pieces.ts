// Within a meeting the index found, the pieces that answer the query (every term, each phrase),
// their words split into marked and unmarked runs, cut to the part around the matches.
import type { SearchSegment } from '$shared/api/search-contract';
import type { SearchDocument } from './search-documents';
import { answers, type ParsedQuery } from './search-query';
import { searchTerm } from './search-index';

const WORD = /[\p{L}\p{N}'’]+/gu;
const APOSTROPHES = /['’]/g;
/** Characters of context kept before the first match and after the last. */
const CONTEXT = 90;
const MAX_SNIPPET = 360;

export interface FoundPiece {
  doc: SearchDocument;
  /** How many words matched, weighted: more matches of more terms rank first. */
  weight: number;
  segments: SearchSegment[];
}

interface Word {
  start: number;
  end: number;
  term: string | null;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    term: searchTerm(m[0]),
  }));
}

function holdsPhrase(words: Word[], phrase: string[]): boolean {
  const terms = words.map((w) => w.term).filter((t): t is string => t !== null);
  for (let i = 0; i + phrase.length <= terms.length; i++) if (phrase.every((p, k) => terms[i + k] === p)) return true;
  return false;
}

/** The piece's text as runs, marked where a word answers the query, cut to the matches and some context. */
function segmentsOf(text: string, marks: Word[]): SearchSegment[] {
  let from = Math.max(0, marks[0]!.start - CONTEXT);
  let to = Math.min(text.length, Math.max(marks[marks.length - 1]!.end + CONTEXT, from + 2 * CONTEXT));
  to = Math.min(to, from + MAX_SNIPPET);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const out: SearchSegment[] = [];
  const push = (t: string, mark: boolean): void => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += t;
    else out.push({ text: t, mark });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const m of marks) {
    if (m.start < from || m.end > to) continue;
    push(text.slice(at, m.start), false);
    push(text.slice(m.start, m.end), true);
    at = m.end;
  }
  push(text.slice(at, to).replace(/\s+$/, ''), false);
  if (to < text.length) push(' …', false);
  return out.length ? out : [{ text: text.slice(0, MAX_SNIPPET), mark: false }];
}

/** The pieces of `docs` answering the query; `matched` is every word the index matched in this meeting. */
export function findPieces(
  docs: readonly SearchDocument[],
  query: ParsedQuery,
  matched: ReadonlySet<string>,
): FoundPiece[] {
  // Which of the matched words answer each query term: worked out once per meeting, not per word.
  const answering = new Map<string, string[]>();
  for (const word of matched)
    for (const q of query.terms) if (answers(word, q)) answering.set(word, [...(answering.get(word) ?? []), q]);
  const wordsFor = query.terms.map((q) => [...answering].filter(([, qs]) => qs.includes(q)).map(([w]) => w));
  const found: FoundPiece[] = [];
  for (const doc of docs) {
    // Most pieces lack a word: a plain substring test skips them before they are split into words.
    const lower = doc.text.toLowerCase().replace(APOSTROPHES, '');
    if (!wordsFor.every((ws) => ws.some((w) => lower.includes(w)))) continue;
    const words = wordsOf(doc.text);
    const marks = words.filter((w) => w.term !== null && answering.has(w.term));
    if (!marks.length) continue;
    if (!query.terms.every((q) => marks.some((w) => answering.get(w.term!)!.includes(q)))) continue;
    if (!query.phrases.every((p) => holdsPhrase(words, p))) continue;
    const exact = marks.filter((w) => query.terms.includes(w.term!)).length;
    found.push({ doc, weight: marks.length + exact, segments: segmentsOf(doc.text, marks) });
  }
  return found;
}
