// An amendment as the confirming meeting resolves it, in the words a clerk would use: which
// minute, which paragraph, what wording is replaced and by what ("That paragraph 3 of minute 8
// be amended by replacing the words “that that” with “that”"). Never the reason alone.
import type { Action, Amendment, Attendance, Committee, Inline, Meeting, Paragraph, Resolution } from '../domain';
import { composeMinutes, plainText } from '../minutes';
import { attendanceWords, clockWords } from './change-words';
import { wordDiff } from './word-diff';

const quote = (s: string) => `“${s.trim()}”`;
/** “the word” or “the words”, then the quote. */
const theWords = (s: string) => `${s.trim().split(/\s+/).length === 1 ? 'the word' : 'the words'} ${quote(s)}`;

/** Beyond this many separate edits in one paragraph, the clause gives the paragraph as amended. */
const MAX_EDITS = 3;
/** Nor is a stretch of more than this many words quoted as replaced. */
const MAX_QUOTED_WORDS = 30;

/** "by replacing the words “a” with “b” and deleting the words “c”", or undefined when more than a few edits. */
function editWords(before: string, after: string): string | undefined {
  const parts = wordDiff(before, after);
  // Rewritten rather than edited (nothing kept, or long stretches changed): the paragraph as it now reads.
  const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
  if (
    !parts.some((p) => p.op === 'same' && p.text.trim()) ||
    parts.some((p) => p.op !== 'same' && words(p.text) > MAX_QUOTED_WORDS)
  )
    return undefined;
  const edits: string[] = [];
  let lastSame = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.op === 'same') {
      lastSame = p.text;
      continue;
    }
    const del = p.op === 'del' ? p.text : '';
    const insPart = p.op === 'del' && parts[i + 1]?.op === 'ins' ? parts[++i]! : p.op === 'ins' ? p : undefined;
    const ins = insPart?.text ?? '';
    // A few words before the change say where it is, as a clerk would.
    const anchor = lastSame.trim().split(/\s+/).slice(-4).join(' ');
    const place = anchor ? ` after ${quote(anchor)}` : ' at the start';
    if (del.trim() && ins.trim()) edits.push(`replacing ${theWords(del)} with ${quote(ins)}`);
    else if (del.trim()) edits.push(`deleting ${theWords(del)}${place}`);
    else if (ins.trim()) edits.push(`inserting ${theWords(ins)}${place}`);
  }
  if (edits.length === 0 || edits.length > MAX_EDITS) return undefined;
  return `by ${edits.length === 1 ? edits[0] : `${edits.slice(0, -1).join(', ')} and ${edits[edits.length - 1]}`}`;
}

/** A paragraph's words as the minutes print them, with its content as given. */
function printed(meeting: Meeting, committee: Committee, paragraph: Paragraph, content: Inline[]): string {
  const known = meeting.notes.some((n) => n.id === paragraph.id);
  const notes = known
    ? meeting.notes.map((n) => (n.id === paragraph.id ? { ...n, content } : n))
    : [...meeting.notes, { ...paragraph, content }];
  const block = composeMinutes({ ...meeting, notes }, committee).blocks.find(
    (b) => b.type === 'paragraph' && b.paragraphId === paragraph.id,
  );
  return block && 'runs' in block ? plainText(block.runs) : '';
}

function minuteOf(meeting: Meeting, itemId: string | undefined): string {
  const item = meeting.agenda.find((i) => i.id === itemId);
  return item ? `minute ${item.number}` : 'the minutes';
}

/** "paragraph 3 of minute 8": the paragraph's place among the item's paragraphs. */
function paragraphPlace(meeting: Meeting, p: Paragraph): string {
  const ofItem = meeting.notes.filter((n) => n.itemId === p.itemId);
  const index = ofItem.findIndex((n) => n.id === p.id);
  const minute = minuteOf(meeting, p.itemId);
  return index >= 0 ? `paragraph ${index + 1} of ${minute}` : `a paragraph of ${minute}`;
}

function changeWords(meeting: Meeting, committee: Committee, c: Amendment['changes'][number]): string | undefined {
  switch (c.kind) {
    case 'paragraph': {
      const before = c.before as Paragraph | null;
      const after = c.after as Paragraph | null;
      if (before && after) {
        const was = printed(meeting, committee, after, before.content);
        const now = printed(meeting, committee, after, after.content);
        const place = paragraphPlace(meeting, after);
        return `That ${place} be amended ${editWords(was, now) ?? `to read: ${quote(now)}`}`;
      }
      if (after)
        return `That ${minuteOf(meeting, after.itemId)} be amended by inserting a new paragraph: ${quote(printed(meeting, committee, after, after.content))}`;
      if (before)
        return `That ${minuteOf(meeting, before.itemId)} be amended by deleting the paragraph ${quote(printed(meeting, committee, before, before.content))}`;
      return undefined;
    }
    case 'resolution': {
      const before = c.before as Resolution | null;
      const after = c.after as Resolution | null;
      const minute = minuteOf(meeting, (after ?? before)?.itemId);
      if (before && after) {
        const was = before.clauses.join(' ');
        const now = after.clauses.join(' ');
        return `That the resolution of ${minute} be amended ${editWords(was, now) ?? `to read: ${quote(now)}`}`;
      }
      if (after) return `That ${minute} be amended by adding the resolution ${quote(after.clauses.join(' '))}`;
      if (before) return `That ${minute} be amended by deleting the resolution ${quote(before.clauses.join(' '))}`;
      return undefined;
    }
    case 'action': {
      const before = c.before as Action | null;
      const after = c.after as Action | null;
      const line = (a: Action) => `ACTION: ${a.owners.join(' / ')}`;
      const minute = minuteOf(meeting, (after ?? before)?.itemId);
      if (after && before && line(after) === line(before)) return undefined; // only the log's statement or due date changed
      if (after && before)
        return `That the action ${quote(line(before))} in ${minute} be amended to read ${quote(line(after))}`;
      if (after) return `That ${minute} be amended by adding ${quote(line(after))}`;
      if (before) return `That ${minute} be amended by deleting ${quote(line(before))}`;
      return undefined;
    }
    case 'attendance':
      return `That the attendance be amended to read: ${attendanceWords(committee, c.id, c.after as Attendance | null)}`;
    case 'clock':
      return `That the meeting times be amended to read: ${clockWords(meeting, c.after as { startedAt?: string; endedAt?: string } | null)}`;
    default:
      return undefined;
  }
}

/**
 * One clause per amendment, in the committee's resolution form ("That ..."), naming what changed
 * and how; the reason only where the change cannot be put in words (say, the meeting's details).
 * `meeting` is the previous meeting as it is now, amendments applied; `committee` with the names
 * as approved.
 */
export function amendmentClause(meeting: Meeting, committee: Committee, a: Amendment, where: string): string {
  const said = a.changes.map((c) => changeWords(meeting, committee, c)).filter((s): s is string => s !== undefined);
  if (said.length === 0) return `That ${where} be amended: ${a.why.trim().replace(/[\s.;,:]+$/, '')}`;
  return said.map((s, i) => (i === 0 ? s : s.replace(/^That /, 'that '))).join(', and ');
}
