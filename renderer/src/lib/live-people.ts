// Finding people as the coordinator types a few letters: those present first, then the roster.
import type { Attendance, Committee, Person } from '$shared/domain';
import { membershipOn } from '$shared/minutes/person-names';

export interface PersonMatch {
  person: Person;
  present: boolean;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'");

/** 0: a word starts with the query; 1: the name contains it; -1: no match. Aliases count too. */
function matchRank(p: Person, query: string): number {
  const q = norm(query.trim());
  if (!q) return 0;
  let best = -1;
  for (const name of [p.name, ...p.aliases]) {
    const n = norm(name);
    if (n.startsWith(q) || n.split(/[\s-]+/).some((w) => w.startsWith(q))) return 0;
    if (n.includes(q)) best = 1;
  }
  return best;
}

/**
 * People whose name (or another spelling) matches `query`: those present at the meeting first,
 * then the committee's members, then everyone else on the roster; within each, better matches first.
 */
export function searchPeople(
  committee: Committee,
  attendance: readonly Attendance[],
  meetingDate: string,
  query: string,
  limit = 8,
): PersonMatch[] {
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  const scored: { m: PersonMatch; score: number; order: number }[] = [];
  committee.people.forEach((person, order) => {
    const rank = matchRank(person, query);
    if (rank < 0) return;
    const group = present.has(person.id) ? 0 : membershipOn(committee, person.id, meetingDate) ? 1 : 2;
    scored.push({ m: { person, present: group === 0 }, score: group * 10 + rank, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.m);
}

/** Owners remembered by the committee that match what was typed (start of a word first). */
export function searchOwners(
  owners: readonly string[],
  query: string,
  exclude: readonly string[],
  limit = 8,
): string[] {
  const q = norm(query.trim());
  const taken = new Set(exclude.map(norm));
  const ranked = owners
    .filter((o) => !taken.has(norm(o)))
    .map((o, i) => {
      const n = norm(o);
      const rank =
        !q || n.startsWith(q) ? 0 : n.split(/[\s/-]+/).some((w) => w.startsWith(q)) ? 1 : n.includes(q) ? 2 : -1;
      return { o, rank, i };
    })
    .filter((x) => x.rank >= 0);
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.slice(0, limit).map((x) => x.o);
}

/** The remembered owner spelled as typed (ignoring case and apostrophe style), if there is one. */
export function sameOwner(owners: readonly string[], typed: string): string | undefined {
  const t = norm(typed.trim());
  return owners.find((o) => norm(o) === t);
}
