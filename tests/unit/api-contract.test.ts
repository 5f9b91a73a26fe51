import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNEL_NAMES, contract, type ChannelName } from '$shared/api';
import { meetingCommandInputs } from '$shared/commands';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { CHECK_OUTPUT_ENV, checkOutputFromEnv, handle, type Handlers, type Impl } from '../../electron/api/handle';
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
      expect(r, channel).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: `Refused ${channel}: frame is https://evil.example` },
      });
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
    expect(await h({}, { trusted: true })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong in committees:list: boom' },
    });
  });

  it('answers store errors with their own code and message', async () => {
    const r = await opened.router.get('meetings:get')!({ meetingId: 'no-such-meeting' }, { trusted: true });
    expect(r).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no meeting with id no-such-meeting' },
    });
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
    const ack = await call('notes:addParagraph', {
      meetingId: meeting.id,
      itemId: meeting.agenda[0]!.id,
      paragraphId: 'p1',
      content: [{ t: 'text', text: 'Hello' }],
    });
    expect(ack).toEqual({ ok: true, value: { revision: 1, saved: true } });
    const stale = await call('notes:updateParagraph', {
      meetingId: meeting.id,
      baseRevision: 0,
      paragraphId: 'p1',
      content: [],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await call('notes:updateParagraph', { meetingId: meeting.id, paragraphId: 'nope', content: [] });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No paragraph with id nope in this meeting' },
    });
  });
});

describe('patches change only what they name', () => {
  it('committees:update and committees:setSettings keep every field not sent', async () => {
    const call = (c: string, i: unknown) => opened.router.get(c)!(i, { trusted: true });
    const created = (await call('committees:create', { authority: 'A', name: 'B' })) as {
      ok: true;
      value: { id: string; standardItems: unknown[] };
    };
    const id = created.value.id;
    await call('committees:update', {
      committeeId: id,
      patch: { groups: ['Administration', 'Opposition'], actionOwners: ['CEPAC'] },
    });
    await call('committees:setSettings', { committeeId: id, settings: { ordinalDates: true } });
    await call('committees:update', { committeeId: id, patch: { name: 'Renamed' } });
    const after = (await call('committees:setSettings', { committeeId: id, settings: { chairDateLine: true } })) as {
      ok: true;
      value: {
        name: string;
        groups: string[];
        actionOwners: string[];
        standardItems: unknown[];
        settings: Record<string, unknown>;
      };
    };
    expect(after.value.name).toBe('Renamed');
    expect(after.value.groups).toEqual(['Administration', 'Opposition']);
    expect(after.value.actionOwners).toEqual(['CEPAC']);
    expect(after.value.standardItems).toHaveLength(created.value.standardItems.length);
    expect(after.value.settings).toMatchObject({ ordinalDates: true, chairDateLine: true, reportDeadlineDays: 14 });
  });
});

/**
 * Where a schema accepts anything: z.unknown() or z.any(), an object that passes unknown keys
 * through (z.looseObject, .passthrough(), a catchall of unknown), or a record of unknown values;
 * each as a path from the answer ("amendments[].changes[].before").
 */
function acceptsAnything(schema: z.ZodType, path = '', within = new Set<unknown>()): string[] {
  if (within.has(schema)) return []; // a recursive schema, already being walked
  within.add(schema);
  try {
    return spotsOf(schema, path, within);
  } finally {
    within.delete(schema);
  }
}

