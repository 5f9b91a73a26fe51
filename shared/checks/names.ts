// The name check: names that probably mean the same person or body but are spelled two ways,
// against the committee's roster and action owners and across the minutes' own text. The rule
// is general: names are normalised (case, accents, apostrophes, hyphens), then compared part for
// part, the given name and the surname each by edit distance relative to its length (name-distance.ts).
// Two roster people with similar names stay two people: a text matching both equally is left alone.
import { personReferences } from '../domain';
import { editDistance } from './name-distance';
import { formsClose, knownEntities, type NameEntity, type NameForm } from './name-entities';
import { nameParts, phrasesIn, surfaceKey, type Phrase } from './name-text';
import { ownerUsesOf, passagesOf, type Passage } from './passages';
import type { CheckContext, Finding, FindingPlace } from './types';

interface Use {
  surface: string;
  parts: string[];
  place: FindingPlace;
}

interface Match {
  entity: NameEntity;
  form: NameForm;
  distance: number;
  /** Matched on the surname alone, after a title ("Councillor Needam"). */
  surnameOnly: boolean;
}

type Spellings = Map<string, FindingPlace[]>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function distanceOf(a: readonly string[], b: readonly string[]): number {
  return sum(a.map((p, i) => editDistance(p, b[i]!)));
}

/** The closest known name, or undefined when none is close or two different ones are equally close. */
function bestMatch(parts: readonly string[], titled: boolean, entities: readonly NameEntity[]): Match | undefined {
  let best: Match | undefined;
  let tied = false;
  for (const entity of entities) {
    for (const form of entity.forms) {
      let match: Match | undefined;
      if (formsClose(parts, form.parts) && (entity.kind === 'body' || form.parts.length > 1)) {
        match = { entity, form, distance: distanceOf(parts, form.parts), surnameOnly: false };
      } else if (titled && parts.length === 1 && entity.kind === 'person' && form.parts.length > 1) {
        const surname = form.parts.at(-1)!;
        if (formsClose(parts, [surname]))
          match = { entity, form, distance: editDistance(parts[0]!, surname), surnameOnly: true };
      }
      if (!match) continue;
      if (!best || match.distance < best.distance) {
        best = match;
        tied = false;
      } else if (match.distance === best.distance && match.entity !== best.entity) tied = true;
    }
  }
  return tied ? undefined : best;
}

/** The spelling the match compares: the whole form, or its surname when only the surname was written. */
function expectedSurface(m: Match): string {
  return m.surnameOnly ? m.form.surface.split(' ').at(-1)! : m.form.surface;
}

function isVariant(surface: string, m: Match): boolean {
  return !m.form.accepted || surface !== expectedSurface(m);
}

/** Runs of a phrase that name someone or something known, longest first, not overlapping. */
type Matcher = (parts: readonly string[], titled: boolean) => Match | undefined;

/** bestMatch remembered by the parts written: a meeting writes the same names many times. */
function cachedMatcher(entities: readonly NameEntity[]): Matcher {
  const cache = new Map<string, Match | undefined>();
  return (parts, titled) => {
    const key = `${titled ? 't' : ''}|${parts.join(' ')}`;
    if (!cache.has(key)) cache.set(key, bestMatch(parts, titled, entities));
    return cache.get(key);
  };
}

function matchPhrase(
  phrase: Phrase,
  matcher: Matcher,
  sizes: readonly number[],
): { use: Omit<Use, 'place'>; match: Match }[] {
  const out: { use: Omit<Use, 'place'>; match: Match }[] = [];
  let i = 0;
  while (i < phrase.parts.length) {
    let found = false;
    for (const size of sizes) {
      if (i + size > phrase.parts.length) continue;
      const parts = phrase.parts.slice(i, i + size);
      const titled = phrase.titled && i === 0 && phrase.parts.length === 1;
      const match = matcher(parts, titled);
      if (!match) continue;
      out.push({ use: { surface: surfaceKey(phrase.words.slice(i, i + size).join(' ')), parts }, match });
      i += size;
      found = true;
      break;
    }
    if (!found) i++;
  }
  return out;
}

