// What one version of a meeting lacks compared with another, in words: said when a file turns out
// older than its newest backup (a backup restored by hand), and when a file changed outside
// Scrutineer would replace the version open in a window.
import type { Meeting } from '$shared/domain';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listed(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The things `older` lacks that `newer` has (amendments, the approval, the confirmation, revisions); empty when nothing. */
export function whatItLacks(older: Meeting, newer: Meeting): string[] {
  const lacks: string[] = [];
  const has = new Set((older.amendments ?? []).map((a) => a.id));
  const missing = (newer.amendments ?? []).filter((a) => !has.has(a.id));
  if (missing.length) {
    const which = missing.map(
      (a) => `by ${a.by} on ${a.at.slice(0, 10)}: "${a.why.length > 80 ? `${a.why.slice(0, 79)}…` : a.why}"`,
    );
    lacks.push(`${plural(missing.length, 'amendment')} (${which.join('; ')})`);
  }
  if (newer.approval && !older.approval) lacks.push(`the approval of the minutes (by ${newer.approval.approvedBy})`);
  if (newer.confirmation && !older.confirmation) lacks.push('the confirmation of the minutes');
  const n = newer.revision - older.revision;
  if (n > 0)
    lacks.push(
      `${plural(n, 'revision')} (${n === 1 ? `revision ${newer.revision}` : `revisions ${older.revision + 1} to ${newer.revision}`})`,
    );
  return lacks;
}

/** "it lacks 1 amendment (…) and 3 revisions (…)", or undefined when it lacks nothing. */
export function lacksInWords(older: Meeting, newer: Meeting): string | undefined {
  const lacks = whatItLacks(older, newer);
  return lacks.length ? `it lacks ${listed(lacks)}` : undefined;
}
