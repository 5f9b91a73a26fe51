// Done-when of issue 14, end to end through the data folder and the CLI: a forger who recomputes
// an approved meeting's fingerprints with the app's own functions passes `validate` (a keyless
// seal cannot stop them, and it says so); `verify` against the published pack copy reports the
// mismatch. Seal fields removed from an approved meeting are TAMPERED, not "unsealed".
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportedDocument, ReviewStatus, StoreStatus } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { amendmentSeal, approvalSeal, fingerprint } from '$shared/review';
import { runCli } from '../../electron/cli/run';
import { MEETINGS_DIR, Store } from '../../electron/services/store/store';
import { sampleServices, text } from '../helpers/review';

let env: Awaited<ReturnType<typeof sampleServices>> | undefined;
afterEach(async () => {
  await env?.cleanup();
  env = undefined;
});

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(args, {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
    env: {},
    appRoot: process.cwd(),
  });
  return { code, out: lines.join('\n') };
}

/** The sample approved (and amended once, with `amend`) through the API, its pack copy published; the store closed. */
async function approvedAndPublished(amend: boolean) {
  env = await sampleServices(() => new Date('2016-09-20T10:15:00Z'));
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  const id = summary!.id;
  await env.call('review:send', { meetingId: id, by: 'Bathsheba Mall' });
  await env.call('review:approve', { meetingId: id, by: 'Councillor Needham', confirmMarkers: true });
  if (amend) {
    const m = (await env.call('meetings:get', { meetingId: id })) as Meeting;
    await env.call('minutes:amend', {
      meetingId: id,
      by: 'Bathsheba Mall',
      why: 'A typo',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: m.notes[1]!.id, content: text('Corrected words.') },
      },
    });
  }
  const doc = (await env.call('docs:exportApprovedMinutes', { meetingId: id, itemNumber: '3' })) as ExportedDocument;
  const published = join(env.dir, 'published.docx');
  await writeFile(published, Buffer.from(doc.base64, 'base64'));
  await env.opened.services.store.flush();
  await env.opened.close();
  const path = join(env.dir, MEETINGS_DIR, `${id}.json`);
  return { id, published, path, dir: env.dir };
}

/** The forgery: a paragraph rewritten, and every fingerprint and record seal recomputed with the app's own functions. */
function forge(m: Meeting): Meeting {
  const notes = m.notes.map((p, i) =>
    i === 0 ? { ...p, content: text('The Committee agreed to close every school in the borough.') } : p,
  );
  const f: Meeting = { ...m, notes };
  const content = fingerprint(f, f.approval!.named);
  if (!f.amendments?.length) {
    const approval = { ...f.approval!, fingerprint: content };
    return { ...f, approval: { ...approval, recordSeal: approvalSeal(f.id, approval) } };
  }
  // Amended: the last amendment's "after" moves, and its seal with it.
  const amendments = [...f.amendments];
  const last = { ...amendments.at(-1)!, fingerprintAfter: content };
  amendments[amendments.length - 1] = { ...last, recordSeal: amendmentSeal(last.recordSealBefore!, last) };
  return { ...f, amendments };
}

describe('a forged approved meeting, fingerprints recomputed', () => {
  for (const amend of [false, true]) {
    it(`passes validate and reads as sealed, and verify against the published pack copy reports the mismatch${amend ? ' (amended minutes)' : ''}`, async () => {
      const { id, published, path, dir } = await approvedAndPublished(amend);
      expect(await cli('verify', id, published, '--data-dir', dir)).toMatchObject({
        code: 0,
        out: expect.stringMatching(/^MATCH/),
      });
      const stored = JSON.parse(await readFile(path, 'utf8')) as Meeting;
      expect(stored.version).toBe(2);
      await writeFile(path, JSON.stringify(forge(stored), null, 2));

      // The file alone: valid and sealed, as it must be.
      const validate = await cli('validate', '--data-dir', dir);
      expect(validate, validate.out).toMatchObject({ code: 0 });
      expect(validate.out).toMatch(
        /1 approved meeting\(s\) are sealed: .*nothing was changed by accident or by a casual edit.*cannot show that no one rewrote the file on purpose; `verify/,
      );
      const store = await Store.open({ dataDir: dir, readOnly: true });
      expect(store.problems).toEqual([]);

      // Against the published copy: a mismatch, the record number and the first differing paragraph.
      const r = await cli('verify', id, published, '--data-dir', dir);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^MISMATCH: the meeting file does not hold the minutes that were published/);
      expect(r.out).toMatch(
        /The published copy prints Record [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}; the file's record of approval and amendments gives Record/,
      );
      expect(r.out).toMatch(
        /The text differs from paragraph \d+ of the minutes in the file\.\n {2}The file has: The Committee agreed to close every school in the borough\./,
      );
      expect(r.out).toMatch(/reads as sealed/);
    }, 90_000);
  }
});

describe('seal fields removed from an approved meeting', () => {
  it('are TAMPERED on load and in validate, not "unsealed"', async () => {
    const { id, path, dir } = await approvedAndPublished(false);
    const stored = JSON.parse(await readFile(path, 'utf8')) as Meeting;
    const { recordSeal: _s, ...approval } = stored.approval!;
    await writeFile(path, JSON.stringify({ ...stored, approval }, null, 2));
    const store = await Store.open({ dataDir: dir, readOnly: true });
    expect(store.problems).toMatchObject([{ code: 'TAMPERED' }]);
    expect(store.problems[0]!.message).toMatch(/without its seal.*the seal was removed/);
    const validate = await cli('validate', '--data-dir', dir);
    expect(validate.code).toBe(1);
    expect(validate.out).toMatch(/the seal was removed/);
    // The same record in a version 1 file (before seals) is unsealed, and says so.
    await writeFile(path, JSON.stringify({ ...stored, approval, version: 1 }, null, 2));
    env = await reopened(env!);
    expect(((await env.call('store:status', {})) as StoreStatus).problems).toEqual([]);
    expect(((await env.call('review:status', { meetingId: id })) as ReviewStatus).seal).toMatchObject({
      state: 'intact',
      record: { state: 'unsealed' },
    });
  }, 90_000);
});

/** The services opened again on the same data folder; cleaning up removes the folder too. */
async function reopened(first: NonNullable<typeof env>): Promise<NonNullable<typeof env>> {
  const { openServices } = await import('../../electron/host/open-services');
  const dir = first.dir;
  const opened = await openServices({ dataDir: dir, host: 'cli' });
  const attempt = async (channel: string, input: unknown) =>
    (await opened.router.get(channel)!(input, { trusted: true })) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string; message: string };
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
      await first.cleanup();
    },
  };
}
