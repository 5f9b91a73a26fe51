// The import channels through the real router: a file becomes a parsed agenda and nothing
// else; the reviewed agenda becomes a meeting (and a new committee) in one go, or nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedAgendaFile } from '$shared/api/import-contract';
import { membershipOn } from '$shared/agenda/membership';
import type { Committee, Meeting } from '$shared/domain';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { tempDir } from '../helpers/temp-dir';

const FIXTURES = join(__dirname, '..', 'fixtures', 'agendas');
const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample');
const SAMPLE_COMMITTEE = '6ebd3145-1732-4a32-ac3f-1f1da2651dfb';

let opened: OpenedServices;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  opened = await openServices({ dataDir: t.dir, host: 'cli', sampleDir: SAMPLE });
});
afterEach(async () => {
  await opened.close();
  await cleanup();
});

const call = (channel: string, input: unknown) => opened.router.get(channel)!(input, { trusted: true });
const counts = () => ({
  committees: opened.services.store.committees.length,
  meetings: opened.services.store.meetingIds().length,
});

async function parse(name: string): Promise<Awaited<ReturnType<typeof call>>> {
  const bytes = await readFile(join(FIXTURES, name));
  return call('import:parseAgenda', { fileName: name, base64: bytes.toString('base64') });
}

/** The review screen's answer when the user accepts everything as parsed. */
function accepted(file: ParsedAgendaFile) {
  const a = file.agenda;
  return {
    date: a.meetingDate!.value,
    startTime: a.startTime!.value,
    venue: a.venue?.value ?? '',
    dateIssued: a.dateIssued!.value,
    contact: {
      name: a.contact!.name.value,
      title: a.contact!.title?.value ?? '',
      team: a.contact!.team?.value ?? '',
      phone: a.contact!.phone?.value ?? '',
      email: a.contact!.email?.value ?? '',
    },
    items: a.items.map((i) => ({
      number: i.number.value,
      title: i.title.value,
      summary: i.summary.value,
      kind: i.kind.value,
      ...(i.pages ? { pages: i.pages.value } : {}),
      ...(i.exempt?.value.paragraph ? { exemptParagraph: i.exempt.value.paragraph } : {}),
    })),
    membership: [
      ...a.membership.groups.flatMap((g) =>
        g.members.map((m) => ({ kind: 'councillor', name: m.value.name, role: m.value.role, group: g.name.value })),
      ),
      ...a.membership.coOptees.map((c) => ({ kind: 'co-optee', name: c.value.name, body: c.value.body })),
    ],
  };
}

