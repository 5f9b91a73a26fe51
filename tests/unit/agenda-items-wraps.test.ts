/**
 * Item lines as PDFs and text exports cut them: a title wrapped onto the next line, a page range
 * cut in two, a pack's "Page 1" stamp under the last item, a continuation page's running header
 * with its page number, and a lettered planning item whose site starts with a house number.
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';

function parsed(lines: string[]) {
  const r = parseAgenda(lines);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const front = ['Harbourside Town Council', 'Environment Committee', 'Wednesday 3 April 2024', 'Agenda'];
const titles = (lines: string[]) => parsed(lines).items.map((i) => [i.number.value, i.title.value]);

describe('a title wrapped onto the next line', () => {
  it('goes on where the next line starts in lower case', () => {
    const lines = [
      ...front,
      '1. Apologies for absence',
      '2. To consider the Town Council’s response to the Harbour Masterplan',
      'consultation',
      '3. Date of next meeting',
    ];
    expect(titles(lines)[1]).toEqual([
      '2',
      'To consider the Town Council’s response to the Harbour Masterplan consultation',
    ]);
  });

  it('goes on after a word’s hyphen, a number too ("2023-" then "24"), keeping the hyphen', () => {
    const lines = [...front, '1.\tApologies', '2.\tStatement of Accounts 2023-', '\t24', '3.\tWork Programme'];
    expect(titles(lines)[1]).toEqual(['2', 'Statement of Accounts 2023-24']);
  });

  it('goes on after a joining word, and shows both lines as its source', () => {
    const lines = [...front, '1.\tApologies', '2.\tAnnual Report of the', '\tHarbour Board', '3.\tWork Programme'];
    const item = parsed(lines).items[1];
    expect(item?.title.value).toBe('Annual Report of the Harbour Board');
    expect(item?.title.source.map((s) => s.text)).toEqual(['2.\tAnnual Report of the', '\tHarbour Board']);
  });

  it('does not take a summary sentence, or a line after a blank, into the title', () => {
    const lines = [
      ...front,
      '1.\tApologies',
      '2.\tBeach Cleaning Contract',
      '\tTo consider the tenders received.',
      '3.\tParking Review of the',
      '',
      'Members are asked to note the review.',
      '4.\tWork Programme',
    ];
    expect(titles(lines).slice(1, 3)).toEqual([
      ['2', 'Beach Cleaning Contract'],
      ['3', 'Parking Review of the'],
    ]);
  });
});

describe('page ranges', () => {
  it('joins a range cut at a wrap: "(Pages 37 -" then "58)"', () => {
    const lines = [
      ...front,
      '1.\tApologies (Pages 1 - 4)',
      '2.\tCoastal Erosion Update (Pages 37 -',
      '58)',
      '',
      '\tTo receive an update.',
      '3.\tWork Programme (Pages 59 - 62)',
    ];
    const a = parsed(lines);
    expect(a.items[1]?.title.value).toBe('Coastal Erosion Update');
    expect(a.items[1]?.pages?.value).toEqual({ from: 37, to: 58 });
  });

  it('reads "Page 7" right under an item as its page', () => {
    const lines = [
      ...front,
      '1\tMinutes',
      'Pages 1-6',
      '2\tHarbour Dredging',
      'Purpose: to consider the dredging programme.',
      'Page 7',
      '3\tWork Programme',
    ];
    expect(parsed(lines).items[1]?.pages?.value).toEqual({ from: 7, to: 7 });
  });

  it('reads "Page 7" under a title cell saved on a line of its own (a text export of a table)', () => {
    const lines = [...front, '1.', 'Minutes', 'Pages 1-6', '2.', 'Harbour Dredging', 'Page 7', '3.', 'Work Programme'];
    expect(parsed(lines).items[1]?.pages?.value).toEqual({ from: 7, to: 7 });
  });

  it('does not take the pack’s "Page 1" stamp after the last item as its pages', () => {
    const lines = [
      ...front,
      '1\tMINUTES\t1 - 8',
      '2\tWORK PROGRAMME\t9 - 12',
      '3\tDATES OF FUTURE MEETINGS',
      '',
      '\t19 March 2024.',
      '',
      '\tPage 1',
      '',
      'Harbourside Town Council',
      'MINUTES of a meeting of the Environment Committee',
    ];
    const a = parsed(lines);
    expect(a.items).toHaveLength(3);
    expect(a.items[2]?.pages).toBeNull();
  });

  it('does not take a stamp lower than the pages of the items before it', () => {
    const lines = [
      ...front,
      '1\tMinutes\t1 - 8',
      '2\tBudget\t9 - 30',
      '3\tNext meeting',
      '\tPage 2',
      '4\tAny other business',
    ];
    expect(parsed(lines).items[2]?.pages).toBeNull();
  });
});

describe('a continuation page', () => {
  it('leaves out the running header and its page number, and "Agenda (continued)"', () => {
    const header = 'Environment Committee – Wednesday 3 April 2024';
    const lines = [
      header,
      'Harbourside Town Council',
      'Agenda',
      'Item 1 Apologies for Absence',
      'Item 2 Minutes of the previous meeting',
      'Pages 3 to 9',
      '1',
      header,
      '',
      'Agenda (continued)',
      'Item 3 Beach Huts Review',
      'Pages 10 to 22',
      'Item 4 Date of Next Meeting',
    ];
    const a = parsed(lines);
    expect(a.items.map((i) => i.title.value)).toEqual([
      'Apologies for Absence',
      'Minutes of the previous meeting',
      'Beach Huts Review',
      'Date of Next Meeting',
    ]);
    expect(a.items[1]?.summary.value).toBe('');
    expect(a.items[2]?.pages?.value).toEqual({ from: 10, to: 22 });
  });
});

describe('a lettered planning item', () => {
  it('is read when the site after the reference starts with a house number', () => {
    const lines = [
      ...front,
      '1. Apologies for absence',
      '2. Planning applications',
      '(a) 24/00123/HH - Rose Cottage, Quay Street: new porch',
      '(b) 24/00155/TPO - 2 Mill Road: fell one ash tree',
      '3. Date of next meeting',
    ];
    expect(titles(lines).map(([n]) => n)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(titles(lines)[3]?.[1]).toBe('24/00155/TPO - 2 Mill Road: fell one ash tree');
  });
});
