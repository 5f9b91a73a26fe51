// The words of an amendment in the confirming resolution (issue 17, defect 5), change by change.
import { describe, expect, it } from 'vitest';
import type { Amendment, Paragraph } from '$shared/domain';
import { amendmentClause } from '$shared/review/amendment-words';
import { loadSample } from '../integration/helpers/sample';

const { meeting, committee } = loadSample();
const item6 = meeting.agenda.find((i) => i.number === '6')!;
const p = meeting.notes.find((n) => n.itemId === item6.id)!;
const withText = (from: string, to: string): Paragraph => ({
  ...p,
  content: p.content.map((r) => (r.t === 'text' ? { ...r, text: r.text.replace(from, to) } : r)),
});
const amendment = (changes: Amendment['changes'], why = 'A reason'): Amendment => ({
  id: 'a1',
  at: '2016-11-21T19:30:00.000Z',
  by: 'BM',
  why,
  command: { name: 'x', input: {} },
  changes,
  fingerprintBefore: '',
  fingerprintAfter: '',
});

describe('an amendment in words', () => {
  it('says which words were replaced, inserted or deleted, and where', () => {
    const after = withText('Lady Margaret School', 'Lady Margaret School (a girls’ school)');
    const m = { ...meeting, notes: meeting.notes.map((n) => (n.id === p.id ? after : n)) };
    expect(
      amendmentClause(m, committee, amendment([{ kind: 'paragraph', id: p.id, before: p, after }]), 'item 6'),
    ).toBe('That paragraph 1 of minute 6 be amended by replacing the word “School,” with “School (a girls’ school),”');
    const inserted = withText('Finally, she', 'Finally, and briefly, she');
    const m3 = { ...meeting, notes: meeting.notes.map((n) => (n.id === p.id ? inserted : n)) };
    expect(
      amendmentClause(
        m3,
        committee,
        amendment([{ kind: 'paragraph', id: p.id, before: p, after: inserted }]),
        'item 6',
      ),
    ).toBe(
      'That paragraph 1 of minute 6 be amended by inserting the words “and briefly,” after “over three boroughs. Finally,”',
    );
    const replaced = withText('very impressed', 'greatly impressed');
    const m2 = { ...meeting, notes: meeting.notes.map((n) => (n.id === p.id ? replaced : n)) };
    expect(
      amendmentClause(
        m2,
        committee,
        amendment([{ kind: 'paragraph', id: p.id, before: p, after: replaced }]),
        'item 6',
      ),
    ).toBe('That paragraph 1 of minute 6 be amended by replacing the word “very” with “greatly”');
  });

  it('gives the attendance as amended, and falls back to the reason only for what it cannot word', () => {
    const a = meeting.attendance.find((x) => x.status === 'apologies')!;
    expect(
      amendmentClause(
        meeting,
        committee,
        amendment([{ kind: 'attendance', id: a.personId, before: a, after: { ...a, status: 'present' } }]),
        'the attendance',
      ),
    ).toBe('That the attendance be amended to read: Councillor Elaine Chumnerly: present');
    expect(
      amendmentClause(
        meeting,
        committee,
        amendment([{ kind: 'meeting', id: '', before: {}, after: {} }], 'Venue corrected.'),
        'the meeting details',
      ),
    ).toBe('That the meeting details be amended: Venue corrected');
  });
});
