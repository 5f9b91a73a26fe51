// What the minutes print for each person a captured paragraph names, for the screens that show
// paragraphs as they are typed or edited: the first mention in the minutes with its role, later
// ones by name. The mentions are taken in the order compose.ts writes them (its tracker sees
// public questions' answerers, then paragraphs, item by item; the confidential minutes have
// first mentions of their own), without composing the whole document, so the live console can
// afford it as the coordinator types. tests/unit/mention-labels.test.ts holds the two to the same words.
import type { Committee, Inline, Meeting } from '../domain';
import { isBlank, MentionTracker, NEAR } from './mentions';

/** Paragraph id → the printed name of each person it names, in order. */
export type MentionLabels = ReadonlyMap<string, readonly string[]>;

export function mentionLabels(meeting: Meeting, committee: Committee): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const agendaIds = new Set(meeting.agenda.map((i) => i.id));
  const hasQuestionsItem = meeting.agenda.some((i) => i.kind === 'public-participation');

  const walk = (tracker: MentionTracker, itemId: string, questionsHere: (itemId: string) => boolean) => {
    for (const q of meeting.publicQuestions)
      if (q.answeredBy && questionsHere(q.itemId)) tracker.write(q.answeredBy, ':');
    for (const p of meeting.notes) {
      if (p.itemId !== itemId) continue;
      out.set(p.id, isBlank(p.content) ? [] : tracker.labelsOf(p.content));
    }
  };

  const published = new MentionTracker(committee, meeting.date);
  for (const item of meeting.agenda) {
    if (item.exempt) continue;
    walk(published, item.id, (id) => id === item.id || (item.kind === 'public-participation' && !agendaIds.has(id)));
  }
  // Questions and paragraphs of an item no longer on the agenda print at the end.
  if (!hasQuestionsItem)
    for (const q of meeting.publicQuestions)
      if (q.answeredBy && !agendaIds.has(q.itemId)) published.write(q.answeredBy, ':');
  for (const p of meeting.notes)
    if (!agendaIds.has(p.itemId)) out.set(p.id, isBlank(p.content) ? [] : published.labelsOf(p.content));

  const confidential = new MentionTracker(committee, meeting.date);
  for (const item of meeting.agenda) {
    if (!item.exempt) continue;
    walk(confidential, item.id, (id) => id === item.id || (item.kind === 'public-participation' && !agendaIds.has(id)));
  }
  return out;
}

/**
 * What a paragraph's printed names depend on, as one string: each reference (who, name only or
 * not) and the text near it that may hold their role, a possessive or the end of a sentence. While
 * it stays the same, typing in the paragraph changes no printed name, here or further on.
 */
export function referencesNear(content: readonly Inline[]): string {
  let out = '';
  content.forEach((inline, i) => {
    if (inline.t !== 'person') return;
    const before = content[i - 1];
    const after = content[i + 1];
    out += `\u0000${inline.personId}${inline.nameOnly ? '!' : ''}\u0001${before?.t === 'text' ? before.text.slice(-NEAR) : ''}\u0001${after?.t === 'text' ? after.text.slice(0, NEAR) : ''}`;
  });
  return out;
}
