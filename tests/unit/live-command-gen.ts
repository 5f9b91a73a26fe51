// A random command for a meeting, built from a seed of plain numbers (so fast-check can shrink it).
// Used by live-inverse.test.ts; many built commands are refused by the rules, which is fine.
import fc from 'fast-check';
import type { Meeting } from '$shared/domain';
import type { MeetingCommandName } from '$shared/commands';
import { REPORT_NOTED, votersFor } from '$shared/rules';

export interface Seed {
  a: number;
  b: number;
  c: number;
  flag: boolean;
  flag2: boolean;
  t: string;
  u: string;
  text: string;
}

const TIMES = ['18:50', '19:00', '19:05', '19:20', '19:45', '20:10', '20:40', '20:51', '21:10'];
export const seedArb: fc.Arbitrary<Seed> = fc.record({
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  flag: fc.boolean(),
  flag2: fc.boolean(),
  t: fc.constantFrom(...TIMES),
  u: fc.constantFrom(...TIMES),
  text: fc.string({ maxLength: 12 }),
});

export type Built = { name: MeetingCommandName; input: Record<string, unknown> };
type Builder = (m: Meeting, s: Seed) => Built | undefined;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const STATUSES = ['planned', 'live', 'ended', 'in_review', 'approved', 'confirmed'] as const;
const CAPACITIES = ['member', 'co-optee', 'officer', 'guest', 'also-present'] as const;
const ATTENDANCE = ['present', 'apologies', 'absent'] as const;
const KINDS = ['disclosable-pecuniary', 'other-significant', 'other', 'sensitive'] as const;
const PARAGRAPHS = ['1', '3', '5', '7A'] as const;

const itemOf = (m: Meeting, s: Seed) => pick(m.agenda, s.a)?.id;
const personOf = (m: Meeting, s: Seed) => (s.c % 9 === 0 ? `guest-${s.c % 2}` : pick(m.attendance, s.b)?.personId);
const maybe = <T>(on: boolean, value: T) => (on ? value : undefined);
const content = (m: Meeting, s: Seed) => [
  { t: 'text', text: s.text },
  ...(s.flag2 && m.attendance[0] ? [{ t: 'person', personId: m.attendance[s.b % m.attendance.length]!.personId }] : []),
];
const b = (name: MeetingCommandName, input: Record<string, unknown>): Built => {
  // Leave out undefined fields, as JSON does.
  return { name, input: JSON.parse(JSON.stringify(input)) as Record<string, unknown> };
};

