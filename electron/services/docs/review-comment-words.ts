// A review comment as a Word comment: what the reviewer wrote, what they suggested (unless the
// suggestion was accepted, when the tracked changes show it), and how it was decided, by whom and when.
import type { Committee, Meeting, ReviewComment } from '$shared/domain';
import { formatLongDate } from '$shared/format/en-gb';
import { composeMinutes, plainText } from '$shared/minutes';
import type { WordComment } from './word-comments';

/** A suggested paragraph as the minutes would print it. */
function suggestedWords(meeting: Meeting, committee: Committee, c: ReviewComment): string | undefined {
  if (c.suggestion && c.paragraphId) {
    const notes = meeting.notes.map((n) => (n.id === c.paragraphId ? { ...n, content: c.suggestion! } : n));
    const block = composeMinutes({ ...meeting, notes }, committee).blocks.find(
      (b) => b.type === 'paragraph' && b.paragraphId === c.paragraphId,
    );
    return block && 'runs' in block ? plainText(block.runs) : undefined;
  }
  const s = c.listSuggestion;
  if (!s) return undefined;
  return s.kind === 'action' ? `ACTION: ${s.lines.join(' / ')}` : s.lines.join(' ');
}

const dayOf = (iso: string) => formatLongDate(iso.slice(0, 10));

export function reviewCommentWords(meeting: Meeting, committee: Committee, c: ReviewComment): WordComment {
  const paragraphs: string[] = [];
  if (c.text.trim()) paragraphs.push(c.text.trim());
  // Changes read back from the Chair's Word copy say so, and how they were found.
  if (c.fromWord)
    paragraphs.push(
      `From the Chair's Word copy (${c.fromWord.wordAuthor}${c.fromWord.untracked ? ', edited with Track Changes off' : ''}).`,
    );
  // An accepted suggestion is in the tracked changes; any other is quoted as the minutes would print it.
  if (c.status === 'accepted' && (c.suggestion || c.listSuggestion))
    paragraphs.push('Suggested edit: shown as tracked changes.');
  else {
    const suggested = suggestedWords(meeting, committee, c);
    if (suggested !== undefined) paragraphs.push(`Suggested wording: “${suggested}”`);
  }
  if (c.status === 'open') return { author: c.author, at: c.at, paragraphs: [...paragraphs, 'Open: not yet decided.'] };
  // The decision is a reply in the thread by whoever decided, and the thread is resolved.
  const who = c.decidedBy ? ` by ${c.decidedBy}` : '';
  const when = c.decidedAt ? ` on ${dayOf(c.decidedAt)}` : '';
  const decision = `${c.status === 'accepted' ? 'Accepted' : 'Rejected'}${who}${when}.`;
  const reply = { author: c.decidedBy ?? c.author, at: c.decidedAt ?? c.at, paragraphs: [decision] };
  return { author: c.author, at: c.at, paragraphs, done: true, replies: [reply] };
}
