// The meeting's notes as the screen shows them, read-only: per agenda item, its paragraphs
// with people named the house way, each action right after its paragraph, then resolutions.
import type { Action, AgendaItem, Committee, Inline, Meeting, Person, Resolution } from '../../../shared/domain';
import { firstMention, fullName, laterName } from '../../../shared/minutes/person-names';

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

/** Names people through one meeting in reading order: in full with role first, by name after. */
export class PersonNamer {
  private readonly seen = new Set<string>();
  private readonly people: Map<string, Person>;

  constructor(
    private readonly committee: Committee,
    private readonly isoDate: string,
  ) {
    this.people = new Map(committee.people.map((p) => [p.id, p]));
  }

  name(personId: string, following: string): Piece {
    const p = this.people.get(personId);
    if (!p) return { kind: 'person', text: '[unknown person]', known: false };
    if (this.seen.has(personId)) return { kind: 'person', text: laterName(p), known: true };
    // "Councillor Needham's report": no role before a possessive; the role waits for later.
    if (/^['’]s\b/.test(following)) return { kind: 'person', text: fullName(p), known: true };
    this.seen.add(personId);
    const first = firstMention(this.committee, p, this.isoDate);
    // A role in front of a word needs its closing comma: "Ian Heggs, Director of ..., submitted".
    const comma = first !== fullName(p) && /^\s+[\p{L}\p{N}]/u.test(following);
    return { kind: 'person', text: comma ? `${first},` : first, known: true };
  }

  pieces(content: readonly Inline[]): Piece[] {
    return content.map((inline, i) => {
      if (inline.t === 'text') return { kind: 'text', text: inline.text };
      const next = content[i + 1];
      return this.name(inline.personId, next?.t === 'text' ? next.text : '');
    });
  }
}

export function notesByItem(meeting: Meeting, committee: Committee): ItemNotes[] {
  const namer = new PersonNamer(committee, meeting.date);
  return meeting.agenda.map((item) => ({
    item,
    paragraphs: meeting.notes
      .filter((p) => p.itemId === item.id)
      .map((p) => ({
        id: p.id,
        pieces: namer.pieces(p.content),
        actions: meeting.actions.filter((a) => a.paragraphId === p.id),
      })),
    resolutions: meeting.resolutions.filter((r) => r.itemId === item.id),
  }));
}