export const builders: Partial<Record<MeetingCommandName, Builder>> = {
  'meeting:updateDetails': (m, s) =>
    b('meeting:updateDetails', {
      patch: [
        { venue: s.text },
        { previousMeetingDate: s.flag ? null : '2016-06-13' },
        { dateIssued: s.flag ? '2016-09-09' : null },
        { startTime: s.t },
      ][s.b % 4]!,
    }),
  'meeting:setNextMeeting': (_m, s) =>
    b(
      'meeting:setNextMeeting',
      [
        { date: s.flag ? '2016-11-21' : null },
        { startTime: s.flag2 ? s.t : null },
        { venue: s.text },
        { date: '2016-09-01', venue: 'Room 2' },
      ][s.b % 4]!,
    ),
  'meeting:setStatus': (_m, s) => b('meeting:setStatus', { status: pick(STATUSES, s.a), by: s.text }),
  'meeting:revertStatus': (m, s) => b('meeting:revertStatus', { from: m.status, to: pick(STATUSES, s.a) }),
  'agenda:addItem': (m, s) =>
    b('agenda:addItem', {
      item: { id: `item-${s.a % 3}`, number: String(20 + s.b), title: 'NEW ITEM' },
      index: s.c % (m.agenda.length + 1),
    }),
  'agenda:updateItem': (m, s) =>
    b('agenda:updateItem', {
      itemId: itemOf(m, s),
      patch: s.flag ? { title: `RENAMED ${s.text}` } : { summary: s.text, kind: 'other' },
    }),
  'agenda:removeItem': (m, s) => b('agenda:removeItem', { itemId: itemOf(m, s) }),
  'agenda:moveItem': (m, s) =>
    b('agenda:moveItem', { itemId: itemOf(m, s), toIndex: s.b % Math.max(1, m.agenda.length) }),
  'agenda:setPages': (m, s) =>
    b('agenda:setPages', { itemId: itemOf(m, s), pages: s.flag ? { from: 1 + s.b, to: 60 + s.c } : null }),
  'agenda:renumber': () => b('agenda:renumber', {}),
  'agenda:addSubItem': (m, s) =>
    b('agenda:addSubItem', { parentItemId: itemOf(m, s), item: { id: `sub-${s.b % 3}`, title: 'SUB ITEM' } }),
  'agenda:setItemStart': (m, s) => b('agenda:setItemStart', { itemId: itemOf(m, s), at: s.flag ? s.t : null }),
  'agenda:setExempt': (m, s) =>
    b('agenda:setExempt', {
      itemId: itemOf(m, s),
      paragraph: pick(PARAGRAPHS, s.b),
      publicLeftAt: maybe(s.flag, s.t < s.u ? s.t : s.u),
      publicReturnedAt: maybe(s.flag2, s.t < s.u ? s.u : s.t),
    }),
  'agenda:clearExempt': (m, s) => b('agenda:clearExempt', { itemId: itemOf(m, s) }),
  'clock:start': (_m, s) => b('clock:start', { at: maybe(s.flag, s.t) }),
  'clock:end': (_m, s) => b('clock:end', { at: maybe(s.flag, s.t) }),
  'clock:adjourn': (_m, s) => b('clock:adjourn', { at: maybe(s.flag, s.t) }),
  'clock:resume': (_m, s) => b('clock:resume', { at: maybe(s.flag, s.t) }),
  'clock:setTimes': (_m, s) =>
    b('clock:setTimes', {
      startedAt: s.flag ? s.t : s.a % 5 === 0 ? null : undefined,
      endedAt: s.flag2 ? s.u : s.b % 5 === 0 ? null : undefined,
    }),
  'clock:setAdjournments': (_m, s) =>
    b('clock:setAdjournments', {
      adjournments: s.flag ? [] : [{ out: s.t < s.u ? s.t : s.u, in: s.t < s.u ? s.u : s.t }],
    }),
  'clock:goToItem': (m, s) =>
    b('clock:goToItem', {
      itemId: s.c % 7 === 0 ? null : itemOf(m, s),
      at: maybe(s.flag, s.t),
      recordStart: s.flag2 || s.b % 3 !== 0,
    }),
  'attendance:set': (m, s) =>
    b('attendance:set', {
      personId: personOf(m, s),
      capacity: pick(CAPACITIES, s.a),
      status: pick(ATTENDANCE, s.b),
      arrivedAt: maybe(s.flag, s.t),
      leftAt: maybe(s.flag2, s.u),
      lateApologies: s.c % 4 === 0,
      substituteFor: maybe(s.c % 5 === 0, pick(m.attendance, s.a)?.personId),
      index: maybe(s.c % 3 === 0, s.a % (m.attendance.length + 1)),
    }),
  'attendance:remove': (m, s) => b('attendance:remove', { personId: personOf(m, s) }),
  'attendance:mark': (m, s) =>
    b('attendance:mark', {
      personId: personOf(m, s),
      status: pick(ATTENDANCE, s.a),
      capacity: maybe(s.flag, pick(CAPACITIES, s.c)),
    }),
  'attendance:arrive': (m, s) =>
    b('attendance:arrive', { personId: personOf(m, s), at: maybe(s.flag, s.t), capacity: maybe(s.flag2, 'guest') }),
  'attendance:leave': (m, s) => b('attendance:leave', { personId: personOf(m, s), at: maybe(s.flag, s.t) }),
  'declarations:add': (m, s) =>
    b('declarations:add', {
      declaration: {
        id: `decl-${s.a % 3}`,
        personId: personOf(m, s),
        itemId: itemOf(m, s),
        kind: pick(KINDS, s.c),
        nature: s.text,
        dispensation: s.flag,
        withdrewAt: maybe(s.flag2, s.t),
      },
    }),
  'declarations:update': (m, s) =>
    b('declarations:update', {
      declarationId: pick(m.declarations, s.a)?.id ?? 'none',
      patch: [
        { kind: pick(KINDS, s.c) },
        { dispensation: s.flag },
        { withdrew: s.flag, withdrewAt: s.flag2 ? s.t : null },
        { nature: s.text },
      ][s.b % 4]!,
    }),
  'declarations:remove': (m, s) => b('declarations:remove', { declarationId: pick(m.declarations, s.a)?.id ?? 'none' }),
  'declarations:returned': (m, s) =>
    b('declarations:returned', {
      declarationId: pick(m.declarations, s.a)?.id ?? 'none',
      at: s.flag ? s.t : s.flag2 ? null : undefined,
    }),
  'questions:add': (m, s) =>
    b('questions:add', {
      question: {
        id: `q-${s.a % 3}`,
        itemId: itemOf(m, s),
        askedByName: s.flag ? '' : 'Matthew Jenkins',
        question: s.text,
        answeredBy: maybe(s.flag2, personOf(m, s)),
      },
    }),
  'questions:update': (m, s) =>
    b('questions:update', {
      questionId: pick(m.publicQuestions, s.a)?.id ?? 'none',
      patch: s.flag ? { answer: s.text, answeredBy: s.flag2 ? personOf(m, s) : null } : { askedByName: s.text },
    }),
  'questions:remove': (m, s) => b('questions:remove', { questionId: pick(m.publicQuestions, s.a)?.id ?? 'none' }),
  'notes:addParagraph': (m, s) => {
    const itemId = itemOf(m, s);
    const after = s.flag
      ? pick(
          m.notes.filter((p) => p.itemId === itemId),
          s.b,
        )?.id
      : undefined;
    return b('notes:addParagraph', {
      itemId,
      paragraphId: `p-${s.c % 4}`,
      afterParagraphId: after,
      content: content(m, s),
    });
  },
  'notes:updateParagraph': (m, s) =>
    b('notes:updateParagraph', { paragraphId: pick(m.notes, s.a)?.id ?? 'none', content: content(m, s) }),
  'notes:removeParagraph': (m, s) =>
    b('notes:removeParagraph', { paragraphId: pick(m.notes, s.a)?.id ?? 'none', withActions: s.flag }),
  'notes:moveParagraph': (m, s) =>
    b('notes:moveParagraph', { paragraphId: pick(m.notes, s.a)?.id ?? 'none', toIndexInItem: s.b % 6 }),
  'actions:add': (m, s) => {
    const p = pick(m.notes, s.a);
    return b('actions:add', {
      action: {
        id: `act-${s.b % 3}`,
        itemId: p?.itemId ?? 'none',
        paragraphId: p?.id ?? 'none',
        owners: ['CEPAC'],
        description: s.text,
      },
    });
  },
  'actions:update': (m, s) =>
    b('actions:update', {
      actionId: pick(m.actions, s.a)?.id ?? 'none',
      patch: s.flag ? { owners: ["Children's Services", 'HWB'] } : { status: 'done', due: s.text },
    }),
  'actions:remove': (m, s) => b('actions:remove', { actionId: pick(m.actions, s.a)?.id ?? 'none' }),
  'resolutions:set': (m, s) => {
    const itemId = itemOf(m, s) ?? 'none';
    const existing = s.flag ? pick(m.resolutions, s.b) : undefined;
    const voters = votersFor(m, itemId);
    const vote =
      s.c % 3 === 0
        ? { kind: 'counts', for: s.a % 9, against: s.b % 3, abstain: 0 }
        : s.c % 3 === 1
          ? {
              kind: 'named',
              for: voters.slice(0, s.a % 4),
              against: voters.slice(s.a % 4, (s.a % 4) + (s.b % 2)),
              abstain: [],
            }
          : undefined;
    return b('resolutions:set', {
      resolution: {
        id: existing?.id ?? `res-${s.b % 3}`,
        itemId: existing?.itemId ?? itemId,
        clauses: s.flag2 ? [REPORT_NOTED] : [`That ${s.text} be noted`, 'That it be done'],
        vote,
      },
      index: maybe(s.c % 4 === 0, s.a % (m.resolutions.length + 1)),
    });
  },
  'resolutions:remove': (m, s) => b('resolutions:remove', { resolutionId: pick(m.resolutions, s.a)?.id ?? 'none' }),
};

const single = Object.entries(builders) as [MeetingCommandName, Builder][];

/** A random command of any kind (a batch of two now and then). */
export function buildCall(m: Meeting, s: Seed, kind: number): Built {
  if (kind % (single.length + 1) === single.length) {
    const first = single[s.a % single.length]![1](m, s)!;
    const second = single[s.c % single.length]![1](m, { ...s, a: s.b, b: s.c, c: s.a })!;
    return b('meeting:batch', { steps: [first, second] });
  }
  const [, builder] = single[kind % single.length]!;
  return builder(m, s)!;
}

export const builtNames = new Set<string>([...single.map(([name]) => name), 'meeting:batch']);
