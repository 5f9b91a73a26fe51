// A paragraph's content refers to people by id, so the minutes can decide how to write each name.
// The review screen edits a paragraph as content (views/review/ContentEditor.svelte), its people
// as references; words typed for a paragraph whose content is not at hand go back to content here:
// where the printed name of a person the paragraph mentions survives, it is a reference again.
import type { Committee, Inline, Meeting } from '$shared/domain';
import { composeMinutes, plainText, type Run } from '$shared/minutes';
import { committeeAsApproved } from '$shared/review';

/** Plain words → content: each printed person name found (in order) becomes that person again. */
export function wordsToContent(words: string, printed: readonly Run[]): Inline[] {
  const people = printed.filter(
    (r): r is Run & { personId: string } => typeof r.personId === 'string' && r.text.trim() !== '',
  );
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
  const block = composeMinutes(meeting, committeeAsApproved(meeting, committee)).blocks.find(
    (b) => b.type === 'paragraph' && b.paragraphId === paragraphId,
  );
  return block && 'runs' in block ? block.runs : [];
}

/** How a paragraph would print with other content (a suggestion), in its place in the minutes. */
export function printedWith(
  meeting: Meeting,
  committee: Committee,
  paragraphId: string,
  content: readonly Inline[],
): string {
  const notes = meeting.notes.map((p) => (p.id === paragraphId ? { ...p, content: [...content] } : p));
  return plainText(printedRuns({ ...meeting, notes }, committee, paragraphId));
}