function spotsOf(schema: z.ZodType, path: string, within: Set<unknown>): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const at = path || '(the answer)';
  const walk = (s: unknown, p: string) => acceptsAnything(s as z.ZodType, p, within);
  switch (def.type) {
    case 'unknown':
    case 'any':
      return [at];
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const catchall = def.catchall as z.ZodType | undefined;
      const loose = catchall && ['unknown', 'any'].includes(catchall._zod.def.type) ? [`${at}{*}`] : [];
      return [...loose, ...Object.entries(shape).flatMap(([k, v]) => walk(v, path ? `${path}.${k}` : k))];
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      return walk(def.valueType, `${path}{}`);
    case 'union':
      return (def.options as unknown[]).flatMap((o) => walk(o, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(def.innerType, path);
    default:
      return [];
  }
}

/** Free-form by design, inside the domain: what an amendment changed, before and after, and the command it went through. */
const FREE_FORM = [/(^|\.)amendments\[\]\.changes\[\]\.(before|after)$/, /(^|\.)amendments\[\]\.command\.input\{\}$/];

describe('output contracts', () => {
  it('every channel declares an output schema that is not unknown, any or a passthrough', () => {
    for (const [channel, { output }] of Object.entries(contract)) {
      expect(output?._zod, `${channel} has no output schema`).toBeDefined();
      expect(['unknown', 'any', 'never'], channel).not.toContain(output._zod.def.type);
      expect(
        acceptsAnything(output).filter((p) => !FREE_FORM.some((re) => re.test(p))),
        channel,
      ).toEqual([]);
    }
    // The walk itself finds what it is meant to.
    expect(acceptsAnything(contract['meetings:get'].output).sort()).toEqual([
      'amendments[].changes[].after',
      'amendments[].changes[].before',
      'amendments[].command.input{}',
    ]);
    expect(acceptsAnything(contract['meetings:import'].input)).toEqual(['file']);
  });

  it('is checked at run time in the tests (vitest sets the switch), and only when the switch says 1', () => {
    expect(process.env[CHECK_OUTPUT_ENV]).toBe('1');
    expect(checkOutputFromEnv()).toBe(true);
    expect(checkOutputFromEnv({})).toBe(false);
    expect(checkOutputFromEnv({ [CHECK_OUTPUT_ENV]: '0' })).toBe(false);
  });

  it('answers INTERNAL, naming where, when a handler answers a value that breaks its contract', async () => {
    const wrong = [{ id: 'c1', name: 'Scrutiny', authority: 'Test Borough', meetingCount: '2' }];
    const checked = await handle('committees:list', () => wrong as never, { checkOutput: true })({}, { trusted: true });
    expect(checked).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'committees:list answered a value that breaks its contract: 0.meetingCount: Invalid input: expected number, received string',
      },
    });
    const extra = await handle('meetings:delete', () => ({ deleted: true as const, meeting: {} }) as never, {
      checkOutput: true,
    })({ meetingId: 'm1' }, { trusted: true });
    expect(extra).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringMatching(
          /^meetings:delete answered a value that breaks its contract: \(the answer\): Unrecognized key: "meeting"$/,
        ),
      },
    });
    // Off (the app as shipped): passed on unchecked.
    expect(
      await handle('committees:list', () => wrong as never, { checkOutput: false })({}, { trusted: true }),
    ).toEqual({ ok: true, value: wrong });
  });

  it('passes a good answer on as the handler gave it, not the parsed copy', async () => {
    const answer = [{ id: 'c1', name: 'Scrutiny', authority: 'Test Borough', meetingCount: 2 }];
    const r = await handle('committees:list', () => answer, { checkOutput: true })({}, { trusted: true });
    expect(r.ok && r.value).toBe(answer);
  });

  it('the router checks answers: a sample session through it breaks no contract', async () => {
    const call = async (c: ChannelName, i: unknown) => {
      const r = await opened.router.get(c)!(i, { trusted: true });
      if (!r.ok) expect(r.error.message, c).not.toMatch(/breaks its contract/);
      return r;
    };
    for (const c of ['app:info', 'store:status', 'committees:list', 'meetings:list'] as const)
      expect((await call(c, {})).ok, c).toBe(true);
  });

  it('a handler table without every channel, or with a handler answering another shape, does not compile', () => {
    // Type-level: tsc checks these directives with the test files (an unneeded @ts-expect-error is an error too).
    const full = {} as Handlers;
    const { 'app:info': _left, ...withoutOne } = full;
    // @ts-expect-error app:info has no handler
    const missing: Handlers = withoutOne;
    // @ts-expect-error meetingCount is a number
    const wrongShape: Impl<'committees:list'> = () => [{ id: 'c1', name: 'S', authority: 'A', meetingCount: '2' }];
    // @ts-expect-error meetings:delete answers { deleted: true }
    const wrongValue: Impl<'meetings:delete'> = async () => ({ deleted: false });
    // @ts-expect-error every meeting command answers a CommandAck
    const wrongAck: Impl<'notes:addParagraph'> = () => ({ revision: 1 });
    const right: Impl<'meetings:delete'> = async () => ({ deleted: true });
    expect([missing, wrongShape, wrongValue, wrongAck, right].length).toBe(5);
  });
});
