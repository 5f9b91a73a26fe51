import type { Committee, Inline, Person } from '../domain';
import type { Run } from './outline';
import { marker, mergeRuns, text } from './outline';
import { firstMention, fullName, laterName, roleOn } from './person-names';

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
   * `preceding` is the text right before it: a role the coordinator typed there ("the Executive
   * Director, Claire Chamberlain") or after it is not printed a second time, and `nameOnly` (the
   * coordinator's choice for this mention) leaves the role out too; either way the person counts
   * as introduced, so later mentions are by name.
   */
  write(personId: string, following: string, beside: { preceding?: string; nameOnly?: boolean } = {}): Run {
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
    if (
      beside.nameOnly ||
      roleTypedBeside([roleOn(this.committee, p, this.isoDate), p.title], beside.preceding ?? '', following)
    ) {
      return { text: fullName(p), personId };
    }
    const first = firstMention(this.committee, p, this.isoDate);
    const hasRole = first !== fullName(p);
    const needsComma = hasRole && /^\s+[\p{L}\p{N}]/u.test(following);
    return { text: needsComma ? `${first},` : first, personId };
  }

  /** The run for the inline at `i` of a paragraph's content (a reference, with the text either side of it). */
  writeAt(content: readonly Inline[], i: number): Run {
    const inline = content[i]!;
    if (inline.t === 'text') return text(inline.text);
    const before = content[i - 1];
    const next = content[i + 1];
    return this.write(inline.personId, next?.t === 'text' ? next.text : '', {
      preceding: before?.t === 'text' ? before.text : '',
      ...(inline.nameOnly ? { nameOnly: true } : {}),
    });
  }

  /** A captured paragraph's content as runs, trimmed at both ends. */
  writeInlines(content: readonly Inline[]): Run[] {
    return trimRuns(mergeRuns(content.map((_, i) => this.writeAt(content, i))));
  }

  /**
   * What the minutes print for each person the paragraph names, in order, as `writeInlines` would
   * write them (the same first mentions), without the comma the sentence may need after a role:
   * the words a person reference shows on screen.
   */
  labelsOf(content: readonly Inline[]): string[] {
    const labels: string[] = [];
    content.forEach((inline, i) => {
      if (inline.t !== 'person') return;
      const run = this.writeAt(content, i);
      labels.push(run.marker ? UNKNOWN_PERSON : run.text.replace(/,$/, ''));
    });
    return labels;
  }
}

/** A reference to someone not in the committee's people, on screen. */
export const UNKNOWN_PERSON = 'Unknown person';

/** A role is a few words: this much text either side of a reference is all that is read for one. */
export const NEAR = 300;

/** The words of a role as compared: case, apostrophes and other punctuation aside, "&" as "and". */
function roleWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether one of the person's roles is typed right beside a reference to them: just before it
 * ("the Executive Director, @Claire") or just after ("@Claire, Executive Director,"), the same
 * words whatever the case and punctuation, with no sentence ending in between.
 */
export function roleTypedBeside(roles: readonly string[], preceding: string, following: string): boolean {
  const near = { before: preceding.slice(-NEAR), after: following.slice(0, NEAR) };
  const gapBefore = /[^\p{L}\p{N}]*$/u.exec(near.before)![0];
  const gapAfter = /^[^\p{L}\p{N}]*/u.exec(near.after)![0];
  const before = /[.!?]/.test(gapBefore) ? '' : roleWords(near.before);
  const after = /[.!?]/.test(gapAfter) ? '' : roleWords(near.after);
  return roles.some((role) => {
    const w = roleWords(role);
    if (!w) return false;
    return before === w || before.endsWith(` ${w}`) || after === w || after.startsWith(`${w} `);
  });
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
