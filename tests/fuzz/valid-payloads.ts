// A valid payload for every API channel, built against the fixture's current state: the shape
// comes from the channel's schema, the ids, dates and names from the data folder itself (so the
// payload would really be accepted), and a few channels that need more than a shape are written
// by hand. The fuzzer mutates these; it never relies on values generated from the schemas alone.
import { z } from 'zod';
import { contract, type ChannelName } from '$shared/api';
import { newId, type Meeting } from '$shared/domain';
import type { Fixture } from './fuzz-fixture';

type Schema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

const schemas = new Map<string, Schema>();
function jsonSchemaOf(channel: ChannelName): Schema {
  let s = schemas.get(channel);
  if (!s) {
    s = z.toJSONSchema(contract[channel].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;
    schemas.set(channel, s);
  }
  return s;
}

export interface PayloadContext {
  f: Fixture;
  channel: string;
  meeting: Meeting;
  rand: () => number;
  workProgramme: { dates: string[]; itemIds: string[] };
  actionLog: { entryIds: string[] };
}

/** Which of the fixture's meetings a channel works on. */
export function meetingFor(channel: string, f: Fixture, rand: () => number): Meeting {
  const { meetings } = f;
  const id =
    channel.startsWith('minutes:') ||
    channel === 'docs:exportApprovedMinutes' ||
    channel === 'review:verifyPublished' ||
    channel === 'actionLog:carryForward'
      ? meetings.approved
      : channel.startsWith('review:') || channel === 'docs:exportReviewedDraft'
        ? meetings.review
        : rand() < 0.8
          ? meetings.live
          : meetings.planned;
  return f.store.meeting(id);
}

const pick = <T>(xs: readonly T[], rand: () => number, fallback: T): T =>
  xs.length ? xs[Math.floor(rand() * xs.length)]! : fallback;
const randomDate = (rand: () => number) =>
  `20${17 + Math.floor(rand() * 10)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;

/** An id for a field, by its name: an existing thing where the field refers to one, a new id where it names a new one. */
function idFor(key: string, c: PayloadContext, path: readonly string[]): string {
  const { meeting: m, f, rand } = c;
  const committee = f.store.committee(f.committeeId);
  const planning = c.channel.startsWith('workProgramme:');
  const creating = path.length > 1 || ['review:comment', 'review:suggest', 'review:suggestList'].includes(c.channel);
  switch (key) {
    case 'meetingId':
      return m.id;
    case 'atMeetingId':
      return f.meetings.planned;
    case 'committeeId':
      return f.committeeId;
    case 'personId':
    case 'askedByPersonId':
    case 'answeredBy':
    case 'substituteFor':
      return pick(
        m.attendance.length && key === 'personId' && !creating
          ? m.attendance.map((a) => a.personId)
          : committee.people.map((p) => p.id),
        rand,
        newId(),
      );
    case 'itemId':
    case 'parentItemId':
      if (planning) return pick(c.workProgramme.itemIds, rand, newId());
      return pick(
        m.agenda.filter((i) => key === 'itemId' || /^\d+$/.test(i.number)).map((i) => i.id),
        rand,
        newId(),
      );
    case 'paragraphId':
    case 'afterParagraphId':
      return key === 'paragraphId' && c.channel === 'notes:addParagraph'
        ? newId()
        : pick(
            m.notes.map((p) => p.id),
            rand,
            newId(),
          );
    case 'actionId':
      return pick(
        m.actions.map((a) => a.id),
        rand,
        newId(),
      );
    case 'resolutionId':
      return pick(
        m.resolutions.map((r) => r.id),
        rand,
        newId(),
      );
    case 'declarationId':
      return pick(
        m.declarations.map((d) => d.id),
        rand,
        newId(),
      );
    case 'questionId':
      return pick(
        m.publicQuestions.map((q) => q.id),
        rand,
        newId(),
      );
    case 'commentId':
      return creating
        ? newId()
        : pick(
            (m.review?.comments ?? []).map((x) => x.id),
            rand,
            newId(),
          );
    case 'membershipId':
      return pick(
        committee.memberships.map((x) => x.id),
        rand,
        newId(),
      );
    case 'entryId':
      return pick(c.actionLog.entryIds, rand, newId());
    default:
      return newId();
  }
}

function stringFor(key: string, s: Schema, c: PayloadContext, path: readonly string[]): string {
  const p = s.pattern ?? '';
  if (p.includes('A-Za-z0-9_-')) return idFor(key, c, path);
  if (p.includes('\\d{4}-')) {
    if (c.channel.startsWith('workProgramme:') && key !== 'reportDeadline')
      return pick(c.workProgramme.dates, c.rand, randomDate(c.rand));
    return key === 'from' ? '2016-05-01' : randomDate(c.rand);
  }
  if (p.includes('[01]\\d'))
    return `${19 + Math.floor(c.rand() * 3)}:${String(Math.floor(c.rand() * 60)).padStart(2, '0')}`;
  if (p.includes('\\d{1,3}')) return String(100 + Math.floor(c.rand() * 800));
  if (s.format === 'date-time') return new Date('2016-09-19T19:00:00Z').toISOString();
  return `fuzz ${key || 'text'}`;
}

function fromSchema(s: Schema, key: string, c: PayloadContext, path: readonly string[]): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return pick(s.enum, c.rand, s.enum[0]);
  const options = s.anyOf ?? s.oneOf;
  if (options) return fromSchema(options.find((o) => o.type !== 'null') ?? options[0]!, key, c, path);
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = fromSchema(s.properties?.[k] ?? {}, k, c, [...path, k]);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => fromSchema(s.items ?? {}, key, c, path));
    case 'string':
      return stringFor(key, s, c, path);
    case 'integer':
    case 'number':
      return s.minimum ?? 0;
    case 'boolean':
      return false;
    default:
      return s.default ?? {};
  }
}

/** Channels that need more than a well-shaped payload to be accepted. */
const HAND_WRITTEN: Record<
  string,
  (c: PayloadContext, generic: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>
> = {
  'meetings:import': async (c) => ({ file: await exported(c), replace: false }),
  'meetings:inspectImport': async (c) => ({ file: await exported(c) }),
  'review:mergeComments': async (c) => ({ file: await exported(c) }),
  'meetings:create': (c, g) => ({ ...g, date: randomDate(c.rand), withStandardItems: true }),
  'meeting:batch': (c) => ({
    meetingId: c.meeting.id,
    steps: [
      {
        name: 'notes:addParagraph',
        input: {
          itemId: pick(
            c.meeting.agenda.map((i) => i.id),
            c.rand,
            newId(),
          ),
          paragraphId: newId(),
          content: [{ t: 'text', text: 'Batched.' }],
        },
      },
    ],
  }),
  'minutes:amend': (c) => ({
    meetingId: c.meeting.id,
    by: 'Clerk',
    why: 'A name was misspelt',
    command: {
      name: 'notes:updateParagraph',
      input: {
        paragraphId: pick(
          c.meeting.notes.map((p) => p.id),
          c.rand,
          newId(),
        ),
        content: [{ t: 'text', text: 'Corrected.' }],
      },
    },
  }),
  'people:save': (c) => ({
    committeeId: c.f.committeeId,
    person: { kind: 'guest', name: 'A Guest' },
    ...(c.rand() < 0.5 ? {} : { membership: { role: 'member' } }),
  }),
  'attendance:mark': (c, g) => ({ ...g, status: pick(['present', 'apologies', 'absent'], c.rand, 'present') }),
  'meeting:setStatus': (c) => ({
    meetingId: c.meeting.id,
    status: c.meeting.status === 'planned' ? 'live' : c.meeting.status === 'live' ? 'ended' : 'live',
  }),
  'notes:updateParagraph': (c, g) => ({
    ...g,
    content: [{ t: 'text', text: `Paragraph typed at ${c.rand().toFixed(3)}.` }],
  }),
  'actions:add': (c) => {
    const p = pick(c.meeting.notes, c.rand, undefined);
    return {
      meetingId: c.meeting.id,
      action: {
        id: newId(),
        itemId: p?.itemId ?? newId(),
        paragraphId: p?.id ?? newId(),
        owners: ['Director'],
        description: 'Report back',
      },
    };
  },
  'review:comment': (c) => ({
    meetingId: c.meeting.id,
    commentId: newId(),
    paragraphId: pick(
      c.meeting.notes.map((p) => p.id),
      c.rand,
      newId(),
    ),
    author: 'Chair',
    text: 'Clarify.',
  }),
  'review:importComments': (c) => ({
    meetingId: c.meeting.id,
    comments: [
      {
        id: newId(),
        paragraphId: pick(
          c.meeting.notes.map((p) => p.id),
          c.rand,
          newId(),
        ),
        author: 'Vice-Chair',
        at: '2016-09-20T09:00:00.000Z',
        text: 'Typo.',
      },
    ],
  }),
  'workProgramme:addFromMeeting': (c) => ({
    meetingId: c.meeting.id,
    actionId: pick(
      c.meeting.actions.map((a) => a.id),
      c.rand,
      newId(),
    ),
  }),
  'workProgramme:addMeeting': (c) => ({ committeeId: c.f.committeeId, date: randomDate(c.rand) }),
  'memberships:add': (c) => {
    const committee = c.f.store.committee(c.f.committeeId);
    const seatless = committee.people.filter((p) => !committee.memberships.some((m) => m.personId === p.id));
    return {
      committeeId: committee.id,
      personId: pick(
        seatless.map((p) => p.id),
        c.rand,
        newId(),
      ),
      role: 'member',
      from: '2016-05-01',
    };
  },
  'meeting:revertStatus': (c) => ({
    meetingId: c.meeting.id,
    from: c.meeting.status,
    to: c.meeting.history.at(-2)?.status ?? 'planned',
  }),
};
// Commands that record a time take it from the payload, after the meeting's 7 pm start.
for (const channel of ['clock:end', 'clock:adjourn', 'clock:resume', 'attendance:arrive', 'attendance:leave']) {
  HAND_WRITTEN[channel] = (c, g) => ({
    ...g,
    at: `2${Math.floor(c.rand() * 3)}:${String(Math.floor(c.rand() * 60)).padStart(2, '0')}`,
  });
}

async function exported(c: PayloadContext): Promise<unknown> {
  const r = await c.f.call('meetings:export', { meetingId: c.meeting.id });
  return r.ok ? r.value : {};
}

export async function validPayload(c: PayloadContext): Promise<Record<string, unknown>> {
  const generic = fromSchema(jsonSchemaOf(c.channel as ChannelName), '', c, []) as Record<string, unknown>;
  const hand = HAND_WRITTEN[c.channel];
  return hand ? await hand(c, generic) : generic;
}

/** The ids the planning channels refer to, read through the API. */
export async function planningIds(f: Fixture): Promise<Pick<PayloadContext, 'workProgramme' | 'actionLog'>> {
  const wp = await f.call('workProgramme:get', { committeeId: f.committeeId });
  const log = await f.call('actionLog:list', { committeeId: f.committeeId });
  const view = (wp.ok ? wp.value : { meetings: [], unallocated: [] }) as {
    meetings: { date: string; items: { id: string }[] }[];
    unallocated: { id: string }[];
  };
  return {
    workProgramme: {
      dates: view.meetings.map((m) => m.date),
      itemIds: [...view.meetings.flatMap((m) => m.items), ...view.unallocated].map((i) => i.id),
    },
    actionLog: {
      entryIds: ((log.ok ? log.value : { entries: [] }) as { entries: { id: string }[] }).entries.map((e) => e.id),
    },
  };
}
