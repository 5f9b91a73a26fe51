// What the reader of a returned Word copy (electron/services/review-word) finds in it, as plain
// data: the body's paragraphs with their identities, tracked changes and comment ranges, the
// comments with their threads, and the document's properties. Mapped to suggestions by
// word-import.ts; plain JSON, so it crosses from the worker that reads the file.
import { sha256Hex } from './sha256';

/** A tracked change as Word records it: who, when (ISO, or '' when the file gives none). */
export interface WordRevision {
  kind: 'ins' | 'del';
  author: string;
  date: string;
  text: string;
  /** Part of a move (w:moveFrom / w:moveTo), which is a deletion and an insertion. */
  move?: true;
}

export interface WordParagraph {
  /** The Scrutineer identities (hidden bookmarks "_Scr…") that start in this paragraph. */
  ids: string[];
  /** The text as it was before the tracked changes (deletions kept, insertions left out). */
  before: string;
  /** The text with the tracked changes made (insertions kept, deletions left out). */
  after: string;
  revisions: WordRevision[];
  /** The paragraph itself was inserted or deleted with Track Changes on (its paragraph mark). */
  mark?: { kind: 'ins' | 'del'; author: string; date: string };
}

export interface WordComment {
  /** Its w:id in the file. */
  id: string;
  author: string;
  date: string;
  text: string;
  /** The paragraph (index into paragraphs) its range starts in, if the file marks one. */
  paragraph?: number;
  /** The commented text. */
  quote: string;
  /** The w:id of the comment it replies to (commentsExtended's paraIdParent). */
  parentId?: string;
}

export interface ReturnedWordFile {
  paragraphs: WordParagraph[];
  comments: WordComment[];
  /** The custom document properties (name → text). */
  properties: Record<string, string>;
  /** docProps/core.xml's last editor, and when. */
  lastModifiedBy: string;
  modified: string;
}

/** The custom properties a copy sent for review carries. */
export const WORD_PROPS = {
  meeting: 'ScrutineerMeeting',
  export: 'ScrutineerExport',
  revision: 'ScrutineerRevision',
  sentAt: 'ScrutineerSent',
} as const;

/** Hidden bookmarks (Word hides names that start with "_") naming one paragraph of one block. */
export const ID_PREFIX = '_Scr';

/** The identity of one paragraph of a block: "_Scr" + 10 hex digits of the block's key + "_" + its place. */
export function paragraphIdentity(blockKey: string, part: number): string {
  return `${ID_PREFIX}${sha256Hex(blockKey).slice(0, 10)}_${part}`;
}
