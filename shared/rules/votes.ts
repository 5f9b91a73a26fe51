// A vote may only count the members entitled to vote on the item.
import type { Meeting, Resolution } from '../domain';
import { problem, type RuleProblem } from './problem';
import { votersFor } from './presence';

const COLUMNS = ['for', 'against', 'abstain'] as const;

function itemName(meeting: Meeting, itemId: string): string {
  const item = meeting.agenda.find((i) => i.id === itemId);
  return item ? `item ${item.number}` : 'this item';
}

/** What is wrong with a resolution's vote, given who was present and not withdrawn for its item. */
export function voteProblems(meeting: Meeting, resolution: Resolution): RuleProblem[] {
  const vote = resolution.vote;
  if (!vote) return [];
  const subject = `resolution:${resolution.id}`;
  const voters = votersFor(meeting, resolution.itemId);
  const where = itemName(meeting, resolution.itemId);
  if (vote.kind === 'counts') {
    const cast = vote.for + vote.against + vote.abstain;
    if (cast <= voters.length) return [];
    return [
      problem(
        'VOTE_EXCEEDS_PRESENT',
        subject,
        'vote',
        `The vote counts ${cast} (for ${vote.for}, against ${vote.against}, abstaining ${vote.abstain}), ` +
          `but only ${voters.length} voting member${voters.length === 1 ? ' is' : 's are'} present and not withdrawn for ${where}`,
      ),
    ];
  }
  const problems: RuleProblem[] = [];
  const allowed = new Set(voters);
  const seen = new Map<string, string>();
  for (const column of COLUMNS) {
    for (const personId of vote[column]) {
      const field = `vote.${column}`;
      const earlier = seen.get(personId);
      if (earlier !== undefined) {
        problems.push(
          problem(
            'VOTE_TWICE',
            subject,
            field,
            earlier === column ? `The same person is named twice in "${column}"` : `The same person cannot vote both "${earlier}" and "${column}"`,
            personId,
          ),
        );
        continue;
      }
      seen.set(personId, column);
      if (!allowed.has(personId)) {
        problems.push(
          problem(
            'VOTER_NOT_ENTITLED',
            subject,
            field,
            `A recorded vote can only name members and co-optees present and not withdrawn for ${where}; someone named in "${column}" is not`,
            personId,
          ),
        );
      }
    }
  }
  return problems;
}
