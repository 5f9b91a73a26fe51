// The pure parts of the agenda builder and the import review: where keyboard moves and new
// items go, and how a parsed agenda becomes an editable draft and goes back to the API.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';
import { moveBlock } from '$shared/agenda/numbering';
import { moveTo } from '$shared/commands/define';
import { contract } from '$shared/api';
import type { AgendaItem } from '$shared/domain';
import {
  beforeClosingIndex,
  freeMainNumber,
  moveTarget,
  numbersInOrder,
} from '../../renderer/src/views/agenda/positions';
import { createInput, draftFrom } from '../../renderer/src/views/import/draft';

const item = (number: string, kind: AgendaItem['kind'] = 'report'): AgendaItem => ({
  id: `id-${number}`,
  number,
  title: `Item ${number}`,
  summary: '',
  reportAuthor: '',
  kind,
});
const agenda = [
  item('1', 'minutes'),
  item('2'),
  item('3'),
  item('3a'),
  item('3b'),
  item('4', 'work-programme'),
  item('5', 'next-meeting'),
];
const numbers = (list: readonly AgendaItem[]) => list.map((i) => i.number);

function move(list: AgendaItem[], number: string, dir: 'up' | 'down'): AgendaItem[] | null {
  const index = list.findIndex((i) => i.number === number);
  const t = moveTarget(list, index, dir);
  if (!t) return null;
  return t.withSubItems ? moveBlock(list, index, t.toIndex) : moveTo(list, index, t.toIndex);
}

describe('moving agenda items one place', () => {
  it('a main item jumps over the whole neighbouring item and takes its sub-items along', () => {
    expect(numbers(move(agenda, '3', 'up')!)).toEqual(['1', '3', '3a', '3b', '2', '4', '5']);
    expect(numbers(move(agenda, '2', 'down')!)).toEqual(['1', '3', '3a', '3b', '2', '4', '5']);
    expect(numbers(move(agenda, '4', 'up')!)).toEqual(['1', '2', '4', '3', '3a', '3b', '5']);
    expect(numbers(move(agenda, '3', 'down')!)).toEqual(['1', '2', '4', '3', '3a', '3b', '5']);
  });

  it('a sub-item moves among its siblings only', () => {
    expect(numbers(move(agenda, '3b', 'up')!)).toEqual(['1', '2', '3', '3b', '3a', '4', '5']);
    expect(numbers(move(agenda, '3a', 'down')!)).toEqual(['1', '2', '3', '3b', '3a', '4', '5']);
    expect(move(agenda, '3a', 'up')).toBeNull();
    expect(move(agenda, '3b', 'down')).toBeNull();
  });

  it('the first item cannot go up, nor the last down', () => {
    expect(move(agenda, '1', 'up')).toBeNull();
    expect(move(agenda, '5', 'down')).toBeNull();
  });

  it('says when the numbers no longer follow the order', () => {
    expect(numbersInOrder(agenda)).toBe(true);
    expect(numbersInOrder(move(agenda, '3', 'up')!)).toBe(false);
  });

  it('puts reports before the work programme, with a number nobody has', () => {
    expect(beforeClosingIndex(agenda)).toBe(5);
    expect(beforeClosingIndex(agenda.slice(0, 3))).toBe(3);
    expect(freeMainNumber(agenda)).toBe('6');
    expect(freeMainNumber([item('999')])).toBeNull();
  });
});

describe('the import review draft', () => {
  const lines = async (name: string) =>
    (await readFile(join(__dirname, '..', 'fixtures', name), 'utf8')).split(/\r?\n/);

  it('keeps every parsed field with its source text, and goes back unchanged as valid API input', async () => {
    const parsed = parseAgenda(await lines('reference-pack.txt'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const draft = draftFrom(parsed.value, [
      { id: 'sample', name: 'Children and Education  Policy and Accountability Committee' },
    ]);
    expect(draft.committee).toBe('sample'); // the same name, spacing aside
    expect(draft.venue).toEqual({
      value: 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL',
      source: parsed.value.venue!.source.map((s) => s.text),
    });
    expect(draft.items).toHaveLength(12);
    expect(draft.items[9]).toMatchObject({ firstPage: { value: '88' }, lastPage: { value: '146' } });
    expect(draft.members.filter((m) => m.kind === 'councillor').map((m) => `${m.name} ${m.group} ${m.role}`)).toContain(
      'Caroline Ffiske Opposition vice-chair',
    );
    expect(draft.members.every((m) => m.source.length > 0)).toBe(true);

    const input = createInput(draft);
    expect(input.committeeId).toBe('sample');
    expect(input.membership).toBeUndefined();
    expect(input.items[1]).not.toHaveProperty('pages');
    expect(contract['import:createMeeting'].input.safeParse(input).success).toBe(true);

    const fresh = createInput({ ...draft, committee: 'new' });
    expect(fresh.newCommittee?.name).toBe('Children and Education Policy and Accountability Committee');
    expect(fresh.membership).toHaveLength(11);
    expect(contract['import:createMeeting'].input.safeParse(fresh).success).toBe(true);
  });

  it('prefers the committee the import was started from, and offers a new one when none matches', async () => {
    const parsed = parseAgenda(await lines('reference-pack.txt'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(draftFrom(parsed.value, [{ id: 'a', name: 'Other' }], 'a').committee).toBe('a');
    expect(draftFrom(parsed.value, [{ id: 'a', name: 'Other' }]).committee).toBe('new');
  });

  it('sends a page typed wrongly as typed, for the API to name the field', () => {
    const draft = draftFrom(
      {
        committee: null,
        authority: null,
        meetingDate: null,
        startTime: null,
        venue: null,
        membership: { groups: [], coOptees: [] },
        contact: null,
        dateIssued: null,
        items: [],
        missing: [],
        warnings: [],
        span: { from: 0, to: 0 },
      },
      [],
    );
    draft.items.push({
      key: 'x',
      number: { value: '1', source: [] },
      title: { value: 'A', source: [] },
      summary: { value: '', source: [] },
      firstPage: { value: 'twelve', source: [] },
      lastPage: { value: '', source: [] },
      kind: 'report',
      kindSource: [],
      exempt: '',
      exemptSource: [],
    });
    const r = contract['import:createMeeting'].input.safeParse({
      ...createInput(draft),
      newCommittee: { name: 'C', authority: 'A' },
      date: '2017-01-01',
      startTime: '19:00',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('items.0.pages.from');
  });
});
