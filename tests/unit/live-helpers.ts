// Shared by the live-*.test.ts files: the sample meeting of 19 September 2016, and applying
// commands the way the API does (input parsed by the command's schema first).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Committee, Meeting } from '$shared/domain';
import { loadCommitteesFile, loadMeeting } from '$shared/domain';
import {
  applyMeetingCommandOrThrow,
  CommandError,
  type CommandContext,
  type MeetingCommandName,
} from '$shared/commands';

const sampleDir = fileURLToPath(new URL('../../resources/sample/', import.meta.url));

export function sampleCommittee(): Committee {
  const loaded = loadCommitteesFile(JSON.parse(readFileSync(`${sampleDir}committees.json`, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return loaded.value.committees[0]!;
}

/** The sample meeting as published: ended, 7.00 pm to 8.51 pm, Councillor Chumnerly's apologies. */
export function sampleMeeting(): Meeting {
  const name = readdirSync(`${sampleDir}meetings`).find((f) => f.endsWith('.json'))!;
  const loaded = loadMeeting(JSON.parse(readFileSync(`${sampleDir}meetings/${name}`, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return loaded.value;
}

/** The same meeting before it started: planned, no clock, nothing stepped into. */
export function plannedMeeting(): Meeting {
  const m = sampleMeeting();
  return {
    ...m,
    status: 'planned',
    history: [],
    clock: { adjournments: [] },
    agenda: m.agenda.map(({ startedAt: _s, ...i }) => i),
  };
}

/**
 * The context a command runs in. By default the meeting (19 September 2016) is minuted the day
 * after, so any time of the evening may be recorded; pass the meeting's date to minute it live,
 * where a time still to come is refused.
 */
export const ctxAt = (time: string, date = '2016-09-20'): CommandContext => ({
  now: { date, time },
  timestamp: `${date}T18:00:00.000Z`,
});
export const MEETING_DATE = '2016-09-19';

/** Applies a command as the store would, through the one pipeline (shared/commands/pipeline.ts); a refusal throws. */
export function run(
  m: Meeting,
  name: MeetingCommandName,
  input: Record<string, unknown>,
  ctx: CommandContext = ctxAt('19:30'),
): Meeting {
  return applyMeetingCommandOrThrow(m, name, input, ctx);
}

/** The command is refused with this code, at this field. */
export function expectRefused(apply: () => unknown, code: string, field?: string): CommandError {
  let error: unknown;
  try {
    apply();
  } catch (err) {
    error = err;
  }
  expect(error, 'the command should have been refused').toBeInstanceOf(CommandError);
  const e = error as CommandError;
  expect(e.code).toBe(code);
  if (field !== undefined) expect(e.field).toBe(field);
  expect(e.message.length).toBeGreaterThan(10);
  return e;
}

/** Finds people in the sample by name. */
export function personId(committee: Committee, name: string): string {
  const p = committee.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in the sample committee`);
  return p.id;
}

export function itemId(m: Meeting, number: string): string {
  const item = m.agenda.find((i) => i.number === number);
  if (!item) throw new Error(`no item ${number}`);
  return item.id;
}
