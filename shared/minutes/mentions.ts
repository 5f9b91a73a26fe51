import type { Committee, Inline, Person } from '../domain';
import type { Run } from './outline';
import { marker, mergeRuns, text } from './outline';
import { firstMention, fullName, laterName } from './person-names';

/** Something the writer could not resolve, reported by the caller as a gap in the minutes. */
export interface MentionProblem {
  personId: string;
}

/**
 * Writes person references the house way: in full with the role at the first mention in the
 * whole document ("Fiona Phelps, Head of Special Educational Needs"), by name after ("Fiona
 * Phelps", "Councillor Needham"). One tracker per document, fed in reading order.
 */
export class MentionTracker {
  private readonly seen = new Set<string>();
  private readonly people: Map<string, Person>;
  readonly problems: MentionProblem[] = [];

  constructor(
    private readonly committee: Committee,
    private readonly isoDate: string,
  ) {
    this.people = new Map(committee.people.map((p) => [p.id, p]));
  }

  person(personId: string): Person | undefined {
    return this.people.get(personId);
  }

  /**
   * The run for one reference. `following` is the text right after it: a role written before a
   * word needs a closing comma ("Ian Heggs, Director of Schools and Commissioning, submitted").
   */
  write(personId: string, following: string): Run {
    const p = this.people.get(personId);
    if (!p) {
      this.problems.push({ personId });
      return marker('[unknown person]');
    }
    if (this.seen.has(personId)) return { text: laterName(p), personId };
    // "Councillor Needham's report": a role cannot sit before a possessive, so the full name
    // is written and the first mention with role is kept for later.
    if (/^['’]s\b/.test(following)) return { text: fullName(p), personId };
    this.seen.add(personId);
    const first = firstMention(this.committee, p, this.isoDate);
    const hasRole = first !== fullName(p);
    const needsComma = hasRole && /^\s+[\p{L}\p{N}]/u.test(following);
    return { text: needsComma ? `${first},` : first, personId };
  }

  /** A captured paragraph's content as runs, trimmed at both ends. */
  writeInlines(content: readonly Inline[]): Run[] {
    const runs: Run[] = content.map((inline, i) => {
      if (inline.t === 'text') return text(inline.text);
      const next = content[i + 1];
      return this.write(inline.personId, next?.t === 'text' ? next.text : '');
    });
    return trimRuns(mergeRuns(runs));
  }
}

function trimRuns(runs: Run[]): Run[] {
  const first = runs[0];
  if (first && !first.marker) runs[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = runs.length - 1;
  const last = runs[lastIndex];
  if (last && !last.marker) runs[lastIndex] = { ...last, text: last.text.trimEnd() };
  return runs.filter((r) => r.text !== '');
}

/** True when a paragraph has nothing in it but whitespace. */
export function isBlank(content: readonly Inline[]): boolean {
  return content.every((i) => i.t === 'text' && i.text.trim() === '');
}
