// A suggested edit is typed as plain words, but a paragraph's content refers to people by id,
// so the minutes can decide how to write each name. Where the printed name of a person the
// paragraph mentions survives in the new words, it goes back to being a reference to them.
import type { Committee, Inline, Meeting } from '../../../shared/domain';
import { composeMinutes, plainText, type Run } from '../../../shared/minutes';
import { committeeAsApproved } from '../../../shared/review';

/** Plain words → content: each printed person name found (in order) becomes that person again. */
export function wordsToContent(words: string, printed: readonly Run[]): Inline[] {
  const people = printed.filter((r): r is Run & { personId: string } => typeof r.personId === 'string' && r.text.trim() !== '');
  const out: Inline[] = [];
  let rest = words;
  for (const p of people) {
    const at = rest.indexOf(p.text);
    if (at < 0) continue;
    if (at > 0) out.push({ t: 'text', text: rest.slice(0, at) });
    out.push({ t: 'person', personId: p.personId });
    rest = rest.slice(at + p.text.length);
  }
  if (rest) out.push({ t: 'text', text: rest });
  return out;
}

/** A captured paragraph's words as the minutes print them. */
export function printedRuns(meeting: Meeting, committee: Committee, paragraphId: string): Run[] {
  const block = composeMinutes(meeting, committeeAsApproved(meeting, committee)).blocks.find((b) => b.type === 'paragraph' && b.paragraphId === paragraphId);
  return block && 'runs' in block ? block.runs : [];
}

/** How a paragraph would print with other content (a suggestion), in its place in the minutes. */
export function printedWith(meeting: Meeting, committee: Committee, paragraphId: string, content: readonly Inline[]): string {
  const notes = meeting.notes.map((p) => (p.id === paragraphId ? { ...p, content: [...content] } : p));
  return plainText(printedRuns({ ...meeting, notes }, committee, paragraphId));
}
