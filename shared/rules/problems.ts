import type { Meeting } from '../domain';
import type { RuleProblem } from './problem';
import { peopleProblems } from './people-problems';
import { timeProblems } from './time-problems';
import { voteProblems } from './votes';

/** Every rule of the live console the meeting breaks (none, for anything captured through commands). */
export function liveProblems(meeting: Meeting): RuleProblem[] {
  return [...timeProblems(meeting), ...peopleProblems(meeting), ...meeting.resolutions.flatMap((r) => voteProblems(meeting, r))];
}

/** Problems of `after` that `before` did not have: what an edit would break. */
export function newProblems(before: Meeting, after: Meeting): RuleProblem[] {
  const existing = new Set(liveProblems(before).map((p) => p.key));
  return liveProblems(after).filter((p) => !existing.has(p.key));
}
