// How the banner speaks of the store's problems. A damaged or unreadable file was left untouched
// and may have a good backup; the others (the lock lost, a file changed, removed or restored
// by hand) are not damage, and their own message says what to do.
import type { FileProblem } from '$shared/api';

const NOT_DAMAGE = new Set(['LOCK_LOST', 'CHANGED_OUTSIDE', 'REMOVED_OUTSIDE', 'OLDER_THAN_BACKUP']);

export function isDamage(problem: Pick<FileProblem, 'code'>): boolean {
  return !NOT_DAMAGE.has(problem.code);
}

/** The banner's title for these problems. */
export function problemsTitle(problems: readonly Pick<FileProblem, 'code'>[]): string {
  if (problems.length && problems.every((p) => !isDamage(p))) return 'The data folder needs your attention';
  if (problems.some((p) => !isDamage(p)))
    return 'Some data could not be read, and the data folder needs your attention';
  return 'Some data could not be read';
}
