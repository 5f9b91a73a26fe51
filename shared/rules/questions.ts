import type { PublicQuestion } from '../domain';

/** An empty name is "A member of the public"; typing those words is stored the same way. */
export function normaliseAsker(name: string): string {
  const trimmed = name.trim();
  return /^an? member of the public\.?$/i.test(trimmed) ? '' : trimmed;
}

/** How the asker is written: their name, or "A member of the public". */
export function askedBy(q: Pick<PublicQuestion, 'askedByName'>): string {
  return q.askedByName.trim() || 'A member of the public';
}
