// The Chair's returned Word copy → what it would add to the review: suggested edits (tracked or
// made with Track Changes off), paragraphs added or deleted, comments with their threads, and
// conflicts where the coordinator changed the same block since the export. Changes to generated
// text are mapped to the data behind it (a resolution's clauses, an action's owners, the closing
// times); where no data edit fits, the change becomes a comment quoting both wordings. Pure:
// the service reads the file and composes the minutes as they stand now.
import type { Committee, Meeting, ReviewComment, WordExport, WordOrigin } from '../domain';
import { composeMinutes } from '../minutes/compose';
import type { Block } from '../minutes/outline';
import { alignParagraphs, type AlignedPart } from './word-align';
import { refine, wordAuthorPerson } from './word-map';
import { sha256Hex } from './sha256';
import { WORD_PROPS, type ReturnedWordFile, type WordParagraph } from './word-returned';

export interface WordImportPlan {
  exportId: string;
  items: ReviewComment[];
  /** Word author → committee person id, for those matched. */
  authors: Record<string, string>;
  /** What the reader noticed and the coordinator should know (an older copy, identities stripped). */
  notes: string[];
}

export class WordImportRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Ctx = {
  meeting: Meeting;
  committee: Committee;
  sent: WordExport;
  current: Map<string, string[]>;
  blocks: Map<string, Block>;
  file: ReturnedWordFile;
  byText: boolean;
  authors: Record<string, string>;
  items: ReviewComment[];
};

const fallbackDate = (ctx: Ctx) => ctx.file.modified || ctx.meeting.review?.sentAt || ctx.meeting.updatedAt;

/** A stable id: the same file imported twice gives the same ids, so nothing is added twice. */
const itemId = (ctx: Ctx, ...parts: string[]) => `w${sha256Hex([ctx.sent.id, ...parts].join('\u0000')).slice(0, 24)}`;

function authorName(ctx: Ctx, wordAuthor: string): string {
  const name = wordAuthor.trim() || ctx.file.lastModifiedBy || 'the Chair';
  const person = wordAuthorPerson(ctx.meeting, ctx.committee, name);
  if (!person) return name;
  ctx.authors[name] = person.id;
  return person.name;
}

function origin(ctx: Ctx, wordAuthor: string, untracked: boolean): WordOrigin {
  return {
    exportId: ctx.sent.id,
    wordAuthor: wordAuthor || ctx.file.lastModifiedBy || '',
    ...(untracked ? { untracked: true as const } : {}),
    ...(ctx.byText ? { matchedByText: true as const } : {}),
  };
}

/** Who made a block's changes, and when: the tracked revisions', else the file's last editor. */
function attribution(ctx: Ctx, paras: readonly WordParagraph[], untracked: boolean) {
  const revisions = paras.flatMap((p) => [...p.revisions, ...(p.mark ? [{ ...p.mark, text: '' }] : [])]);
  const tracked = revisions.find((r) => r.author);
  const wordAuthor = tracked?.author ?? ctx.file.lastModifiedBy;
  const dates = revisions
    .map((r) => r.date)
    .filter(Boolean)
    .sort();
  return {
    author: authorName(ctx, wordAuthor),
    at: dates.at(-1) || fallbackDate(ctx),
    fromWord: origin(ctx, wordAuthor, untracked || revisions.length === 0),
  };
}

function blockChanges(ctx: Ctx, key: string, parts: AlignedPart[]): void {
  const exported = parts.map((p) => p.exported);
  const returned = parts.map((p) => (p.returned && p.returned.after.trim() !== '' ? p.returned.after : undefined));
  const added = parts.map((p) => p.added.map((a) => a.after).filter((t) => t.trim() !== ''));
  const changed =
    returned.some((t, i) => t !== exported[i]) || added.some((a) => a.length > 0) || parts.some((p) => !p.returned);
  if (!changed) return;
  const paras = parts.flatMap((p) => [...(p.returned ? [p.returned] : []), ...p.added]);
  const untracked =
    parts.some((p) => p.returned && p.returned.before !== p.exported) ||
    parts.some((p) => p.added.some((a) => !a.mark && a.revisions.every((r) => r.kind !== 'ins')));
  const who = attribution(ctx, paras, untracked);
  const now = ctx.current.get(key);
  const proposedText = returned.flatMap((t, i) => [...(t === undefined ? [] : [t]), ...added[i]!]).join('\n');
  const base = {
    id: itemId(ctx, 'edit', key),
    author: who.author,
    at: who.at,
    status: 'open' as const,
    fromWord: who.fromWord,
  };
  if (!now || now.join('\n') !== exported.join('\n')) {
    ctx.items.push({
      ...base,
      blockRef: key,
      text: now
        ? 'The Chair and you both changed this since the copy was sent: compare the two and edit it by hand'
        : 'The Chair changed this, but it is no longer in the minutes',
      conflict: { exported: exported.join('\n'), current: (now ?? []).join('\n'), proposed: proposedText },
    });
    return;
  }
  ctx.items.push(
    ...refine(ctx, key, ctx.blocks.get(key), { exported, returned, added, base, itemId: (...p) => itemId(ctx, ...p) }),
  );
}

