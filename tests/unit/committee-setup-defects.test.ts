// Committee setup defects: contacts' e-mail and telephone are checked (new input only: stored
// files still open); a committee of another council does not print Hammersmith & Fulham's web
// address; the service's refusals reach the coordinator in plain words, at the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaNotesOf, DEFAULT_AGENDA_NOTES, REFERENCE_PACK_NOTES } from '$shared/agenda/standing-notes';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import type { ApiError } from '$shared/api';
import { Committee, loadCommitteesFile, loadMeeting, COMMITTEES_FORMAT, COMMITTEES_VERSION } from '$shared/domain';
import { fieldMessage, formMessage, plainMessage, plainWords } from '../../renderer/src/lib/form-errors';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { testCommittee, testMeeting } from '../helpers/meetings';
import { tempDir } from '../helpers/temp-dir';

type R = { ok: true; value: unknown } | { ok: false; error: ApiError };

const EMAIL = 'Enter an e-mail address like name@council.gov.uk';
const PHONE = 'A telephone number has digits, spaces and + ( ) - only';

describe('through the services', () => {
  let cleanup: () => Promise<void>;
  let opened: OpenedServices;
  const call = async (channel: string, input: unknown) =>
    (await opened.router.get(channel)!(input, { trusted: true })) as R;
  const errorOf = (r: R): ApiError => {
    if (r.ok) throw new Error('expected a refusal');
    return r.error;
  };
  let committeeId: string;

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    opened = await openServices({ dataDir: dir, host: 'cli' });
    const c = await call('committees:create', { authority: 'London Borough of Testing', name: 'Scrutiny' });
    committeeId = (c as { value: Committee }).value.id;
  });
  afterEach(async () => {
    await opened.close();
    await cleanup();
  });

  it('refuses a contact e-mail or telephone that is not one, at the field, in words (defect 1)', async () => {
    const bad = { name: 'Bob', phone: 'not a phone!!', email: 'bob@@nowhere' };
    const created = errorOf(await call('committees:create', { authority: 'A', name: 'B', agendaContact: bad }));
    expect(fieldMessage(created, 'agendaContact.phone')).toBe(PHONE);
    expect(fieldMessage(created, 'agendaContact.email')).toBe(EMAIL);

    const updated = errorOf(
      await call('committees:update', {
        committeeId,
        patch: { minutesContact: { name: 'Bob', email: 'david.abbott' } },
      }),
    );
    expect(fieldMessage(updated, 'patch.minutesContact.email')).toBe(EMAIL);

    const m = (await call('meetings:create', { committeeId, date: '2016-11-21' })) as { value: { id: string } };
    const details = errorOf(
      await call('meeting:updateDetails', { meetingId: m.value.id, patch: { agendaContact: bad } }),
    );
    expect(fieldMessage(details, 'patch.agendaContact.phone')).toBe(PHONE);
    expect(fieldMessage(details, 'patch.agendaContact.email')).toBe(EMAIL);

    const imported = errorOf(
      await call('import:createMeeting', {
        committeeId,
        date: '2016-11-21',
        startTime: '19:00',
        contact: { name: 'David Abbott', email: 'david.abbott', phone: '020 8753 2063' },
        items: [{ number: '1', title: 'MINUTES' }],
      }),
    );
    expect(fieldMessage(imported, 'contact.email')).toBe(EMAIL);
    expect(fieldMessage(imported, 'contact.phone')).toBeNull();
  });

  it('accepts real numbers and addresses, and empty ones', async () => {
    for (const contact of [
      { name: 'Grace Hopper', phone: '020 7946 0000', email: 'grace.hopper@example.gov.uk' },
      { name: 'Grace Hopper', phone: '+44 (0)20 7946-0000', email: 'g.hopper@council.gov.uk' },
      { name: 'Grace Hopper', phone: '', email: '' },
      { name: '' },
    ]) {
      const r = await call('committees:update', { committeeId, patch: { agendaContact: contact } });
      expect(r.ok, JSON.stringify(contact)).toBe(true);
    }
  });

  it('still opens a committee or meeting file saved with a contact from before the check', () => {
    const stored = {
      ...testCommittee(),
      agendaContact: { name: 'Bob', title: '', team: '', phone: 'not a phone!!', email: 'bob@@nowhere' },
    };
    const loaded = loadCommitteesFile({ format: COMMITTEES_FORMAT, version: COMMITTEES_VERSION, committees: [stored] });
    expect(loaded.ok).toBe(true);
    const meeting = loadMeeting({ ...testMeeting(stored.id), agendaContact: stored.agendaContact });
    expect(meeting.ok).toBe(true);
  });

  it('words the house style, quorum and standard item refusals for the coordinator, at the field (defect 3)', async () => {
    for (const days of [-5, 2.5, '']) {
      const e = errorOf(await call('committees:setSettings', { committeeId, settings: { reportDeadlineDays: days } }));
      expect(fieldMessage(e, 'settings.reportDeadlineDays')).toBe('Enter a whole number of days, 0 or more');
    }
    const quorum = errorOf(await call('committees:update', { committeeId, patch: { quorum: 0 } }));
    expect(fieldMessage(quorum, 'patch.quorum')).toBe('A quorum is at least 1');
    const items = errorOf(
      await call('committees:setStandardItems', {
        committeeId,
        standardItems: [
          { kind: 'minutes', title: 'MINUTES' },
          { kind: 'other', title: '' },
        ],
      }),
    );
    expect(fieldMessage(items, 'standardItems.1.title')).toBe("Enter the item's title");
    expect(formMessage(items, ['standardItems.1.title'])).toBeNull();

    const imported = errorOf(
      await call('import:createMeeting', {
        newCommittee: { authority: 'Somewhere Council', name: '' },
        date: '',
        startTime: '19:00',
        items: [{ number: '1', title: '' }],
      }),
    );
    expect(fieldMessage(imported, 'date')).toBe('Enter a date');
    expect(fieldMessage(imported, 'items.0.title')).toBe("Enter the item's title");
    expect(plainMessage(imported)).not.toMatch(/Invalid input|import:createMeeting|items\.0|Too small|YYYY/);
  });
});

