// Suggested edits of a resolution's clauses and an action's owners during review: recorded on
// their block, attributed and dated, changing nothing until the coordinator accepts; accepting
// applies the list through the ordinary command and keeps what it replaced; a stale one is refused.
import { describe, expect, it } from 'vitest';
import { CommandError } from '$shared/commands';
import { ReviewComment } from '$shared/domain';
import { loadSample, Steps } from '../helpers/review';

function refused(f: () => unknown, code: string): void {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, but the command was applied`);
}

function inReview() {
  const { meeting, committee } = loadSample();
  const s = new Steps(meeting, committee);
  s.run('review:send', { by: 'Bathsheba Mall' });
  return s;
}

describe('suggested edits of resolutions and actions', () => {
  it("records a resolution's new clauses on its block and changes nothing until accepted", () => {
    const s = inReview();
    const r = s.meeting.resolutions[0]!;
    const m = s.run('review:suggestList', {
      commentId: 'l1',
      kind: 'resolution',
      id: r.id,
      author: 'Councillor Needham',
      text: 'Clearer.',
      lines: ['  That the report be noted with thanks ', '', 'That a briefing follow'],
    });
    const c = m.review!.comments.at(-1)!;
    expect(c).toMatchObject({
      id: 'l1',
      blockRef: `resolution:${r.id}`,
      author: 'Councillor Needham',
      text: 'Clearer.',
      status: 'open',
      at: '2016-09-20T09:02:00.000Z',
    });
    expect(c.listSuggestion).toEqual({
      kind: 'resolution',
      id: r.id,
      lines: ['That the report be noted with thanks', 'That a briefing follow'],
      basedOn: r.clauses,
    });
    expect(ReviewComment.safeParse(c).success).toBe(true);
    expect(m.resolutions[0]!.clauses).toEqual(r.clauses);

    const accepted = s.run('review:decide', { commentId: 'l1', decision: 'accepted', by: 'Bathsheba Mall' });
    expect(accepted.resolutions[0]!.clauses).toEqual([
      'That the report be noted with thanks',
      'That a briefing follow',
    ]);
    const decided = accepted.review!.comments.at(-1)!;
    expect(decided).toMatchObject({
      status: 'accepted',
      decidedBy: 'Bathsheba Mall',
      decidedAt: '2016-09-20T09:03:00.000Z',
    });
    expect(decided.listSuggestion!.replaced).toEqual(r.clauses);
  });

  it("accepting an action's owners applies them; rejecting changes nothing", () => {
    const s = inReview();
    const [a, b] = s.meeting.actions;
    s.run('review:suggestList', {
      commentId: 'o1',
      kind: 'action',
      id: a!.id,
      author: 'Chair',
      lines: [...a!.owners, 'HWB'],
    });
    s.run('review:suggestList', { commentId: 'o2', kind: 'action', id: b!.id, author: 'Chair', lines: ['Nobody'] });
    let m = s.run('review:decide', { commentId: 'o1', decision: 'accepted', by: 'BM' });
    expect(m.actions.find((x) => x.id === a!.id)!.owners).toEqual([...a!.owners, 'HWB']);
    m = s.run('review:decide', { commentId: 'o2', decision: 'rejected', by: 'BM' });
    expect(m.actions.find((x) => x.id === b!.id)!.owners).toEqual(b!.owners);
    expect(m.review!.comments.find((c) => c.id === 'o2')!.status).toBe('rejected');
  });

  it('refuses an empty or unchanged list, an unknown target, and outside review', () => {
    const { meeting, committee } = loadSample();
    const r = meeting.resolutions[0]!;
    const before = new Steps(meeting, committee);
    refused(
      () =>
        before.run('review:suggestList', { commentId: 'x', kind: 'resolution', id: r.id, author: 'C', lines: ['New'] }),
      'NOT_IN_REVIEW',
    );
    const s = inReview();
    refused(
      () =>
        s.run('review:suggestList', { commentId: 'x', kind: 'resolution', id: r.id, author: 'C', lines: [' ', ''] }),
      'EMPTY',
    );
    refused(
      () =>
        s.run('review:suggestList', {
          commentId: 'x',
          kind: 'resolution',
          id: r.id,
          author: 'C',
          lines: r.clauses.map((c) => ` ${c} `),
        }),
      'NO_CHANGE',
    );
    refused(
      () => s.run('review:suggestList', { commentId: 'x', kind: 'action', id: r.id, author: 'C', lines: ['Someone'] }),
      'NOT_FOUND',
    );
  });

  it('refuses to accept a suggestion on a list changed since, and the approval waits for it', () => {
    const s = inReview();
    const a = s.meeting.actions[0]!;
    s.run('review:suggestList', { commentId: 'o1', kind: 'action', id: a.id, author: 'Chair', lines: ['HWB'] });
    s.run('actions:update', { actionId: a.id, patch: { owners: ['CEPAC', 'Other'] } });
    refused(() => s.run('review:decide', { commentId: 'o1', decision: 'accepted', by: 'BM' }), 'STALE');
    refused(() => s.run('review:approve', { by: 'Chair', confirmMarkers: true }), 'OPEN_COMMENTS');
    s.run('review:decide', { commentId: 'o1', decision: 'rejected', by: 'BM' });
    expect(s.run('review:approve', { by: 'Chair', confirmMarkers: true }).status).toBe('approved');
  });

  it('comes back open, without its decision, when imported from another copy', () => {
    const s = inReview();
    const a = s.meeting.actions[0]!;
    const elsewhere = inReview();
    elsewhere.run('review:suggestList', { commentId: 'o9', kind: 'action', id: a.id, author: 'Chair', lines: ['HWB'] });
    const sent = elsewhere.run('review:decide', { commentId: 'o9', decision: 'accepted', by: 'BM' }).review!.comments;
    const m = s.run('review:importComments', { comments: sent });
    const c = m.review!.comments.find((x) => x.id === 'o9')!;
    expect(c.status).toBe('open');
    expect(c.listSuggestion).toEqual({ kind: 'action', id: a.id, lines: ['HWB'], basedOn: a.owners });
  });

  it('a list suggestion sits on a block, never on a paragraph', () => {
    const bad = {
      id: 'x',
      paragraphId: 'p',
      author: 'A',
      at: '2016-09-20T09:00:00.000Z',
      listSuggestion: { kind: 'action', id: 'a', lines: ['B'], basedOn: ['A'] },
    };
    expect(ReviewComment.safeParse(bad).success).toBe(false);
  });
});
