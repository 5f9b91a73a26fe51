// The meeting's notes as the screen shows them, read-only: per agenda item, its paragraphs
// with people named the house way, each action right after its paragraph, then resolutions.
import type { Action, AgendaItem, Committee, Inline, Meeting, Resolution } from '$shared/domain';
import { MentionTracker } from '$shared/minutes/mentions';

export type Piece = { kind: 'text'; text: string } | { kind: 'person'; text: string; known: boolean };

export interface NoteParagraph {
  id: string;
  pieces: Piece[];
  actions: Action[];
}

export interface ItemNotes {
  item: AgendaItem;
  paragraphs: NoteParagraph[];
  resolutions: Resolution[];
}

/**
 * A paragraph's content as pieces, people named the house way by the minutes' own tracker (in
 * full with role at the first mention of the meeting, by name after), so the screen and the
 * Word file name everyone alike.
 */
export function piecesOf(tracker: MentionTracker, content: readonly Inline[]): Piece[] {
  return content.map((inline, i) => {
    if (inline.t === 'text') return { kind: 'text', text: inline.text };
    const run = tracker.writeAt(content, i);
    return { kind: 'person', text: run.text, known: !run.marker };
  });
}

export function notesByItem(meeting: Meeting, committee: Committee): ItemNotes[] {
  const tracker = new MentionTracker(committee, meeting.date);
  return meeting.agenda.map((item) => ({
    item,
    paragraphs: meeting.notes
      .filter((p) => p.itemId === item.id)
      .map((p) => ({
        id: p.id,
        pieces: piecesOf(tracker, p.content),
        actions: meeting.actions.filter((a) => a.paragraphId === p.id),
      })),
    resolutions: meeting.resolutions.filter((r) => r.itemId === item.id),
  }));
}