function comments(ctx: Ctx, partOf: Map<number, AlignedPart>): void {
  const idOf = new Map(ctx.file.comments.map((c) => [c.id, itemId(ctx, 'comment', c.id, c.text)]));
  const existing = ctx.meeting.review?.comments ?? [];
  for (const c of ctx.file.comments) {
    const part = c.paragraph === undefined ? undefined : partOf.get(c.paragraph);
    const key = part?.key ?? ctx.sent.blocks[0]?.key ?? 'title';
    const block = ctx.blocks.get(key);
    const target =
      block?.type === 'paragraph' && block.paragraphId && ctx.meeting.notes.some((p) => p.id === block.paragraphId)
        ? { paragraphId: block.paragraphId }
        : { blockRef: key };
    // A comment the app itself exported (or one already imported) comes back with the same words.
    if (
      existing.some(
        (e) =>
          e.text.trim() === c.text.trim() && (e.paragraphId ?? e.blockRef) === (target.paragraphId ?? target.blockRef),
      )
    )
      continue;
    const parent = c.parentId ? idOf.get(c.parentId) : undefined;
    ctx.items.push({
      id: idOf.get(c.id)!,
      ...target,
      author: authorName(ctx, c.author),
      at: c.date || fallbackDate(ctx),
      text: c.text || '(an empty comment)',
      ...(c.quote ? { quote: c.quote } : {}),
      ...(parent ? { replyTo: parent } : {}),
      status: 'open',
      fromWord: origin(ctx, c.author, false),
    });
  }
}

/** The export a file answers, or a refusal naming what is wrong. */
function whichExport(meeting: Meeting, file: ReturnedWordFile, describeMeeting: (id: string) => string | undefined) {
  const meetingId = file.properties[WORD_PROPS.meeting];
  const exportId = file.properties[WORD_PROPS.export];
  const exports = meeting.review?.wordExports ?? [];
  if (meetingId && meetingId !== meeting.id) {
    const other = describeMeeting(meetingId);
    throw new WordImportRefused(
      'OTHER_MEETING',
      `This copy was sent for the review of ${other ? `the minutes of ${other}` : 'another meeting'}, not of this meeting; nothing was imported. Open that meeting to import it.`,
    );
  }
  if (exports.length === 0)
    throw new WordImportRefused(
      'NOT_SENT',
      'No Word copy of these minutes has been sent for review from this computer, so there is nothing to compare the returned copy with. Send it for the Chair\u2019s review first.',
    );
  const latest = exports[exports.length - 1]!;
  if (!meetingId || !exportId) return { sent: latest, older: undefined };
  const sent = exports.find((e) => e.id === exportId);
  if (!sent)
    throw new WordImportRefused(
      'UNKNOWN_COPY',
      `This copy of these minutes (copy ${exportId}, revision ${file.properties[WORD_PROPS.revision] ?? '?'}) is not one this computer sent, or is older than the ${exports.length} copies it remembers; nothing was imported.`,
    );
  return { sent, older: sent === latest ? undefined : latest };
}

export function planWordImport(input: {
  meeting: Meeting;
  committee: Committee;
  file: ReturnedWordFile;
  /** The minutes as they stand now, block by block, read as the copy's paragraphs are. */
  current: WordExport['blocks'];
  describeMeeting?: (id: string) => string | undefined;
}): WordImportPlan {
  const { meeting, committee, file } = input;
  if (meeting.status !== 'in_review')
    throw new WordImportRefused(
      'NOT_IN_REVIEW',
      `These minutes are ${meeting.status.replace('_', ' ')}, not with the Chair for review, so the Chair\u2019s copy cannot be imported now.`,
    );
  const { sent, older } = whichExport(meeting, file, input.describeMeeting ?? (() => undefined));
  const alignment = alignParagraphs(sent, file.paragraphs);
  const outline = composeMinutes(meeting, committee);
  const ctx: Ctx = {
    meeting,
    committee,
    sent,
    current: new Map(input.current.map((b) => [b.key, b.text])),
    blocks: new Map(outline.blocks.map((b) => [b.key, b])),
    file,
    byText: alignment.byText,
    authors: {},
    items: [],
  };
  const notes: string[] = [];
  if (older) {
    const newer = new Map(older.blocks.map((b) => [b.key, b.text.join('\n')]));
    const differ = sent.blocks.filter((b) => newer.get(b.key) !== b.text.join('\n')).length;
    notes.push(
      `This is an older copy: it was sent on ${sent.at.slice(0, 10)} (revision ${sent.revision}); a newer one was sent on ${older.at.slice(0, 10)} (revision ${older.revision}), and ${differ} block(s) differ between them. Changes to those blocks are shown as conflicts.`,
    );
  }
  if (alignment.byText)
    notes.push(
      'This copy has lost the hidden marks that tie each paragraph to the minutes (it was probably pasted into a new document), so paragraphs were matched by their text and order. Check each suggestion is on the right paragraph.',
    );
  const groups = new Map<string, AlignedPart[]>();
  for (const p of alignment.parts) groups.set(p.key, [...(groups.get(p.key) ?? []), p]);
  if (alignment.addedAtStart.length && alignment.parts[0]) alignment.parts[0].added.unshift(...alignment.addedAtStart);
  for (const [key, parts] of groups) blockChanges(ctx, key, parts);
  comments(ctx, alignment.partOf);
  return { exportId: sent.id, items: ctx.items, authors: ctx.authors, notes };
}

export type { Ctx as WordImportContext };