describe('import:parseAgenda', () => {
  it('reads the reference pack as Word: every field with its source, and creates nothing', async () => {
    const before = counts();
    const r = await parse('reference-pack.docx');
    expect(r.ok).toBe(true);
    const file = (r as { value: ParsedAgendaFile }).value;
    expect(file.source).toBe('docx');
    expect(file.agenda.items.map((i) => i.number.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    expect(file.agenda.meetingDate?.value).toBe('2016-11-21');
    expect(file.agenda.venue?.source[0]?.text).toContain('COMMITTEE ROOM 1');
    expect(counts()).toEqual(before);
  });

  it.each([
    ['bad/encrypted.pdf', 'ENCRYPTED_PDF'],
    ['bad/scanned.pdf', 'SCANNED_PDF'],
    ['bad/damaged.docx', 'DAMAGED_DOCX'],
    ['bad/png-renamed.docx', 'NOT_A_DOCUMENT'],
    ['bad/no-agenda.txt', 'AGENDA_NOT_FOUND'],
    ['bad/empty.docx', 'EMPTY_FILE'],
  ])('%s: answers %s with the service message, and creates nothing', async (name, code) => {
    const before = counts();
    const r = await parse(name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(20);
    }
    expect(counts()).toEqual(before);
  });
});

describe('import:createMeeting', () => {
  it('creates a new committee with the membership and the meeting with its 12 items', async () => {
    const file = ((await parse('reference-pack.pdf')) as { value: ParsedAgendaFile }).value;
    const input = {
      ...accepted(file),
      newCommittee: {
        name: 'Imported Committee',
        authority: 'London Borough of Hammersmith & Fulham',
        shortName: 'IC',
      },
    };
    input.items[4]!.title = 'EXECUTIVE DIRECTOR’S UPDATE (edited)';
    const r = await call('import:createMeeting', input);
    expect(r.ok).toBe(true);
    const { meetingId, committeeId, addedCommittee } = (
      r as { value: { meetingId: string; committeeId: string; addedCommittee: boolean } }
    ).value;
    expect(addedCommittee).toBe(true);
    const meeting = ((await call('meetings:get', { meetingId })) as { value: Meeting }).value;
    const committee = ((await call('committees:get', { committeeId })) as { value: Committee }).value;
    expect(meeting.agenda).toHaveLength(12);
    expect(meeting.agenda[4]!.title).toBe('EXECUTIVE DIRECTOR’S UPDATE (edited)');
    expect(meeting.agenda[0]!.pages).toEqual({ from: 1, to: 11 });
    expect(meeting).toMatchObject({
      date: '2016-11-21',
      startTime: '19:00',
      dateIssued: '2016-11-11',
      venue: 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL',
    });
    expect(committee.agendaContact.name).toBe('David Abbott');
    expect(committee.groups).toEqual(['Administration', 'Opposition']);
    const on = membershipOn(committee, meeting.date);
    expect(on.chair?.name).toBe('Caroline Needham');
    expect(on.viceChair?.name).toBe('Caroline Ffiske');
    expect(on.groups.map((g) => g.members.length)).toEqual([3, 2]);
    expect(on.coOptees.map((c) => c.body)).toContain('Parent Governor Representative');
  });

  it('adds to an existing committee, an exempt item with its exclusion resolution, the contact kept on the meeting when it differs', async () => {
    const file = ((await parse('exempt-agenda.docx')) as { value: ParsedAgendaFile }).value;
    const { membership: _ignored, ...rest } = accepted(file);
    const r = await call('import:createMeeting', { ...rest, committeeId: SAMPLE_COMMITTEE });
    expect(r.ok).toBe(true);
    const { meetingId, addedCommittee } = (r as { value: { meetingId: string; addedCommittee: boolean } }).value;
    expect(addedCommittee).toBe(false);
    const meeting = ((await call('meetings:get', { meetingId })) as { value: Meeting }).value;
    const exempt = meeting.agenda.filter((i) => i.exempt);
    expect(exempt.length).toBeGreaterThan(0);
    for (const item of exempt) expect(meeting.resolutions.some((res) => res.itemId === item.id)).toBe(true);
    expect(meeting.agendaContact?.name).toBe(file.agenda.contact!.name.value);
  });

  it('refuses, creating nothing: no committee chosen, both, duplicated numbers, two Chairs, membership for an existing committee', async () => {
    const file = ((await parse('reference-pack.docx')) as { value: ParsedAgendaFile }).value;
    const base = accepted(file);
    const before = counts();
    const newCommittee = { name: 'X', authority: 'Y' };
    const cases: [unknown, string][] = [
      [{ ...base }, 'committeeId'],
      [{ ...base, committeeId: SAMPLE_COMMITTEE, newCommittee }, 'committeeId'],
      [{ ...base, newCommittee, items: [...base.items, { ...base.items[0]!, title: 'Again' }] }, 'items.12.number'],
      [
        { ...base, newCommittee, membership: base.membership.map((m) => ({ ...m, role: 'chair' })) },
        'membership.1.role',
      ],
      [{ ...base, committeeId: SAMPLE_COMMITTEE }, 'membership'],
      [{ ...base, newCommittee: { name: '  ', authority: 'Y' } }, 'newCommittee.name'],
    ];
    for (const [input, field] of cases) {
      const r = await call('import:createMeeting', input);
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.error.field, r.error.message).toBe(field);
    }
    expect(counts()).toEqual(before);
  });
});
