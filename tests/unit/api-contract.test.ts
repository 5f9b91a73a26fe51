import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../shared/api';
import { meetingCommandInputs } from '../../shared/commands';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { handle } from '../../electron/api/handle';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let opened: OpenedServices;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  opened = await openServices({ dataDir: dir, host: 'cli' });
});
afterEach(async () => {
  await opened.close();
  await cleanup();
});

describe('one API contract', () => {
  it('the channel list, the schemas and the registered handlers are the same set', () => {
    const names = [...CHANNEL_NAMES].sort();
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(contract).sort()).toEqual(names);
    expect([...opened.router.keys()].sort()).toEqual(names);
  });

  it('every meeting command is a channel', () => {
    for (const name of Object.keys(meetingCommandInputs)) expect(CHANNEL_NAMES).toContain(name);
  });

  it('refuses an untrusted sender on every channel before looking at the input', async () => {
    for (const [channel, handler] of opened.router) {
      const r = await handler({}, { trusted: false, reason: 'frame is https://evil.example' });
      expect(r, channel).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: `Refused ${channel}: frame is https://evil.example` } });
    }
  });

  it('rejects input of the wrong shape on every channel that takes any, naming the field', async () => {
    for (const [channel, handler] of opened.router) {
      const r = await handler({ unexpected: { nested: [1, 2, 3] } }, { trusted: true });
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.code, channel).toBe('INVALID_INPUT');
    }
  });

  it('turns an exception into {ok:false} with the words of the error', async () => {
    const h = handle('committees:list', () => {
      throw new Error('boom');
    });
    expect(await h({}, { trusted: true })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in committees:list: boom' } });
  });

  it('answers store errors with their own code and message', async () => {
    const r = await opened.router.get('meetings:get')!({ meetingId: 'no-such-meeting' }, { trusted: true });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no meeting with id no-such-meeting' } });
  });

  it('creates a committee and a meeting from its standard items, then edits it by command', async () => {
    const call = (c: string, i: unknown) => opened.router.get(c)!(i, { trusted: true });
    const c = await call('committees:create', { authority: 'Test Borough', name: 'Scrutiny' });
    expect(c.ok).toBe(true);
    const committeeId = (c as { value: { id: string } }).value.id;
    const m = await call('meetings:create', { committeeId, date: '2016-11-21' });
    const meeting = (m as { value: { id: string; agenda: { id: string; title: string }[]; startTime: string } }).value;
    expect(meeting.agenda.map((i) => i.title)).toEqual([
      'MINUTES',
      'APOLOGIES FOR ABSENCE',
      'DECLARATIONS OF INTEREST',
      'PUBLIC PARTICIPATION',
      'WORK PROGRAMME',
      'DATE OF NEXT MEETING',
    ]);
    expect(meeting.startTime).toBe('19:00');
    const ack = await call('notes:addParagraph', { meetingId: meeting.id, itemId: meeting.agenda[0]!.id, paragraphId: 'p1', content: [{ t: 'text', text: 'Hello' }] });
    expect(ack).toEqual({ ok: true, value: { revision: 1, saved: true } });
    const stale = await call('notes:updateParagraph', { meetingId: meeting.id, baseRevision: 0, paragraphId: 'p1', content: [] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await call('notes:updateParagraph', { meetingId: meeting.id, paragraphId: 'nope', content: [] });
    expect(bad).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No paragraph with id nope in this meeting' } });
  });
});

describe('patches change only what they name', () => {
  it('committees:update and committees:setSettings keep every field not sent', async () => {
    const call = (c: string, i: unknown) => opened.router.get(c)!(i, { trusted: true });
    const created = (await call('committees:create', { authority: 'A', name: 'B' })) as { ok: true; value: { id: string; standardItems: unknown[] } };
    const id = created.value.id;
    await call('committees:update', { committeeId: id, patch: { groups: ['Administration', 'Opposition'], actionOwners: ['CEPAC'] } });
    await call('committees:setSettings', { committeeId: id, settings: { ordinalDates: true } });
    await call('committees:update', { committeeId: id, patch: { name: 'Renamed' } });
    const after = (await call('committees:setSettings', { committeeId: id, settings: { chairDateLine: true } })) as {
      ok: true;
      value: { name: string; groups: string[]; actionOwners: string[]; standardItems: unknown[]; settings: Record<string, unknown> };
    };
    expect(after.value.name).toBe('Renamed');
    expect(after.value.groups).toEqual(['Administration', 'Opposition']);
    expect(after.value.actionOwners).toEqual(['CEPAC']);
    expect(after.value.standardItems).toHaveLength(created.value.standardItems.length);
    expect(after.value.settings).toMatchObject({ ordinalDates: true, chairDateLine: true, reportDeadlineDays: 14 });
  });
});
