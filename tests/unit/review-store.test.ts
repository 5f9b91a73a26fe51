// Sign-off through the real store and API: edits refused after approval, amendments accepted,
// and a file changed outside the app after approval reported as TAMPERED on load, shown
// read-only and never repaired.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewStatus, StoreStatus } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { openServices } from '../../electron/host/open-services';
import { sampleServices, text } from '../helpers/review';
import { approvalSeal, fingerprint } from '$shared/review';

type Services = Awaited<ReturnType<typeof sampleServices>>;
let env: Services | undefined;
afterEach(async () => {
  await env?.cleanup();
  env = undefined;
});

async function approvedThroughApi(): Promise<{ env: Services; meeting: Meeting; path: string }> {
  env = await sampleServices();
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  const meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
  const p = meeting.notes[0]!;
  await env.call('review:send', { meetingId: meeting.id, by: 'Bathsheba Mall' });
  await env.call('review:suggest', {
    meetingId: meeting.id,
    commentId: 's1',
    paragraphId: p.id,
    author: 'Councillor Needham',
    suggestion: text('A better first paragraph.'),
  });
  await env.call('review:decide', {
    meetingId: meeting.id,
    commentId: 's1',
    decision: 'accepted',
    by: 'Bathsheba Mall',
  });
  await env.call('review:approve', { meetingId: meeting.id, by: 'Councillor Needham' });
  return {
    env,
    meeting: (await env.call('meetings:get', { meetingId: meeting.id })) as Meeting,
    path: join(env.dir, 'meetings', `${meeting.id}.json`),
  };
}

