import { describe, expect, it } from 'vitest';
import { composeMinutes } from '$shared/minutes';
import type { Meeting } from '$shared/domain';
import { expectRefused, itemId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const m0 = sampleMeeting();
const item7 = itemId(m0, '7');
const paragraphsOf = (m: Meeting, item: string) => m.notes.filter((p) => p.itemId === item).map((p) => p.id);

/** In the composed minutes: the action lines that come right after a paragraph. */
function actionsAfter(m: Meeting, paragraphId: string): string[] {
  const blocks = composeMinutes(m, c).blocks;
  const at = blocks.findIndex((b) => b.type === 'paragraph' && 'paragraphId' in b && b.paragraphId === paragraphId);
  expect(at).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const b of blocks.slice(at + 1)) {
    if (b.type !== 'action') break;
    out.push(b.actionId ?? '');
  }
  return out;
}

describe('actions stay attached to their paragraph', () => {
  it('when the paragraph moves within its item, its actions move with it and stay right after it', () => {
    const withAction = m0.actions.find(
      (a) => a.itemId === item7 && paragraphsOf(m0, item7).indexOf(a.paragraphId) > 0,
    )!;
    const anchored = m0.actions.filter((a) => a.paragraphId === withAction.paragraphId).map((a) => a.id);
    expect(actionsAfter(m0, withAction.paragraphId)).toEqual(anchored);
    const moved = run(m0, 'notes:moveParagraph', { paragraphId: withAction.paragraphId, toIndexInItem: 0 });
    expect(paragraphsOf(moved, item7)[0]).toBe(withAction.paragraphId);
    expect(moved.actions).toEqual(m0.actions);
    expect(actionsAfter(moved, withAction.paragraphId)).toEqual(anchored);
  });

  it('when a paragraph is inserted before it, and when another paragraph is removed', () => {
    const target = m0.actions.find((a) => a.itemId === item7)!;
    const first = paragraphsOf(m0, item7)[0]!;
    const inserted = run(m0, 'notes:addParagraph', {
      itemId: item7,
      paragraphId: 'p-new',
      afterParagraphId: first,
      content: [{ t: 'text', text: 'New.' }],
    });
    expect(actionsAfter(inserted, target.paragraphId)).toContain(target.id);
    const unrelated = paragraphsOf(m0, item7).find((p) => !m0.actions.some((a) => a.paragraphId === p))!;
    const removed = run(m0, 'notes:removeParagraph', { paragraphId: unrelated });
    expect(actionsAfter(removed, target.paragraphId)).toContain(target.id);
  });

  it('refuses removing a paragraph with actions unless asked, and then removes them too', () => {
    const target = m0.actions[0]!;
    expectRefused(() => run(m0, 'notes:removeParagraph', { paragraphId: target.paragraphId }), 'IN_USE');
    const gone = run(m0, 'notes:removeParagraph', { paragraphId: target.paragraphId, withActions: true });
    expect(gone.actions.some((a) => a.paragraphId === target.paragraphId)).toBe(false);
  });

  it("keeps an item's paragraphs together: a paragraph cannot follow another item's", () => {
    const ofItem5 = paragraphsOf(m0, itemId(m0, '5'))[0]!;
    expectRefused(
      () => run(m0, 'notes:addParagraph', { itemId: item7, paragraphId: 'p-x', afterParagraphId: ofItem5 }),
      'INVALID',
      'afterParagraphId',
    );
  });

  it('puts a paragraph or an action back at the position given (as undo does)', () => {
    const p = m0.notes[3]!;
    const without = run(m0, 'notes:removeParagraph', { paragraphId: p.id, withActions: true });
    const back = run(without, 'notes:addParagraph', {
      itemId: p.itemId,
      paragraphId: p.id,
      content: p.content,
      index: 3,
    });
    expect(back.notes).toEqual(m0.notes);
    const a = m0.actions[2]!;
    const noAction = run(m0, 'actions:remove', { actionId: a.id });
    expect(run(noAction, 'actions:add', { action: a, index: 2 }).actions).toEqual(m0.actions);
  });
});