function countWords(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function describeSpelling(surface: string, places: readonly FindingPlace[]): string {
  const wheres = [...new Set(places.map((p) => p.where.replace(/, (action|resolution|public question)$/, '')))];
  const shown = wheres.slice(0, 3).join('; ') + (wheres.length > 3 ? `; and ${wheres.length - 3} more` : '');
  return `“${surface}” (${countWords(places.length)}: ${shown})`;
}

function listAnd(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}

function addUse(map: Map<string, Spellings>, key: string, surface: string, place: FindingPlace) {
  const spellings = map.get(key) ?? new Map<string, FindingPlace[]>();
  map.set(key, spellings);
  spellings.set(surface, [...(spellings.get(surface) ?? []), place]);
}

/** Only a final "s" apart on one part ("Committee" / "Committees"): in running text, a plural, not a slip. */
function pluralOnly(a: readonly string[], b: readonly string[]): boolean {
  return a.every((p, i) => p === b[i] || p + 's' === b[i] || b[i] + 's' === p);
}

/** Names not on the roster nor among the owners, spelled two ways in the minutes themselves. */
function unknownClusters(uses: { use: Use; fromText: boolean }[]): Finding[] {
  const bySurface = new Map<string, { parts: string[]; fromText: boolean; places: FindingPlace[] }>();
  for (const { use, fromText } of uses) {
    const e = bySurface.get(use.surface) ?? { parts: use.parts, fromText, places: [] };
    e.fromText &&= fromText;
    e.places.push(use.place);
    bySurface.set(use.surface, e);
  }
  const surfaces = [...bySurface.keys()];
  const parent = new Map(surfaces.map((s) => [s, s]));
  const root = (s: string): string => (parent.get(s) === s ? s : root(parent.get(s)!));
  surfaces.forEach((a, i) => {
    const ea = bySurface.get(a)!;
    for (const b of surfaces.slice(i + 1)) {
      const eb = bySurface.get(b)!;
      if (!formsClose(ea.parts, eb.parts)) continue;
      if (ea.fromText && eb.fromText && pluralOnly(ea.parts, eb.parts)) continue;
      parent.set(root(b), root(a));
    }
  });
  const clusters = new Map<string, string[]>();
  for (const s of surfaces) clusters.set(root(s), [...(clusters.get(root(s)) ?? []), s]);
  return [...clusters.values()]
    .filter((c) => c.length > 1)
    .map((cluster) => {
      const sorted = cluster.sort();
      return {
        id: `names:text:${sorted.join('|')}`,
        kind: 'name-spelling',
        words: `${listAnd(sorted.map((s) => describeSpelling(s, bySurface.get(s)!.places)))} are probably one name spelled ${sorted.length === 2 ? 'two' : sorted.length} ways; use one spelling.`,
        place: bySurface.get(sorted[0]!)!.places[0]!,
      };
    });
}

/** Two roster entries spelled nearly alike, at least one of them in this meeting: perhaps one person entered twice. */
function rosterPairs(ctx: CheckContext, entities: readonly NameEntity[]): Finding[] {
  const inMeeting = new Set(personReferences(ctx.meeting).map((r) => r.personId));
  const people = entities.filter((e) => e.kind === 'person');
  const out: Finding[] = [];
  people.forEach((a, i) => {
    for (const b of people.slice(i + 1)) {
      const [fa, fb] = [a.forms[0]!, b.forms[0]!];
      if (fa.surface === fb.surface || !formsClose(fa.parts, fb.parts)) continue;
      if (!inMeeting.has(a.personId!) && !inMeeting.has(b.personId!)) continue;
      out.push({
        id: `names:roster:${[a.personId, b.personId].sort().join('|')}`,
        kind: 'name-spelling',
        words: `The roster has both “${fa.surface}” and “${fb.surface}”: if they are one person spelled two ways, keep one entry in the committee's people.`,
        place: { where: 'The committee’s roster' },
      });
    }
  });
  return out;
}

export function checkNames(ctx: CheckContext): Finding[] {
  const entities = knownEntities(ctx.committee);
  // Window sizes to try, longest first; one always, for a surname after a title.
  const sizes = [...new Set([1, ...entities.flatMap((e) => e.forms.map((f) => f.parts.length))])].sort((a, b) => b - a);
  const matcher = cachedMatcher(entities);
  const spellingsOf = new Map<string, Spellings>();
  const variantsOf = new Map<string, Spellings>();
  const unknown: { use: Use; fromText: boolean }[] = [];
  const offers = new Map<string, Finding>();

  const note = (use: Use, match: Match, passage?: Passage) => {
    addUse(spellingsOf, match.entity.key, use.surface, use.place);
    if (isVariant(use.surface, match)) addUse(variantsOf, match.entity.key, use.surface, use.place);
    const personId = match.entity.personId;
    if (personId && passage?.referenced && !passage.referenced.has(personId)) {
      const id = `ref:${use.place.paragraphId}:${personId}`;
      if (!offers.has(id))
        offers.set(id, {
          id,
          kind: 'name-reference',
          words: `“${use.surface}” is plain text here; make it a reference to ${match.entity.label}, so the minutes write the name and role the house way.`,
          place: use.place,
          personId,
          written: use.surface,
        });
    }
  };

  for (const passage of passagesOf(ctx.meeting, ctx.itemWhere)) {
    for (const phrase of phrasesIn(passage.text)) {
      const matched = matchPhrase(phrase, matcher, sizes);
      for (const { use, match } of matched) note({ ...use, place: passage.place }, match, passage);
      const unmatchedName = !matched.length && phrase.parts.length > 1;
      if (unmatchedName && phrase.parts.every((p) => p.length >= 3))
        unknown.push({ use: { surface: phrase.surface, parts: phrase.parts, place: passage.place }, fromText: true });
    }
  }
  for (const { owner, place } of ownerUsesOf(ctx.meeting, ctx.itemWhere)) {
    const use = { surface: surfaceKey(owner), parts: nameParts(owner), place };
    if (!use.parts.length) continue;
    const match = matcher(use.parts, false);
    if (match) note(use, match);
    else unknown.push({ use, fromText: false });
  }

  const findings: Finding[] = [];
  for (const entity of entities) {
    const variants = variantsOf.get(entity.key);
    if (!variants?.size) continue;
    const names = [...variants.keys()].sort();
    const used = spellingsOf.get(entity.key)?.get(entity.label);
    const source =
      entity.kind === 'person' ? "the committee's roster spells the name" : "the committee's action owners spell it";
    findings.push({
      id: `names:${entity.key}:${names.join('|')}`,
      kind: 'name-spelling',
      words:
        `${listAnd(names.map((n) => describeSpelling(n, variants.get(n)!)))} ${names.length > 1 ? 'probably mean' : 'probably means'} ` +
        `“${entity.label}”, as ${source}${used ? ` and as it is written ${countWords(used.length)} elsewhere` : ''}; use one spelling.`,
      place: variants.get(names[0]!)![0]!,
    });
  }
  return [...findings, ...unknownClusters(unknown), ...rosterPairs(ctx, entities), ...offers.values()];
}
