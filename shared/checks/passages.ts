// The words of a meeting that the name check reads, each with its place: the notes (with the
// people each paragraph references), resolutions, public questions, action descriptions and owners.
import type { Meeting } from '../domain';
import type { FindingPlace } from './types';

export interface Passage {
  text: string;
  place: FindingPlace;
  /** A captured paragraph: the people it references, so a plain-text name can be offered as one. */
  referenced?: ReadonlySet<string>;
}

export interface OwnerUse {
  owner: string;
  place: FindingPlace;
}

/** A person reference in a paragraph's text: not whitespace, so it ends a run of capitalised words. */
const REFERENCE_GAP = ' \u0000 ';

export function passagesOf(meeting: Meeting, itemWhere: (itemId: string) => string): Passage[] {
  const out: Passage[] = [];
  for (const p of meeting.notes) {
    const referenced = new Set<string>();
    const text = p.content
      .map((r) => {
        if (r.t === 'text') return r.text;
        referenced.add(r.personId);
        return REFERENCE_GAP;
      })
      .join('');
    out.push({ text, place: { where: itemWhere(p.itemId), itemId: p.itemId, paragraphId: p.id }, referenced });
  }
  for (const r of meeting.resolutions) {
    const place = { where: `${itemWhere(r.itemId)}, resolution`, itemId: r.itemId, resolutionId: r.id };
    for (const clause of r.clauses) out.push({ text: clause, place });
  }
  for (const q of meeting.publicQuestions) {
    const place = { where: `${itemWhere(q.itemId)}, public question`, itemId: q.itemId };
    for (const text of [q.askedByName, q.question, q.answer]) if (text) out.push({ text, place });
  }
  for (const a of meeting.actions) {
    if (a.description) {
      out.push({
        text: a.description,
        place: {
          where: `${itemWhere(a.itemId)}, action`,
          itemId: a.itemId,
          paragraphId: a.paragraphId,
          actionId: a.id,
        },
      });
    }
  }
  return out;
}

/** Each owner named on an action ("Children's Services / HWB" typed as one is two). */
export function ownerUsesOf(meeting: Meeting, itemWhere: (itemId: string) => string): OwnerUse[] {
  return meeting.actions.flatMap((a) =>
    a.owners
      .flatMap((o) => o.split(/\s+\/\s+/))
      .map((o) => o.trim())
      .filter(Boolean)
      .map((owner) => ({
        owner,
        place: {
          where: `${itemWhere(a.itemId)}, action`,
          itemId: a.itemId,
          paragraphId: a.paragraphId,
          actionId: a.id,
        },
      })),
  );
}
