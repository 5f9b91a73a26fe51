// The dev host's command socket: the same guards as its HTTP API (host, origin, token cookie),
// every message through the channel's handler, and a clear answer to a bad message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import fc from 'fast-check';
import { startDevHost, type DevHost } from '../../electron/devhost/server';
import { parseMessage } from '../../electron/devhost/command-socket';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');
const COMMITTEE = '6ebd3145-1732-4a32-ac3f-1f1da2651dfb';

let dir: string;
let host: DevHost;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-socket-'));
  host = await startDevHost({ dataDir: join(dir, 'data'), rendererDir: dir, sampleDir: SAMPLE });
  origin = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

interface Opening {
  cookie?: string | null;
  origin?: string | null;
  hostHeader?: string;
  path?: string;
}

/** Opens a socket as the page would (its cookie and origin), unless told otherwise; answers the HTTP status of a refusal. */
function open(o: Opening = {}): Promise<{ ws: WebSocket } | { status: number }> {
  const headers: Record<string, string> = o.hostHeader ? { Host: o.hostHeader } : {};
  const cookie = o.cookie === undefined ? `scrutineer_token=${host.token}` : o.cookie;
  if (cookie) headers.Cookie = cookie;
  const from = o.origin === undefined ? origin : o.origin;
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${o.path ?? '/api/socket'}`, {
    headers,
    ...(from ? { origin: from } : {}),
  });
  return new Promise((done, fail) => {
    ws.once('open', () => done({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      done({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (err) => {
      if (!String(err.message).includes('Unexpected server response')) fail(err);
    });
  });
}

async function opened(o: Opening = {}): Promise<WebSocket> {
  const r = await open(o);
  if (!('ws' in r)) throw new Error(`refused with ${r.status}`);
  return r.ws;
}

function next(
  ws: WebSocket,
): Promise<{ id: number; result: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  return new Promise((done) => ws.once('message', (data) => done(JSON.parse(String(data)))));
}

function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((done) => ws.once('close', (code, reason) => done({ code, reason: String(reason) })));
}

async function http(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const res = await fetch(`${origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Cookie: `scrutineer_token=${host.token}`,
      Host: `127.0.0.1:${host.port}`,
    },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

describe('opening the command socket', () => {
  it('is refused without the token cookie, with a wrong token, from another origin, on another host name or path', async () => {
    expect(await open({ cookie: null })).toEqual({ status: 401 });
    expect(await open({ cookie: `scrutineer_token=${'0'.repeat(48)}` })).toEqual({ status: 401 });
    expect(await open({ origin: 'http://evil.example' })).toEqual({ status: 403 });
    expect(await open({ origin: null })).toEqual({ status: 403 });
    expect(await open({ origin: `http://127.0.0.1:${host.port + 1}` })).toEqual({ status: 403 });
    expect(
      await open({ hostHeader: `attacker.example:${host.port}`, origin: `http://attacker.example:${host.port}` }),
    ).toEqual({ status: 421 });
    expect(await open({ path: '/api/other' })).toEqual({ status: 404 });
  });

  it('is opened for the page: same host, same origin, the run token', async () => {
    const ws = await opened();
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });
});

describe('a command over the socket', () => {
  it('goes through the channel and its answer comes back with the same id, the edit on disk', async () => {
    const created = await http('meetings:create', {
      committeeId: COMMITTEE,
      date: '2016-11-14',
      startTime: '19:00',
      withStandardItems: true,
    });
    expect(created.ok).toBe(true);
    const meetingId = (created.value as { id: string }).id;
    const ws = await opened();
    ws.send(
      JSON.stringify({
        id: 41,
        channel: 'meeting:updateDetails',
        input: { meetingId, patch: { venue: 'Committee Room 2' } },
      }),
    );
    const reply = await next(ws);
    expect(reply.id).toBe(41);
    expect(reply.result.ok).toBe(true);
    expect(reply.result.value).toMatchObject({ saved: true });
    const onDisk = JSON.parse(await readFile(join(dir, 'data', 'meetings', `${meetingId}.json`), 'utf8')) as {
      venue: string;
    };
    expect(onDisk.venue).toBe('Committee Room 2');
    ws.close();
  });

  it("answers the schema's refusal, an unknown channel, and a message without a channel, and stays open", async () => {
    const ws = await opened();
    ws.send(
      JSON.stringify({
        id: 1,
        channel: 'meeting:updateDetails',
        input: { meetingId: 'not-an-id', patch: { venue: 3 } },
      }),
    );
    expect((await next(ws)).result.error?.code).toBe('INVALID_INPUT');
    ws.send(JSON.stringify({ id: 2, channel: 'meeting:doEverything', input: {} }));
    expect(await next(ws)).toEqual({
      id: 2,
      result: { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'No channel meeting:doEverything' } },
    });
    ws.send(JSON.stringify({ id: 3 }));
    expect(await next(ws)).toEqual({
      id: 3,
      result: { ok: false, error: { code: 'INVALID_INPUT', message: 'The message names no channel' } },
    });
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });

  it('closes the socket on a message that is not JSON, has no id, is too big, or is binary', async () => {
    for (const [bad, code] of [
      ['{not json', 1007],
      // Over 8 MB: a command is a paragraph or a batch; the page sends anything bigger by fetch.
      [JSON.stringify({ id: 1, channel: 'meeting:batch', input: { text: 'x'.repeat(9 * 1024 * 1024) } }), 1009],
      [JSON.stringify({ channel: 'meetings:list' }), 1007],
      [Buffer.from([1, 2, 3]), 1003],
    ] as const) {
      const ws = await opened();
      const done = closed(ws);
      ws.send(bad);
      expect((await done).code).toBe(code);
    }
  });
});

