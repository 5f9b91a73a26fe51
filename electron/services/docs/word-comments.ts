// Word comments (comments.xml, with commentRangeStart / commentRangeEnd / commentReference in the
// text): each anchored on the paragraphs it is about, with its author, initials and date, and
// marked done once decided. Used by the reviewed draft; reusable by anything else that writes them.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ICommentsOptions,
} from 'docx';
import type { AnnotationIds } from './word-revisions';

export interface WordComment {
  author: string;
  /** ISO timestamp. */
  at: string;
  /** One paragraph of the comment per entry. */
  paragraphs: string[];
  /** Decided: Word shows the thread as resolved (w15:done). */
  done?: boolean;
  /** Replies in its thread (w15:paraIdParent), anchored where it is. */
  replies?: Omit<WordComment, 'replies' | 'done'>[];
}

/** Forms of address an author's initials leave out: "Councillor Caroline Needham" is "CN". */
const TITLES = new Set(['councillor', 'cllr', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);

export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  const named = words.filter((w) => !TITLES.has(w.toLowerCase()));
  return (named.length ? named : words)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 9);
}

/** The comments of one document, in the order added; their ids come from the document's counter. */
export class WordComments {
  private readonly list: ICommentOptions[] = [];
  constructor(private readonly ids: AnnotationIds) {}

  /** Adds the comment and its replies; returns their ids, the comment's first, to anchor them all. */
  add(c: WordComment): number[] {
    const one = (x: Omit<WordComment, 'replies'>, parentId?: number): number => {
      const id = this.ids.next();
      const d = new Date(x.at);
      this.list.push({
        id,
        author: x.author,
        initials: initialsOf(x.author),
        date: Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d,
        ...(parentId !== undefined ? { parentId } : {}),
        ...(c.done ? { resolved: true } : {}),
        children: (x.paragraphs.length ? x.paragraphs : ['']).map((t) => new Paragraph({ children: [new TextRun(t)] })),
      });
      return id;
    };
    const first = one(c);
    return [first, ...(c.replies ?? []).map((r) => one(r, first))];
  }

  get size(): number {
    return this.list.length;
  }

  /** For the Document's `comments` option. */
  options(): ICommentsOptions {
    return { children: this.list };
  }
}

/**
 * The paragraphs with the comments anchored on them: each comment's range opens at the start of
 * the first paragraph and closes at the end of the last, where its reference mark stands.
 */
export function anchorComments(paragraphs: readonly Paragraph[], commentIds: readonly number[]): Paragraph[] {
  if (commentIds.length === 0 || paragraphs.length === 0) return [...paragraphs];
  const last = paragraphs.length - 1;
  return paragraphs.map((p, n) => {
    const children = [...(p.options.children ?? [])];
    if (n === 0) children.unshift(...commentIds.map((id) => new CommentRangeStart(id)));
    if (n === last)
      children.push(
        ...commentIds.map((id) => new CommentRangeEnd(id)),
        ...commentIds.map((id) => new TextRun({ children: [new CommentReference(id)] })),
      );
    return new Paragraph({ ...p.options, children });
  });
}
