// A resolution clause that is not a complete sentence: too short to say anything, a trailing
// word with nothing after it ("be noted and"), no verb, a lower-case start, or an unclosed bracket.
import { bareClause } from '../minutes/resolutions';
import type { CheckContext, Finding } from './types';

const DANGLING = new Set(
  'and or but the a an to of for with that by in on at from as be which who whose if than into its their'.split(' '),
);

/** Words that make a clause a sentence: forms of be and have, modals, and the verbs resolutions use. */
const VERBS = new Set(
  (
    'be is are was were been being has have had will would should shall may might can could must do does did ' +
    'agree agreed note noted approve approved endorse endorsed recommend recommended request requested ask asked ' +
    'receive received consider considered report reported establish established thank thanked support supported ' +
    'continue continued provide provided delegate delegated review reviewed add added include included circulate ' +
    'circulated update updated confirm confirmed sign signed accept accepted refer referred defer deferred invite ' +
    'invited write written take taken make made give given bring brought submit submitted adopt adopted exclude excluded'
  ).split(' '),
);

/** Why the clause is not a complete sentence, in words; undefined when it is one. */
export function incompleteBecause(clause: string): string | undefined {
  const bare = bareClause(clause);
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 3) return 'it is too short to be a sentence';
  if (!/^[\p{Lu}\d"“'‘(]/u.test(bare)) return 'it does not begin with a capital letter';
  const last = words
    .at(-1)!
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  if (DANGLING.has(last)) return `it ends on “${words.at(-1)}”, with the rest missing`;
  if ((bare.match(/\(/g) ?? []).length !== (bare.match(/\)/g) ?? []).length) return 'a bracket is not closed';
  const hasVerb = words.some((w) => VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (!hasVerb) return 'it has no verb (“That the report be noted”)';
  return undefined;
}

export function checkResolutionSentences(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.meeting.resolutions) {
    r.clauses.forEach((clause, i) => {
      const why = incompleteBecause(clause);
      if (!why) return;
      const which = r.clauses.length > 1 ? `Clause ${i + 1} of the resolution` : 'The resolution';
      out.push({
        id: `resolution-sentence:${r.id}:${i}`,
        kind: 'resolution-sentence',
        words: `${which} is not a complete sentence: ${why}. “${bareClause(clause).slice(0, 120)}”`,
        place: { where: `${ctx.itemWhere(r.itemId)}, resolution`, itemId: r.itemId, resolutionId: r.id },
      });
    });
  }
  return out;
}
