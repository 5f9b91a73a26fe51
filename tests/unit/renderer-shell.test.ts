// The renderer shell's pure parts: routes, the words of the save indicator, how the committee
// screen groups people, and how the meeting screen writes its read-only notes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, loadMeeting, type Committee, type Meeting } from '$shared/domain';
import { href, parseHash } from '../../renderer/src/lib/routes';
import { bareReason } from '../../renderer/src/lib/save-words';
import { groupPeople } from '../../renderer/src/lib/people-groups';
import { notesByItem, piecesOf } from '../../renderer/src/lib/meeting-notes';
import { MentionTracker } from '$shared/minutes/mentions';
import { fieldMessage, formMessage } from '../../renderer/src/lib/form-errors';

const sampleDir = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');

function sample(): { committee: Committee; meeting: Meeting } {
  const file = loadCommitteesFile(JSON.parse(readFileSync(join(sampleDir, 'committees.json'), 'utf8')));
  if (!file.ok) throw new Error(file.problem.message);
  const name = readdirSync(join(sampleDir, 'meetings')).find((n) => n.endsWith('.json'))!;
  const meeting = loadMeeting(JSON.parse(readFileSync(join(sampleDir, 'meetings', name), 'utf8')));
  if (!meeting.ok) throw new Error(meeting.problem.message);
  const committee = file.value.committees.find((c) => c.id === meeting.value.committeeId)!;
  return { committee, meeting: meeting.value };
}

const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

describe('routes', () => {
  it('reads each screen back from the hash it writes', () => {
    expect(parseHash(href.committees())).toEqual({ name: 'committees' });
    expect(parseHash(href.committee('abc-1'))).toEqual({ name: 'committee', id: 'abc-1' });
    expect(parseHash(href.meeting('m_2'))).toEqual({ name: 'meeting', id: 'm_2' });
    expect(parseHash('')).toEqual({ name: 'committees' });
  });

  it('leaves in-page anchors alone and calls other paths not found, even malformed ones', () => {
    expect(parseHash('#main')).toBeNull();
    expect(parseHash('#/meetings')).toEqual({ name: 'not-found', path: '/meetings' });
    expect(parseHash('#/committees/a/b')).toEqual({ name: 'not-found', path: '/committees/a/b' });
    expect(parseHash('#/meetings/%E0%A4%A')).toEqual({ name: 'not-found', path: '/meetings/%E0%A4%A' });
  });
});

describe('the save indicator’s reason', () => {
  it('drops the "not saved" the indicator already says', () => {
    expect(bareReason('The change was not saved: no space left on the disk (ENOSPC)')).toBe(
      'no space left on the disk (ENOSPC)',
    );
    expect(bareReason('not saved: the folder is read-only (EROFS)')).toBe('the folder is read-only (EROFS)');
    expect(bareReason('The meeting was not saved: permission denied')).toBe('permission denied');
    expect(bareReason('')).toBe('the store did not confirm the write');
  });
});

describe('form errors', () => {
  const error = {
    code: 'INVALID_INPUT',
    message: 'Invalid input for people:save: membership.to: a membership cannot end before it starts',
    field: 'membership.to',
  };
  it('go under the field the API names, or by the button when the form has no such field', () => {
    expect(fieldMessage(error, 'membership.to')).toBe('a membership cannot end before it starts');
    expect(fieldMessage(error, 'person.name')).toBeNull();
    expect(formMessage(error, ['membership.to'])).toBeNull();
    expect(formMessage(error, ['person.name'])).toBe('a membership cannot end before it starts');
    expect(formMessage({ code: 'NOT_SAVED', message: 'disk full' }, ['person.name'])).toBe('disk full');
  });
  it('give each field its own words when the service refused several, and the rest by the button', () => {
    const several = {
      code: 'INVALID_INPUT',
      message:
        'Invalid input for committees:create: name: the committee needs a name; authority: the authority is needed; settings.x: no such setting',
      field: 'name',
    };
    expect(fieldMessage(several, 'name')).toBe('the committee needs a name');
    expect(fieldMessage(several, 'authority')).toBe('the authority is needed');
    expect(formMessage(several, ['name', 'authority'])).toBe('no such setting');
    expect(formMessage(several, ['name', 'authority', 'settings.x'])).toBeNull();
  });
});

describe('the committee screen’s people', () => {
  it('groups the sample committee: members with Chair and Vice-Chair first, then co-optees, officers, guests, others', () => {
    const groups = groupPeople(sample().committee);
    expect(groups.map((g) => g.title)).toEqual([
      'Members',
      'Co-opted members',
      'Officers',
      'External guests',
      'Other councillors',
      'Members of the public',
    ]);
    const members = groups[0]!.entries;
    expect(members.map((e) => [e.person.name, e.membership?.role])).toEqual([
      ['Caroline Needham', 'chair'],
      ['Caroline Ffiske', 'vice-chair'],
      ["Alan De'Ath", 'member'],
      ['Elaine Chumnerly', 'member'],
      ['Donald Johnson', 'member'],
    ]);
    expect(groups[4]!.entries.map((e) => e.person.name)).toEqual(['Sue Macmillan', 'Marcus Ginn']);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(sample().committee.people.length);
  });
});

describe('the meeting screen’s notes', () => {
  it('writes the sample’s narrative item by item, with every action after its own paragraph', () => {
    const { committee, meeting } = sample();
    const notes = notesByItem(meeting, committee);
    expect(notes).toHaveLength(10);
    expect(notes.flatMap((n) => n.paragraphs)).toHaveLength(meeting.notes.length);
    const actions = notes.flatMap((n) => n.paragraphs.flatMap((p) => p.actions));
    expect(actions).toHaveLength(11);
    for (const n of notes) for (const p of n.paragraphs) for (const a of p.actions) expect(a.paragraphId).toBe(p.id);
    expect(notes.flatMap((n) => n.resolutions)).toHaveLength(4);
    const item5 = notes.find((n) => n.item.number === '5')!;
    expect(text(item5.paragraphs[0]!.pieces)).toMatch(
      /^Ian Heggs, Director of Schools and Commissioning, submitted apologies on behalf of Claire Chamberlain, Executive Director For Schools, as she/,
    );
  });

  it('names a person in full with role once, by name after, and never puts a role before a possessive', () => {
    const { committee, meeting } = sample();
    const chair = committee.memberships.find((m) => m.role === 'chair')!.personId;
    const tracker = new MentionTracker(committee, meeting.date);
    const said = (personId: string, following: string) =>
      piecesOf(tracker, [
        { t: 'person', personId },
        { t: 'text', text: following },
      ])[0];
    expect(said(chair, "'s report")).toEqual({ kind: 'person', text: 'Councillor Caroline Needham', known: true });
    expect(said(chair, ' said')).toEqual({ kind: 'person', text: 'Councillor Caroline Needham, Chair,', known: true });
    expect(said(chair, ' said')).toEqual({ kind: 'person', text: 'Councillor Needham', known: true });
    expect(said('not-a-person', '')).toEqual({ kind: 'person', text: '[unknown person]', known: false });
    expect(piecesOf(tracker, [{ t: 'text', text: 'The Committee noted' }])).toEqual([
      { kind: 'text', text: 'The Committee noted' },
    ]);
  });
});