async function reopen(dir: string) {
  await env!.opened.close();
  const opened = await openServices({ dataDir: dir, host: 'cli' });
  const attempt = async (channel: string, input: unknown) => opened.router.get(channel)!(input, { trusted: true });
  env = {
    ...env!,
    opened,
    attempt: attempt as Services['attempt'],
    call: async (c, i) => {
      const r = await attempt(c, i);
      if (!r.ok) throw new Error(`${c}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
  return env;
}

describe('approved minutes in the store', () => {
  it('refuse ordinary edits and status shortcuts, leaving the file as it was', async () => {
    const { env, meeting, path } = await approvedThroughApi();
    const onDisk = await readFile(path, 'utf8');
    const r = await env.attempt('notes:updateParagraph', {
      meetingId: meeting.id,
      paragraphId: meeting.notes[1]!.id,
      content: text('sneaky'),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'APPROVED' } });
    expect(r.error!.message).toContain('approved by Councillor Needham');
    expect(await env.attempt('meeting:setStatus', { meetingId: meeting.id, status: 'ended' })).toMatchObject({
      ok: false,
      error: { code: 'APPROVED' },
    });
    await env.opened.services.store.flush();
    expect(await readFile(path, 'utf8')).toBe(onDisk);
  });

  it('a draft cannot be approved by a bare status change', async () => {
    env = await sampleServices();
    const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
    await env.call('review:send', { meetingId: summary!.id, by: 'BM' });
    expect(await env.attempt('meeting:setStatus', { meetingId: summary!.id, status: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'USE_APPROVE' },
    });
  });

  it('accept an amendment and stay sealed, on disk and after reopening', async () => {
    const { env, meeting } = await approvedThroughApi();
    await env.call('minutes:amend', {
      meetingId: meeting.id,
      by: 'Bathsheba Mall',
      why: 'Spelling',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: meeting.notes[1]!.id, content: text('Spelt right.') },
      },
    });
    const status = (await env.call('review:status', { meetingId: meeting.id })) as ReviewStatus;
    expect(status).toMatchObject({ status: 'approved', editable: false, seal: { state: 'intact' } });
    expect(status.amendments).toHaveLength(1);
    const again = await reopen(env.dir);
    expect(((await again.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    expect(((await again.call('meetings:get', { meetingId: meeting.id })) as Meeting).notes[1]!.content).toEqual(
      text('Spelt right.'),
    );
  });
});

describe('tamper detection on load', () => {
  for (const [what, edit] of [
    [
      'a note edited in a text editor',
      (m: Meeting) => ({
        ...m,
        notes: m.notes.map((p, i) => (i === 2 ? { ...p, content: text('Rewritten outside the app.') } : p)),
      }),
    ],
    [
      'the fingerprint edited to match nothing',
      (m: Meeting) => ({ ...m, approval: { ...m.approval!, fingerprint: `sha256:${'0'.repeat(64)}` } }),
    ],
    [
      'a name in the frozen roster changed',
      (m: Meeting) => ({
        ...m,
        approval: {
          ...m.approval!,
          named: {
            ...m.approval!.named,
            people: m.approval!.named.people.map((p, i) => (i === 0 ? { ...p, name: 'Someone Else' } : p)),
          },
        },
      }),
    ],
    ['the approval record removed but the status kept', (m: Meeting) => ({ ...m, approval: undefined })],
  ] as const) {
    it(`reports ${what} as TAMPERED, naming the file; the meeting stays readable but read-only and is not repaired`, async () => {
      const { meeting, path } = await approvedThroughApi();
      await env!.opened.services.store.flush();
      const stored = JSON.parse(await readFile(path, 'utf8')) as Meeting;
      await writeFile(path, JSON.stringify(edit(stored), null, 2));
      const tamperedBytes = await readFile(path, 'utf8');
      const again = await reopen(env!.dir);
      const { problems } = (await again.call('store:status', {})) as StoreStatus;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: path, code: 'TAMPERED' });
      expect(problems[0]!.message.startsWith(path)).toBe(true);
      expect(((await again.call('meetings:get', { meetingId: meeting.id })) as Meeting).id).toBe(meeting.id);
      expect(((await again.call('review:status', { meetingId: meeting.id })) as ReviewStatus).seal.state).toBe(
        'broken',
      );
      expect(
        await again.attempt('minutes:amend', {
          meetingId: meeting.id,
          by: 'BM',
          why: 'fix',
          command: { name: 'meeting:updateDetails', input: { patch: { venue: 'Room 2' } } },
        }),
      ).toMatchObject({ ok: false, error: { code: 'TAMPERED' } });
      expect(await again.attempt('docs:exportApprovedMinutes', { meetingId: meeting.id })).toMatchObject({ ok: false });
      await again.opened.services.store.flush();
      expect(await readFile(path, 'utf8')).toBe(tamperedBytes);
    });
  }

  it('accepts the same content reformatted, with keys reordered and text in NFD', async () => {
    const { meeting, path } = await approvedThroughApi();
    await env!.opened.services.store.flush();
    const stored = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(stored).reverse());
    await writeFile(path, JSON.stringify(reordered).normalize('NFD'));
    const again = await reopen(env!.dir);
    expect(((await again.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    expect(((await again.call('review:status', { meetingId: meeting.id })) as ReviewStatus).seal.state).toBe('intact');
  });
});

describe('minutes approved by an older version with a character Word files cannot hold', () => {
  it('stay sealed on load, kept as approved, and export', async () => {
    const { meeting, path } = await approvedThroughApi();
    await env!.opened.services.store.flush();
    // As an older version saved them: U+FFFE in a note, fingerprinted and sealed with it.
    const stored = JSON.parse(await readFile(path, 'utf8')) as Meeting;
    stored.notes[2] = { ...stored.notes[2]!, content: text('Before\uFFFEafter.') };
    const { recordSeal: _old, ...record } = {
      ...stored.approval!,
      fingerprint: fingerprint(stored, stored.approval!.named),
    };
    stored.approval = { ...record, recordSeal: approvalSeal(stored.id, record) };
    await writeFile(path, JSON.stringify(stored, null, 2));
    const again = await reopen(env!.dir);
    expect(((await again.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    expect(((await again.call('review:status', { meetingId: meeting.id })) as ReviewStatus).seal.state).toBe('intact');
    expect(await again.attempt('docs:exportApprovedMinutes', { meetingId: meeting.id })).toMatchObject({ ok: true });
  });
});