describe('fuzzed messages', () => {
  it('each gets an answer with its id or closes its socket; the host stays up and still saves', async () => {
    const channels = [
      'meeting:updateDetails',
      'notes:updateParagraph',
      'meeting:batch',
      'review:approve',
      'committees:update',
      'nope',
      '',
    ];
    const message = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.record({ id: fc.nat(), channel: fc.constantFrom(...channels), input: fc.anything({ maxDepth: 3 }) }),
      fc.record({ id: fc.oneof(fc.double(), fc.string(), fc.constant(null)), channel: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const ws = await opened();
        const text = typeof m === 'string' ? m : JSON.stringify(m);
        const answer = new Promise<{ id: unknown; result: { ok: boolean } } | 'closed'>((done) => {
          ws.once('message', (data) => done(JSON.parse(String(data))));
          ws.once('close', () => done('closed'));
        });
        ws.send(text);
        const outcome = await answer;
        // A message with an id is answered under that id; one without is refused by closing.
        const parsed = parseMessage(text);
        if (parsed.id === undefined) expect(outcome).toBe('closed');
        else {
          expect(outcome).toMatchObject({ id: parsed.id, result: { ok: expect.any(Boolean) } });
          ws.close();
        }
      }),
      { numRuns: 150 },
    );
    const ws = await opened();
    ws.send(JSON.stringify({ id: 9, channel: 'committees:list', input: {} }));
    expect((await next(ws)).result.ok).toBe(true);
    ws.close();
  });
});

describe('parseMessage', () => {
  it('reads id, channel and input, with input {} when left out', () => {
    expect(parseMessage('{"id":7,"channel":"c","input":{"a":1}}')).toEqual({ id: 7, channel: 'c', input: { a: 1 } });
    expect(parseMessage('{"id":0,"channel":"c"}')).toEqual({ id: 0, channel: 'c', input: {} });
  });

  it('says what is wrong with anything else', () => {
    expect(parseMessage('[1]')).toEqual({ error: 'The message is not an object' });
    expect(parseMessage('null')).toEqual({ error: 'The message is not an object' });
    expect(parseMessage('{"id":-1,"channel":"c"}')).toEqual({ error: 'The message has no id (a whole number)' });
    expect(parseMessage('{"id":1.5,"channel":"c"}')).toEqual({ error: 'The message has no id (a whole number)' });
    expect(parseMessage('{"id":1,"channel":""}')).toEqual({ id: 1, error: 'The message names no channel' });
    expect('error' in parseMessage('{')).toBe(true);
  });
});
