import { describe, expect, it } from 'vitest';
import { askedBy, exclusionResolutionId, exclusionWording } from '$shared/rules';
import { expectRefused, itemId, personId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const m0 = sampleMeeting();
const item8 = itemId(m0, '8');
const exclusionOf = (m: typeof m0) => m.resolutions.find((r) => r.id === exclusionResolutionId(item8));

describe('exempt items', () => {
  it("records the exclusion resolution under s100A(4) with the Schedule 12A paragraph, before the item's other resolutions", () => {
    const m = run(m0, 'agenda:setExempt', { itemId: item8, paragraph: '3', publicLeftAt: '20:05' });
    expect(m.agenda.find((i) => i.id === item8)?.exempt).toEqual({ paragraph: '3', publicLeftAt: '20:05' });
    const exclusion = exclusionOf(m)!;
    expect(exclusion.itemId).toBe(item8);
    expect(exclusion.clauses).toEqual([
      'That under Section 100A (4) of the Local Government Act 1972, the public and press be excluded from the meeting during the consideration of the following item of business, on the grounds that it contains the likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A of the said Act, and that the public interest in maintaining the exemption currently outweighs the public interest in disclosing the information.',
    ]);
    const ofItem = m.resolutions.filter((r) => r.itemId === item8).map((r) => r.id);
    expect(ofItem[0]).toBe(exclusion.id);
    expect(ofItem).toHaveLength(m0.resolutions.filter((r) => r.itemId === item8).length + 1);
  });

  it("keeps the resolution in step with the paragraph, and keeps the coordinator's own wording", () => {
    const m = run(m0, 'agenda:setExempt', { itemId: item8, paragraph: '3' });
    const five = run(m, 'agenda:setExempt', { itemId: item8, paragraph: '5' });
    expect(exclusionOf(five)?.clauses).toEqual([exclusionWording('5')]);
    const reworded = run(m, 'resolutions:set', {
      resolution: {
        ...exclusionOf(m)!,
        clauses: ['That the press and public be excluded under paragraph 3 of Schedule 12A to the Act.'],
      },
    });
    const seven = run(reworded, 'agenda:setExempt', { itemId: item8, paragraph: '7A' });
    expect(exclusionOf(seven)?.clauses).toEqual([
      'That the press and public be excluded under paragraph 7A of Schedule 12A to the Act.',
    ]);
    const timesOnly = run(reworded, 'agenda:setExempt', {
      itemId: item8,
      paragraph: '3',
      publicLeftAt: '20:00',
      publicReturnedAt: '20:20',
    });
    expect(exclusionOf(timesOnly)).toEqual(exclusionOf(reworded));
  });

  it('refuses the public returning before they left, or outside the meeting', () => {
    expectRefused(
      () =>
        run(m0, 'agenda:setExempt', {
          itemId: item8,
          paragraph: '1',
          publicLeftAt: '20:10',
          publicReturnedAt: '20:00',
        }),
      'PUBLIC_RETURNED_BEFORE_LEAVING',
      'publicReturnedAt',
    );
    expectRefused(
      () => run(m0, 'agenda:setExempt', { itemId: item8, paragraph: '1', publicLeftAt: '18:10' }),
      'PUBLIC_LEFT_BEFORE_START',
      'publicLeftAt',
    );
  });

  it('clears the exemption and its exclusion resolution together', () => {
    const m = run(m0, 'agenda:setExempt', { itemId: item8, paragraph: '3' });
    const open = run(m, 'agenda:clearExempt', { itemId: item8 });
    expect(open.agenda.find((i) => i.id === item8)).not.toHaveProperty('exempt');
    expect(exclusionOf(open)).toBeUndefined();
    expect(open.resolutions).toEqual(m0.resolutions);
    expect(run(open, 'agenda:clearExempt', { itemId: item8 })).toBe(open);
  });
});

describe('public questions', () => {
  const item4 = itemId(m0, '4');
  const question = (over: Record<string, unknown> = {}) => ({
    id: 'q1',
    itemId: item4,
    question: 'When will the report be published?',
    ...over,
  });

  it('writes an empty name as "A member of the public", and stores those words as no name', () => {
    const anonymous = run(m0, 'questions:add', { question: question() });
    expect(askedBy(anonymous.publicQuestions[0]!)).toBe('A member of the public');
    const typed = run(m0, 'questions:add', { question: question({ askedByName: ' a member of the public ' }) });
    expect(typed.publicQuestions[0]?.askedByName).toBe('');
    const named = run(m0, 'questions:add', { question: question({ askedByName: 'Matthew Jenkins' }) });
    expect(askedBy(named.publicQuestions[0]!)).toBe('Matthew Jenkins');
  });

  it('takes the answer only from someone present, and the item from the agenda', () => {
    const m = run(m0, 'questions:add', { question: question() });
    expectRefused(
      () => run(m, 'questions:update', { questionId: 'q1', patch: { answeredBy: personId(c, 'Elaine Chumnerly') } }),
      'ANSWERER_NOT_PRESENT',
      'answeredBy',
    );
    const answered = run(m, 'questions:update', {
      questionId: 'q1',
      patch: { answer: 'In November.', answeredBy: personId(c, 'Steve Miley') },
    });
    expect(answered.publicQuestions[0]).toMatchObject({
      answer: 'In November.',
      answeredBy: personId(c, 'Steve Miley'),
    });
    expect(
      run(answered, 'questions:update', { questionId: 'q1', patch: { answeredBy: null } }).publicQuestions[0],
    ).not.toHaveProperty('answeredBy');
    expectRefused(() => run(m0, 'questions:add', { question: question({ itemId: 'nowhere' }) }), 'NOT_FOUND', 'itemId');
    expect(run(m, 'questions:remove', { questionId: 'q1' }).publicQuestions).toEqual([]);
  });
});
