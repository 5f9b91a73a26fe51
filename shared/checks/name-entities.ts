// The names the committee knows: each roster person (name, "known as" name, other spellings met
// in papers) and each remembered action owner. A spelling is "accepted" when using it is right
// (the name, the known-as name, another name altogether); an alias spelled nearly like the name
// is a slip met before ("Chumney" for "Chumnerly"), so using it is still a finding.
import type { Committee, Person } from '../domain';
import { partsClose } from './name-distance';
import { nameParts, surfaceKey } from './name-text';

export interface NameForm {
  surface: string;
  parts: string[];
  accepted: boolean;
}

export interface NameEntity {
  key: string;
  kind: 'person' | 'body';
  /** The spelling the committee uses. */
  label: string;
  personId?: string;
  forms: NameForm[];
}

/** The optional "known as" name ("Matt"), read when the roster carries it. */
export function knownAsOf(p: Person): string | undefined {
  const v = (p as { knownAs?: unknown }).knownAs;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Whether two multi-part names are probably one: every part close, part for part. */
export function formsClose(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.length > 0 && a.every((p, i) => partsClose(p, b[i]!));
}

/** A short form of the same name: the same surname, a given name the other begins with (Matt, Matthew). */
function isShortForm(alias: readonly string[], name: readonly string[]): boolean {
  if (alias.length < 2 || alias.at(-1) !== name.at(-1)) return false;
  const [a, n] = [alias[0]!, name[0]!];
  return a !== n && a.length >= 3 && (n.startsWith(a) || a.startsWith(n));
}

function form(surface: string, accepted: boolean): NameForm {
  return { surface: surfaceKey(surface), parts: nameParts(surface), accepted };
}

export function personEntity(p: Person): NameEntity {
  const main = form(p.name, true);
  const forms = [main];
  const knownAs = knownAsOf(p);
  if (knownAs) {
    const full = knownAs.includes(' ') ? knownAs : `${knownAs} ${p.name.trim().split(/\s+/).at(-1) ?? ''}`;
    forms.push(form(full, true));
  }
  for (const alias of p.aliases) {
    const f = form(alias, false);
    if (!f.parts.length || f.surface === main.surface) continue;
    // Another name altogether, or a short form, is a name the person goes by; a near spelling is a slip.
    f.accepted = !formsClose(f.parts, main.parts) || isShortForm(f.parts, main.parts);
    forms.push(f);
  }
  return { key: `person:${p.id}`, kind: 'person', label: main.surface, personId: p.id, forms };
}

export function knownEntities(committee: Committee): NameEntity[] {
  const people = committee.people.filter((p) => nameParts(p.name).length > 0).map(personEntity);
  const bodies = committee.actionOwners
    .map((o) => form(o, true))
    .filter((f) => f.parts.length > 0)
    .map((f): NameEntity => ({ key: `owner:${f.surface}`, kind: 'body', label: f.surface, forms: [f] }));
  return [...people, ...bodies];
}
