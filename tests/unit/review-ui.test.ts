// The renderer's pure helpers for the minutes and review screens: plain words typed as a
// suggestion go back to person references, and each gap leads to the block that shows it.
import { describe, expect, it } from 'vitest';
import { composeMinutes, plainText } from '$shared/minutes';
import { newMeeting } from '$shared/domain';
import { gapBlockKey } from '../../renderer/src/lib/minutes-gaps';
import { printedRuns, printedWith, wordsToContent } from '../../renderer/src/lib/suggestion-text';
import { blockLabel, blockText } from '../../renderer/src/lib/block-text';
import { loadSample } from '../integration/helpers/sample';

const CABINET_PARAGRAPH = 'fea54d7f-512c-4b1b-a25d-2d39cd9f677f';

describe('suggested wording back to content', () => {
  const { meeting, committee } = loadSample();
  const printed = printedRuns(meeting, committee, CABINET_PARAGRAPH);

  it('keeps each person the paragraph names as a reference where their printed name survives', () => {
    const words = plainText(printed).replace('a number of visits', 'many visits');
    const content = wordsToContent(words, printed);
    const original = meeting.notes.find((n) => n.id === CABINET_PARAGRAPH)!.content;
    expect(content.filter((r) => r.t === 'person')).toEqual(original.filter((r) => r.t === 'person'));
    expect(printedWith(meeting, committee, CABINET_PARAGRAPH, content)).toBe(words);
  });

  it('turns a name the reviewer deleted or retyped differently into nothing or plain text', () => {
    const content = wordsToContent('Macmillan visited schools.', printed);
    expect(content).toEqual([{ t: 'text', text: 'Macmillan visited schools.' }]);
    expect(wordsToContent('', printed)).toEqual([]);
  });

  it('finds names in order, so text between them stays where it was', () => {
    const runs = [
      { text: 'Councillor Needham', personId: 'a' },
      { text: ' asked ' },
      { text: 'Fiona Phelps', personId: 'b' },
    ];
    expect(wordsToContent('Then Councillor Needham asked Fiona Phelps twice.', runs)).toEqual([
      { t: 'text', text: 'Then ' },
      { t: 'person', personId: 'a' },
      { t: 'text', text: ' asked ' },
      { t: 'person', personId: 'b' },
      { t: 'text', text: ' twice.' },
    ]);
  });
});

describe('where a gap is shown', () => {
  it('leads each gap of a new meeting to a block of its own, one with a marker where there is one', () => {
    const { committee } = loadSample();
    const meeting = newMeeting({
      committeeId: committee.id,
      date: '2017-01-16',
      startTime: '19:00',
      venue: '',
      agenda: [],
      at: new Date(0),
    });
    const withAgenda = {
      ...meeting,
      agenda: [{ id: 'item-1', number: '1', title: 'REPORT', summary: '', reportAuthor: '', kind: 'report' as const }],
    };
    const outline = composeMinutes(withAgenda, committee);
    expect(outline.missing.length).toBeGreaterThan(2);
    const byKey = new Map(outline.blocks.map((b) => [b.key, b]));
    for (const gap of outline.missing) {
      const key = gapBlockKey(outline, gap);
      expect(key, `${gap.where}: ${gap.what}`).toBeDefined();
      const block = byKey.get(key!)!;
      if (gap.where === 'Closing') expect(block.type).toBe('closing-times');
      if (gap.itemId) expect('itemId' in block && block.itemId).toBe(gap.itemId);
      expect(blockText(block)).toContain('[to be completed]');
    }
  });

  it('points an action without an owner at its ACTION line', () => {
    const { meeting, committee } = loadSample();
    const action = meeting.actions[0]!;
    const outline = composeMinutes(
      { ...meeting, actions: meeting.actions.map((a) => (a.id === action.id ? { ...a, owners: [] } : a)) },
      committee,
    );
    const gap = outline.missing.find((g) => g.actionId === action.id)!;
    expect(gapBlockKey(outline, gap)).toBe(`action:${action.id}`);
  });
});

describe('block labels', () => {
  it('names a block by its first words', () => {
    const { meeting, committee } = loadSample();
    const outline = composeMinutes(meeting, committee);
    const block = outline.blocks.find((b) => b.type === 'paragraph' && b.paragraphId === CABINET_PARAGRAPH)!;
    expect(blockLabel(block)).toBe('Councillor Macmillan informed the Committee that since the…');
    expect(blockLabel(outline.blocks.find((b) => b.type === 'present-heading')!)).toBe('PRESENT');
  });
});

describe('routes of the minutes, review and planning screens', async () => {
  const { href, parseHash } = await import('../../renderer/src/lib/routes');
  it('go there and back', () => {
    expect(parseHash(href.minutes('m-1'))).toEqual({ name: 'minutes', id: 'm-1' });
    expect(parseHash(href.review('m-1'))).toEqual({ name: 'review', id: 'm-1' });
    expect(parseHash(href.actionLog('c 1'))).toEqual({ name: 'action-log', id: 'c 1' });
    expect(parseHash(href.workProgramme('c-1'))).toEqual({ name: 'work-programme', id: 'c-1' });
    expect(parseHash('#/meetings/m-1/elsewhere')).toEqual({ name: 'not-found', path: '/meetings/m-1/elsewhere' });
  });
});
