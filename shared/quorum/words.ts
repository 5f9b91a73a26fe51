// The quorum watch in words: the console's count, its warning, the picture's text alternative,
// the setup screen's message and the minutes' sentence. Pure, en-GB.
import { formatTime } from '../format/en-gb';
import type { QuorumTimeline } from './timeline';

const members = (n: number) => `${n} voting member${n === 1 ? '' : 's'}`;

/** Set where the quorum is set, and shown by the watch: a quorum above the voting membership. */
export function unreachableQuorum(quorum: number, membership: number): string | undefined {
  if (membership === 0 || quorum <= membership) return undefined; // no seats yet: nothing to compare
  return `The quorum (${quorum}) is more than the committee's ${members(membership)}, so it can never be reached. Lower the quorum or add voting seats.`;
}

/** "4 of quorum 3 present", for the console's count. */
export function quorumCount(t: QuorumTimeline): string {
  return `${members(t.current.count)} present; the quorum is ${t.quorum}`;
}

/** The warning before a vote or an item while inquorate; undefined while quorate. */
export function inquorateWarning(t: QuorumTimeline, doing: 'record a vote' | 'start this item'): string | undefined {
  if (t.current.quorate) return undefined;
  const why = t.reachable ? '' : ' (the quorum cannot be reached with this membership)';
  return `The meeting is inquorate: ${members(t.current.count)} present and the quorum is ${t.quorum}${why}. You can still ${doing}; the committee may proceed inquorate for some business.`;
}

/** The picture's text alternative: each stretch of the meeting with its count. */
export function timelineDescription(t: QuorumTimeline): string {
  const parts = t.spans.map((s) => {
    const when = s.from === s.to ? `at ${formatTime(s.from)}` : `${formatTime(s.from)} to ${formatTime(s.to)}`;
    if (!s.sitting) return `${when}, adjourned`;
    return `${when}, ${s.count}${s.count < t.quorum ? ' (inquorate)' : ''}`;
  });
  const who = t.countsCoOptees ? 'councillors and co-optees' : 'councillors';
  return `Voting members present (${who}) against a quorum of ${t.quorum}: ${parts.join('; ')}.`;
}

/** The minutes' sentences: "The meeting became inquorate at 8.40 pm." (and quorate again). */
export function quorumChangeSentence(change: { at: string; kind: 'inquorate' | 'quorate' }): string {
  return change.kind === 'inquorate'
    ? `The meeting became inquorate at ${formatTime(change.at)}.`
    : `The meeting became quorate again at ${formatTime(change.at)}.`;
}
