// A vote may only count the members entitled to vote on the item.
import type { Meeting, Resolution, Vote, VoteWay } from '../domain';
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
    if (cast > voters.length) {
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
    return recordedProblems(vote, voters, subject, where);
  }
  return namedProblems(vote, voters, subject, where);
}

const WAY_WORDS: Record<VoteWay, string> = { for: 'for', against: 'against', abstain: 'abstaining' };

/** Votes a member asked to have recorded: someone entitled, once, and no more in a column than it counts. */
function recordedProblems(
  vote: Extract<Vote, { kind: 'counts' }>,
  voters: string[],
  subject: string,
  where: string,
): RuleProblem[] {
  const recorded = vote.recorded ?? [];
  const problems = namedProblems(
    {
      for: recorded.filter((r) => r.way === 'for').map((r) => r.personId),
      against: recorded.filter((r) => r.way === 'against').map((r) => r.personId),
      abstain: recorded.filter((r) => r.way === 'abstain').map((r) => r.personId),
    },
    voters,
    subject,
    where,
    'vote.recorded',
  );
  for (const way of COLUMNS) {
    const asked = recorded.filter((r) => r.way === way).length;
    if (asked > vote[way]) {
      problems.push(
        problem(
          'VOTE_RECORDED_EXCEEDS_COUNT',
          subject,
          'vote.recorded',
          `${asked} member${asked === 1 ? ' asks' : 's ask'} for a vote ${WAY_WORDS[way]} to be recorded, but the count ${WAY_WORDS[way]} is ${vote[way]}`,
        ),
      );
    }
  }
  return problems;
}

/** A named vote (or the votes asked to be recorded): each person entitled, and in one column only. */
function namedProblems(
  vote: Record<(typeof COLUMNS)[number], string[]>,
  voters: string[],
  subject: string,
  where: string,
  fieldOf?: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const allowed = new Set(voters);
  const seen = new Map<string, string>();
  for (const column of COLUMNS) {
    for (const personId of vote[column]) {
      const field = fieldOf ?? `vote.${column}`;
      const earlier = seen.get(personId);
      if (earlier !== undefined) {
        problems.push(
          problem(
            'VOTE_TWICE',
            subject,
            field,
            earlier === column
              ? `The same person is named twice in "${column}"`
              : `The same person cannot vote both "${earlier}" and "${column}"`,
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
