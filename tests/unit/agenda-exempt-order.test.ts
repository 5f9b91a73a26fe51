// Exempt items with open items after them (QA: item 5 made exempt, open items 6-12 after it,
// printed under the "PART II - NOT FOR PUBLICATION" banner). The front sheet never puts an
// open item under the banner; the builder's warning and its "move the exempt items to the
// end" action, as one edit.
import { describe, expect, it } from 'vitest';
import { EXEMPT_ITEM_NOTE, PART_II_NOTE, PART_II_TITLE, composeFrontSheet } from '$shared/agenda/front-sheet';
import { exemptBeforeOpen, exemptToEndSteps, partTwoFrom } from '$shared/agenda/exempt-order';
import type { FrontSheetOutline, ItemRow, TableRow } from '$shared/agenda/front-sheet-outline';
import type { Meeting } from '$shared/domain';
import { committeeFor2016_11_21, meeting2016_11_21, run } from '../helpers/agenda-2016-11-21';

const committee = committeeFor2016_11_21();
const base = meeting2016_11_21(committee);
const idOf = (m: Meeting, number: string) => m.agenda.find((i) => i.number === number)!.id;
const exempt = (m: Meeting, number: string, paragraph = '3') =>
  run(m, 'agenda:setExempt', { itemId: idOf(m, number), paragraph });

function rows(outline: FrontSheetOutline): TableRow[] {
  const table = outline.blocks.find((b) => b.type === 'item-table');
  if (table?.type !== 'item-table') throw new Error('no item table');
  return table.rows;
}

/** The item numbers printed after the Part II banner ([] when there is none). */
function underBanner(m: Meeting): { number: string; exempt: boolean }[] {
  const r = rows(composeFrontSheet(m, committee));
  const at = r.findIndex((x) => x.type === 'part-heading');
  if (at < 0) return [];
  return r.slice(at + 1).map((x) => ({ number: (x as ItemRow).number, exempt: Boolean((x as ItemRow).exempt) }));
}

describe('the front sheet with an exempt item before open items', () => {
  it('prints no open item under the Part II banner: item 5 is marked on its own', () => {
    expect(base.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const m = exempt(base, '5');
    const r = rows(composeFrontSheet(m, committee));
    expect(r.some((x) => x.type === 'part-heading')).toBe(false);
    expect(underBanner(m)).toEqual([]);
    const five = r.find((x) => x.type === 'item' && x.number === '5.') as ItemRow;
    expect(five.exempt).toBe(`Exempt: Schedule 12A paragraph 3. ${EXEMPT_ITEM_NOTE}`);
    // The open items say nothing about exemption.
    expect(r.filter((x) => x.type === 'item' && x.exempt).map((x) => (x as ItemRow).number)).toEqual(['5.']);
  });

  it('puts the banner before the exempt items at the end only, and marks an earlier one on its own', () => {
    let m = exempt(base, '5');
    m = exempt(m, '11', '1');
    m = exempt(m, '12', '5');
    const r = rows(composeFrontSheet(m, committee));
    expect(r.filter((x) => x.type === 'part-heading')).toEqual([
      { type: 'part-heading', key: 'part-ii', title: PART_II_TITLE, note: PART_II_NOTE },
    ]);
    expect(underBanner(m)).toEqual([
      { number: '11.', exempt: true },
      { number: '12.', exempt: true },
    ]);
    const byNumber = (n: string) => (r.find((x) => x.type === 'item' && x.number === n) as ItemRow).exempt;
    expect(byNumber('5.')).toContain(EXEMPT_ITEM_NOTE);
    expect(byNumber('11.')).toBe('Exempt: Schedule 12A paragraph 1');
    expect(byNumber('12.')).toBe('Exempt: Schedule 12A paragraph 5');
  });

  it('never prints an open item under the banner, whichever items are exempt', () => {
    for (let mask = 1; mask < 1 << 12; mask += 37) {
      let m = base;
      base.agenda.forEach((item, i) => {
        if (mask & (1 << i)) m = exempt(m, item.number);
      });
      expect(
        underBanner(m).every((x) => x.exempt),
        `mask ${mask}`,
      ).toBe(true);
      expect(partTwoFrom(m.agenda)).toBeLessThanOrEqual(m.agenda.length);
    }
  });
});

describe('moving the exempt items to the end', () => {
  it('finds the exempt items with open items after them, naming those open items', () => {
    expect(exemptBeforeOpen(base.agenda).size).toBe(0);
    const m = exempt(base, '5');
    const warned = exemptBeforeOpen(m.agenda);
    expect([...warned.keys()]).toEqual([idOf(m, '5')]);
    expect(warned.get(idOf(m, '5'))!.map((i) => i.number)).toEqual(['6', '7', '8', '9', '10', '11', '12']);
    // Already at the end: nothing to say.
    expect(exemptBeforeOpen(exempt(base, '12').agenda).size).toBe(0);
  });

  it('one batch moves them to the end in their order, keeps the open items in theirs, and renumbers', () => {
    let m = exempt(base, '5');
    m = exempt(m, '8', '1');
    const titles = (x: Meeting) => x.agenda.map((i) => i.title);
    const before = titles(m);
    const steps = exemptToEndSteps(m.agenda);
    expect(steps).toHaveLength(2);
    const moved = run(m, 'meeting:batch', { steps: [...steps, { name: 'agenda:renumber', input: {} }] });
    const open = before.filter((_, i) => !m.agenda[i]!.exempt);
    expect(titles(moved)).toEqual([...open, before[4], before[7]]);
    expect(moved.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(moved.agenda.slice(-2).map((i) => i.exempt?.paragraph)).toEqual(['3', '1']);
    expect(exemptBeforeOpen(moved.agenda).size).toBe(0);
    expect(exemptToEndSteps(moved.agenda)).toEqual([]);
    // Now one banner, and the two exempt items under it.
    expect(underBanner(moved)).toEqual([
      { number: '11.', exempt: true },
      { number: '12.', exempt: true },
    ]);
    // The exclusion resolutions stay with their items.
    for (const item of moved.agenda.filter((i) => i.exempt))
      expect(moved.resolutions.some((r) => r.itemId === item.id)).toBe(true);
  });

  it('takes an exempt item’s sub-items along', () => {
    let m = run(base, 'agenda:addSubItem', {
      parentItemId: idOf(base, '5'),
      item: { id: 'sub-5a', title: 'APPENDIX' },
    });
    m = exempt(m, '5');
    const moved = run(m, 'meeting:batch', { steps: exemptToEndSteps(m.agenda) });
    expect(moved.agenda.slice(-2).map((i) => i.id)).toEqual([idOf(m, '5'), 'sub-5a']);
  });
});
