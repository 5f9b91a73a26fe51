// The planning pages' service side: an item edited with its meeting allocation in one step, the
// words the edit and "Add to the work programme" give at their fields, and the delete question
// for signed-off minutes read from a meeting's summary.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '$shared/api';
import {
  addItem,
  addMeeting,
  emptyWorkProgramme,
  updateItem,
  viewWorkProgramme,
  type WorkProgrammeItem,
  type WorkProgrammeView,
} from '$shared/planning';
import { fieldMessage } from '../../renderer/src/lib/form-errors';
import { deleteQuestion } from '../../renderer/src/lib/signed-off';
import { sampleEachTest } from '../helpers/review';

const sample = sampleEachTest();

const item = (id: string, meetingDate?: string): WorkProgrammeItem => ({
  id,
  title: `Item ${id}`,
  summary: `About ${id}`,
  reportAuthor: '',
  ...(meetingDate ? { meetingDate } : {}),
});

describe('editing a work programme item', () => {
  const programme = () => {
    let f = addMeeting(addMeeting(emptyWorkProgramme('c'), { date: '2017-01-16' }), { date: '2017-03-13' });
    for (const i of [item('a', '2017-01-16'), item('b', '2017-01-16'), item('c', '2017-03-13'), item('d')])
      f = addItem(f, i);
    return f;
  };
  const ids = (v: WorkProgrammeView) => [
    ...v.meetings.map((m) => [m.date, m.items.map((i) => i.id)]),
    ['unallocated', v.unallocated.map((i) => i.id)],
  ];

  it('changes the words and moves the item to another meeting (last of its items) in one revision', () => {
    const f = programme();
    const g = updateItem(f, 'a', {
      title: 'School meals',
      reportAuthor: 'Director of Education',
      meetingDate: '2017-03-13',
    });
    expect(g.revision).toBe(f.revision + 1);
    expect(g.items.find((i) => i.id === 'a')).toMatchObject({
      title: 'School meals',
      summary: 'About a',
      reportAuthor: 'Director of Education',
      meetingDate: '2017-03-13',
    });
    expect(ids(viewWorkProgramme(g, 14))).toEqual([
      ['2017-01-16', ['b']],
      ['2017-03-13', ['c', 'a']],
      ['unallocated', ['d']],
    ]);
  });

  it('unallocates with null, and keeps the place when the meeting is the same or not sent', () => {
    const f = programme();
    expect(ids(viewWorkProgramme(updateItem(f, 'a', { meetingDate: null }), 14))).toEqual([
      ['2017-01-16', ['b']],
      ['2017-03-13', ['c']],
      ['unallocated', ['d', 'a']],
    ]);
    expect(ids(viewWorkProgramme(updateItem(f, 'a', { title: 'Same place', meetingDate: '2017-01-16' }), 14))).toEqual(
      ids(viewWorkProgramme(f, 14)),
    );
    expect(ids(viewWorkProgramme(updateItem(f, 'a', { title: 'Same place' }), 14))).toEqual(
      ids(viewWorkProgramme(f, 14)),
    );
  });

  it('refuses a blank title at the title field, in plain words, and changes nothing', async () => {
    const { env, meeting } = await sample();
    const committeeId = meeting.committeeId;
    const added = (await env.call('workProgramme:addItem', {
      committeeId,
      item: { title: 'Youth services' },
    })) as WorkProgrammeItem;
    const r = await env.attempt('workProgramme:updateItem', {
      committeeId,
      itemId: added.id,
      patch: { title: '  ', meetingDate: null },
    });
    expect(r.ok).toBe(false);
    expect(fieldMessage(r.error as ApiError, 'patch.title')).toBe("Enter the item's title");
    const view = (await env.call('workProgramme:updateItem', {
      committeeId,
      itemId: added.id,
      patch: { summary: 'Annual report', meetingDate: '2017-01-16' },
    })) as WorkProgrammeView;
    expect(view.meetings).toEqual([
      expect.objectContaining({
        date: '2017-01-16',
        items: [expect.objectContaining({ title: 'Youth services', summary: 'Annual report' })],
      }),
    ]);
  });
});

describe('an action put on the work programme', () => {
  it("takes an empty title as the action's first words, and refuses an over-long one at the title field", async () => {
    const { env, meeting } = await sample();
    const action = meeting.actions[0]!;
    const item = (await env.call('workProgramme:addFromMeeting', {
      meetingId: meeting.id,
      actionId: action.id,
      title: '',
    })) as WorkProgrammeItem;
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.source).toEqual({ meetingId: meeting.id, actionId: action.id });
    const r = await env.attempt('workProgramme:addFromMeeting', {
      meetingId: meeting.id,
      actionId: action.id,
      title: 'x'.repeat(600),
    });
    expect(r.ok).toBe(false);
    expect(fieldMessage(r.error as ApiError, 'title')).toBe('A title can be at most 500 characters');
  });
});

describe('deleting signed-off minutes from a summary', () => {
  it('asks the signed-off question with the stronger button from the status alone', () => {
    const q = deleteQuestion({ date: '2016-09-19', status: 'approved' });
    expect(q.title).toBe('Delete the signed-off minutes of Monday 19 September 2016?');
    expect(q.message).toContain('These are signed-off minutes: they were approved.');
    expect(q.confirmLabel).toBe('Delete these signed-off minutes');
    expect(deleteQuestion({ date: '2016-09-19', status: 'ended' }).confirmLabel).toBe('Delete meeting');
  });
});
