// Shared by the review tests: the sample meeting taken through review commands with fixed
// clocks, and a throw-away data folder with the API router over the real store.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyMeetingCommandOrThrow,
  type CommandContext,
  type MeetingCommandArgs,
  type MeetingCommandName,
} from '$shared/commands';
import type { Committee, Inline, Meeting } from '$shared/domain';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { loadSample } from '../integration/helpers/sample';
import { afterEach } from 'vitest';
import { tempDir } from './temp-dir';

export { loadSample };

export const REPO = join(import.meta.dirname, '../..');

/** A command context at a fixed instant, with the committee the store would pass. */
export function ctxAt(iso: string, committee?: Committee): CommandContext {
  const d = new Date(iso);
  return {
    now: { date: iso.slice(0, 10), time: d.toISOString().slice(11, 16) },
    timestamp: d.toISOString(),
    ...(committee ? { committee } : {}),
  };
}

export class Steps {
  private minute = 0;
  constructor(
    public meeting: Meeting,
    readonly committee: Committee,
  ) {}
  /** Applies a command one minute after the last, its input parsed as the API parses it. */
  run<N extends MeetingCommandName>(name: N, input: MeetingCommandArgs<N>): Meeting {
    this.minute++;
    const at = new Date(Date.UTC(2016, 8, 20, 9, this.minute)).toISOString();
    this.meeting = applyMeetingCommandOrThrow(this.meeting, name, input, ctxAt(at, this.committee));
    return this.meeting;
  }
}

export const text = (t: string): Inline[] => [{ t: 'text', text: t }];

/** The sample meeting (ended), sent for review, one accepted suggestion, approved. */
export function approvedSample(): Steps {
  const { meeting, committee } = loadSample();
  const s = new Steps(meeting, committee);
  const p = meeting.notes.find((x) =>
    x.content.some((r) => r.t === 'text' && r.text.includes('Lady Margaret School')),
  )!;
  s.run('review:send', { by: 'Bathsheba Mall' });
  s.run('review:suggest', {
    commentId: 'sug-1',
    paragraphId: p.id,
    author: 'Councillor Needham',
    text: 'Name the school in full',
    suggestion: [...p.content, { t: 'text', text: ' The Committee thanked her.' }],
  });
  s.run('review:decide', { commentId: 'sug-1', decision: 'accepted', by: 'Bathsheba Mall' });
  s.run('review:approve', { by: 'Councillor Needham', confirmMarkers: false });
  return s;
}

export async function sampleServices(now?: () => Date): Promise<{
  opened: OpenedServices;
  dir: string;
  call: (channel: string, input: unknown) => Promise<unknown>;
  attempt: (
    channel: string,
    input: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  cleanup: () => Promise<void>;
}> {
  const { dir, cleanup } = await tempDir('scrutineer-review-');
  cpSync(join(REPO, 'resources/sample'), dir, { recursive: true });
  const opened = await openServices({ dataDir: dir, host: 'cli', ...(now ? { now } : {}) });
  const attempt = async (channel: string, input: unknown) => {
    const handler = opened.router.get(channel);
    if (!handler) throw new Error(`no channel ${channel}`);
    return (await handler(input, { trusted: true })) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string; message: string };
    };
  };
  const call = async (channel: string, input: unknown) => {
    const r = await attempt(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error?.code} ${r.error?.message}`);
    return r.value;
  };
  return {
    opened,
    dir,
    call,
    attempt,
    cleanup: async () => {
      await opened.close();
      await cleanup();
    },
  };
}

/**
 * For a test file: a fresh data folder with the sample per test, with the sample meeting, removed
 * after each test. `const sample = sampleEachTest();` then `const { env, meeting } = await sample();`.
 */
export function sampleEachTest(): () => Promise<{ env: Awaited<ReturnType<typeof sampleServices>>; meeting: Meeting }> {
  let env: Awaited<ReturnType<typeof sampleServices>> | undefined;
  afterEach(async () => {
    await env?.cleanup();
    env = undefined;
  });
  return async () => {
    env = await sampleServices();
    const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
    const meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
    return { env, meeting };
  };
}
