// A scripted three-hour committee meeting, time-compressed (fast typing, short paragraphs, the
// discussion between them cut to a few hundred milliseconds): the coordinator marks attendance,
// starts the clock, steps through the items, types each paragraph keystroke by keystroke
// (with typos, corrections and pauses to listen), adds actions and resolutions.
import type { Inline, Meeting } from '$shared/domain';
import { contract } from '$shared/api';

export type Step =
  | { kind: 'push'; channel: string; input: Record<string, unknown>; label: string }
  | { kind: 'paragraph'; itemId: string; paragraphId: string; keystrokes: Keystroke[] }
  | { kind: 'pause'; ms: number }
  /** Leaving a field or changing item: debounced typing is sent now (not awaited, like the renderer). */
  | { kind: 'blur' };

export interface Keystroke {
  /** The paragraph's whole content after this keystroke. */
  content: Inline[];
  /** How long after the previous keystroke it is typed. */
  delayMs: number;
}

export interface ScriptPeople {
  members: string[];
  officers: string[];
}

/** A small deterministic random source, so a failing run can be repeated from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the committee noted report officers council budget schools pupils special educational needs transport ' +
  'review members asked whether funding would be available next year Chair agreed that progress was good ' +
  'consultation parents carers feedback service delivery performance indicators quarter target risk ' +
  'Cabinet recommendation scrutiny evidence housing repairs contract tender value money residents survey ' +
  'responded explained further information circulated after meeting timetable update workforce recruitment'
).split(' ');

const has = (channel: string) => channel in contract;

export function generateSession(meeting: Meeting, people: ScriptPeople, seed: number): Step[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const steps: Step[] = [];
  let minutes = 19 * 60;
  const clock = () => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const push = (channel: string, input: Record<string, unknown>, label = channel) => {
    if (has(channel)) steps.push({ kind: 'push', channel, input, label });
  };

  // Before the start: who is here, who sent apologies.
  const late = people.members.filter(() => rand() < 0.2);
  // Only someone in the room can leave it: not the late not yet arrived, those who sent apologies, or who left.
  const notInRoom = new Set<string>();
  for (const personId of people.members) {
    if (late.includes(personId)) push('attendance:mark', { personId, status: 'absent', capacity: 'member' });
    else {
      const status = rand() < 0.15 ? 'apologies' : 'present';
      if (status === 'apologies') notInRoom.add(personId);
      push('attendance:mark', { personId, status, capacity: 'member' });
    }
  }
  for (const personId of people.officers) push('attendance:mark', { personId, status: 'present', capacity: 'officer' });
  if (has('clock:start')) push('clock:start', { at: clock() });
  else push('meeting:setStatus', { status: 'live' });

  const paragraphCount = () => between(2, 5);
  for (const item of meeting.agenda) {
    minutes += between(2, 6);
    if (has('clock:goToItem')) push('clock:goToItem', { itemId: item.id, at: clock() });
    else push('agenda:updateItem', { itemId: item.id, patch: { startedAt: clock() } });
    if (late.length && rand() < 0.5) push('attendance:arrive', { personId: late.shift()!, at: clock() });
    let lastParagraph: string | undefined;
    for (let p = paragraphCount(); p > 0; p--) {
      const paragraphId = globalThis.crypto.randomUUID();
      steps.push({
        kind: 'paragraph',
        itemId: item.id,
        paragraphId,
        keystrokes: typeParagraph(rand, pick([...people.members, ...people.officers])),
      });
      steps.push({ kind: 'blur' });
      steps.push({ kind: 'pause', ms: between(0, 600) });
      lastParagraph = paragraphId;
      minutes += between(1, 3);
      if (rand() < 0.25) {
        push('actions:add', {
          action: {
            id: globalThis.crypto.randomUUID(),
            itemId: item.id,
            paragraphId,
            owners: ['Head of Service'],
            description: sentence(rand, 8),
            due: 'next meeting',
          },
        });
      }
    }
    if (lastParagraph && rand() < 0.5) {
      push('resolutions:set', {
        resolution: {
          id: globalThis.crypto.randomUUID(),
          itemId: item.id,
          clauses: [`That the committee ${sentence(rand, 10)}.`],
        },
      });
    }
    if (rand() < 0.1) {
      const present = people.members.filter((m) => !late.includes(m) && !notInRoom.has(m));
      const leaving = present[present.length - 1];
      if (leaving) {
        notInRoom.add(leaving);
        push('attendance:leave', { personId: leaving, at: clock() });
      }
    }
  }
  minutes += 2;
  if (has('clock:end')) push('clock:end', { at: clock() });
  else push('meeting:setStatus', { status: 'ended' });
  return steps;
}

function sentence(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
}

/** One paragraph typed key by key: 40-120 ms a key (a fast typist, time-compressed), typos fixed with backspace, pauses to listen. */
function typeParagraph(rand: () => number, mention: string): Keystroke[] {
  const target = `${sentence(rand, 8 + Math.floor(rand() * 18))}.`;
  const speed = 40 + rand() * 80;
  const withMention = rand() < 0.3;
  const keys: Keystroke[] = [];
  const content = (text: string): Inline[] => {
    const runs: Inline[] = withMention ? [{ t: 'person', personId: mention }] : [];
    const body = withMention ? ` ${text}` : text;
    if (text !== '') runs.push({ t: 'text', text: body });
    return runs;
  };
  if (withMention) keys.push({ content: content(''), delayMs: 300 });
  let typed = '';
  for (const ch of target) {
    const delay = () => Math.max(15, Math.round(speed * (0.5 + rand()) + (rand() < 0.02 ? 400 + rand() * 1500 : 0)));
    if (rand() < 0.03) {
      keys.push({ content: content(typed + 'x'), delayMs: delay() });
      keys.push({ content: content(typed), delayMs: delay() });
    }
    typed += ch;
    keys.push({ content: content(typed), delayMs: delay() });
  }
  return keys;
}