describe('standing notes (defect 2)', () => {
  const meeting = (c: Committee) =>
    testMeeting(c.id, { date: '2016-11-21', venue: 'Town Hall', dateIssued: '2016-11-11' });
  const notes = (c: Committee) =>
    composeFrontSheet(meeting(c), c).blocks.flatMap((b) => (b.type === 'note' ? [b.lines.join('\n')] : []));

  it("prints no other council's web address for a new committee: a gap to complete instead", () => {
    const c = testCommittee({ authority: 'London Borough of Testing' });
    expect(notes(c).join('\n')).not.toMatch(/lbhf|Hammersmith/i);
    expect(notes(c)).toEqual(DEFAULT_AGENDA_NOTES);
    expect(notes(c)[0]).toContain('[to be completed]');
    expect(composeFrontSheet(meeting(c), c).missing).toContainEqual(
      expect.objectContaining({ where: 'Standing notes' }),
    );
  });

  it("keeps the reference pack's notes for a Hammersmith & Fulham committee (the sample), and a committee's own", () => {
    const sample = testCommittee({ authority: 'London Borough of Hammersmith & Fulham' });
    expect(agendaNotesOf(sample)).toEqual(REFERENCE_PACK_NOTES);
    expect(composeFrontSheet(meeting(sample), sample).missing.map((g) => g.where)).not.toContain('Standing notes');
    const own = testCommittee({
      authority: 'London Borough of Testing',
      agendaNotes: ['Reports are on www.testing.gov.uk'],
    });
    expect(notes(own)).toEqual(['Reports are on www.testing.gov.uk']);
    expect(composeFrontSheet(meeting(own), own).missing.map((g) => g.where)).not.toContain('Standing notes');
  });
});

describe('plain words for schema messages (defect 3)', () => {
  it('maps the schema library’s words and the YYYY-MM-DD date', () => {
    expect(plainWords('a date is written YYYY-MM-DD')).toBe('Enter a date');
    expect(plainWords('Too small: expected string to have >=1 characters')).toBe('Fill this in');
    expect(plainWords('Invalid input: expected int, received number')).toBe('Enter a whole number');
    expect(plainWords('the committee needs a name')).toBe('the committee needs a name');
    const e: ApiError = {
      code: 'INVALID_INPUT',
      message: 'Invalid input for meetings:create: date: a date is written YYYY-MM-DD',
      field: 'date',
    };
    expect(fieldMessage(e, 'date')).toBe('Enter a date');
  });
});
