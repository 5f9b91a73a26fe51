import type { Resolution, Vote, VoteWay } from '../domain';
import type { ComposeContext } from './context';
import type { Block, Run } from './outline';
import { marker, mergeRuns, text } from './outline';
import { joinWithAnd, withFullStop } from './lists';
import { laterName } from './person-names';

/** A clause without the punctuation a writer may have typed at its end ("; and", ";", "."). */
export function bareClause(clause: string): string {
  return clause
    .trim()
    .replace(/(\s*;\s*and|\s*[;.,:])+\s*$/i, '')
    .trimEnd();
}

/** Numbered clauses end ";", the one before the last "; and", the last ".". */
export function punctuateClauses(clauses: readonly string[]): string[] {
  const bare = clauses.map(bareClause);
  return bare.map((c, i) => c + (i === bare.length - 1 ? '.' : i === bare.length - 2 ? '; and' : ';'));
}

/** One sentence: ends with a full stop (a stray ";" typed at its end becomes one). */
export function punctuateSentence(sentence: string): string {
  return withFullStop(sentence.trim().replace(/\s*;\s*(and)?\s*$/i, ''));
}

function nameList(ctx: ComposeContext, ids: readonly string[]): Run[] {
  if (ids.length === 0) return [text('none')];
  const people = ids.map((id) => ctx.people.get(id));
  // "Councillors Needham, De'Ath and Johnson", as in the PRESENT list.
  if (people.length > 1 && people.every((p) => p?.kind === 'councillor')) {
    return [text('Councillors '), ...joinWithAnd(people.map((p) => [text(laterName(p!).replace(/^Councillor /, ''))]))];
  }
  return joinWithAnd(people.map((p) => (p ? [text(laterName(p))] : [marker('[unknown person]')])));
}

const ASKED_WORDS: Record<VoteWay, string> = { for: 'voted for', against: 'voted against', abstain: 'abstained' };

/** " At their request, it was recorded that Councillor De'Ath voted against and that Councillor Ffiske abstained." */
function askedRuns(ctx: ComposeContext, asked: readonly { personId: string; way: VoteWay }[]): Run[] {
  const parts = (['for', 'against', 'abstain'] as const)
    .map((way) => ({ way, ids: asked.filter((a) => a.way === way).map((a) => a.personId) }))
    .filter((p) => p.ids.length > 0)
    .map((p) => [...nameList(ctx, p.ids), text(` ${ASKED_WORDS[p.way]}`)]);
  if (parts.length === 0) return [];
  return [
    text(' At their request, it was recorded that '),
    ...parts.flatMap((p, i) => (i === 0 ? p : [text(' and that '), ...p])),
    text('.'),
  ];
}

/** Votes as captured: counts (with any votes members asked to have recorded), or the names of a recorded vote. */
export function voteRuns(ctx: ComposeContext, vote: Vote): Run[] {
  if (vote.kind === 'counts') {
    return mergeRuns([
      text(`Vote: For ${vote.for}, Against ${vote.against}, Abstentions ${vote.abstain}.`),
      ...askedRuns(ctx, vote.recorded ?? []),
    ]);
  }
  return mergeRuns([
    text('A recorded vote was taken. For: '),
    ...nameList(ctx, vote.for),
    text('. Against: '),
    ...nameList(ctx, vote.against),
    text('. Abstentions: '),
    ...nameList(ctx, vote.abstain),
    text('.'),
  ]);
}

/** RESOLVED, then one sentence or numbered clauses, then the vote if one was taken. */
export function composeResolution(ctx: ComposeContext, itemId: string, where: string, r: Resolution): Block[] {
  const blocks: Block[] = [{ type: 'resolved-heading', key: `resolved:${r.id}`, itemId, runs: [text('RESOLVED')] }];
  const clauses = r.clauses.filter((c) => c.trim() !== '');
  if (clauses.length <= 1) {
    const only = clauses[0];
    if (only === undefined) ctx.missing.push({ where, what: 'a resolution without its wording', itemId });
    blocks.push({
      type: 'resolution-sentence',
      key: `resolution:${r.id}`,
      itemId,
      resolutionId: r.id,
      runs: only === undefined ? [marker()] : [text(punctuateSentence(only))],
    });
  } else {
    blocks.push({
      type: 'resolution-clauses',
      key: `resolution:${r.id}`,
      itemId,
      resolutionId: r.id,
      clauses: punctuateClauses(clauses),
    });
  }
  if (r.vote)
    blocks.push({ type: 'vote', key: `vote:${r.id}`, itemId, resolutionId: r.id, runs: voteRuns(ctx, r.vote) });
  return blocks;
}
