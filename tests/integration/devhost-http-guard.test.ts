// The dev host's HTTP API checks Origin as its command socket does: only its own page (or a
// client that is not a browser, holding the token cookie) reaches a handler. A malformed address
// is answered 400 in words, never 500, and never ends the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevHost, type DevHost } from '../../electron/devhost/server';
import { requestOrigin } from '../../electron/devhost/request-guard';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');

let dir: string;
let host: DevHost;
let self: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-http-guard-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  host = await startDevHost({ dataDir: join(dir, 'data'), rendererDir: dir, sampleDir: SAMPLE });
  self = `127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
}

/** One HTTP request with exactly these headers (the run's cookie unless told otherwise). */
function http(
  method: string,
  path: string,
  headers: Record<string, string | undefined> = {},
  body?: string,
): Promise<Answer> {
  const all: Record<string, string> = {
    Host: self,
    Cookie: `scrutineer_token=${host.token}`,
    'Content-Type': 'application/json',
  };
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) delete all[k];
    else all[k] = v;
  }
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path, headers: all }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body ?? (method === 'POST' ? '{}' : undefined));
  });
}

/** Sends raw bytes (a request line Node's client would not send) and reads the status line. */
function raw(text: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => {
      answer += String(d);
      if (answer.includes('\r\n\r\n')) socket.end();
    });
    // A host that died never answers: the test then fails on the status, not by timing out.
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('close', () => done(answer));
    socket.on('error', fail);
  });
}

const list = '/api/committees%3Alist';

describe('the HTTP API checks Origin', () => {
  it("answers the page itself (its own Origin, as a browser's fetch sends it)", async () => {
    const r = await http('POST', list, { Origin: `http://${self}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });

  it('answers a client that is not a browser (no Origin) holding the token cookie', async () => {
    const r = await http('POST', list);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });

  it.each([
    ['another site', () => ({ Origin: 'http://evil.example' })],
    [
      'another port of this computer (the same site to the SameSite cookie)',
      () => ({ Origin: `http://127.0.0.1:${host.port + 1}` }),
    ],
    ['the same host by another name', () => ({ Origin: `http://localhost:${host.port}` })],
    ['https on the same host and port', () => ({ Origin: `https://${self}` })],
    ['a sandboxed frame or a file (Origin: null)', () => ({ Origin: 'null' })],
    ['a browser saying the request is cross-site, with no Origin', () => ({ 'Sec-Fetch-Site': 'cross-site' })],
    [
      'a browser saying the request is same-site (another port), with no Origin',
      () => ({ 'Sec-Fetch-Site': 'same-site' }),
    ],
  ])('refuses %s with 403, in words, before any handler runs', async (_what, headers) => {
    const h = headers();
    const r = await http(
      'POST',
      '/api/meetings%3Acreate',
      h,
      JSON.stringify({ committeeId: '6ebd3145-1732-4a32-ac3f-1f1da2651dfb', date: '2031-01-01' }),
    );
    expect(r.status).toBe(403);
    expect(r.body).toBe('Wrong origin: the dev host answers API calls only from its own page.');
    // Nothing was created by the refused call.
    const meetings = JSON.parse((await http('POST', '/api/meetings%3Alist')).body) as { value: { date: string }[] };
    expect(meetings.value.some((m) => m.date === '2031-01-01')).toBe(false);
  });

  it('still asks for the token first from a client without the cookie', async () => {
    expect((await http('POST', list, { Cookie: undefined })).status).toBe(401);
    expect((await http('POST', list, { Cookie: undefined, Origin: `http://${self}` })).status).toBe(401);
  });

  it('classifies origins as the socket and the API share them', () => {
    expect(requestOrigin({ origin: 'http://127.0.0.1:5' }, '127.0.0.1:5')).toBe('same');
    expect(requestOrigin({ origin: 'http://127.0.0.1:5/' }, '127.0.0.1:5')).toBe('other');
    expect(requestOrigin({}, '127.0.0.1:5')).toBe('none');
    expect(requestOrigin({ 'sec-fetch-site': 'same-origin' }, '127.0.0.1:5')).toBe('none');
    expect(requestOrigin({ 'sec-fetch-site': 'none' }, '127.0.0.1:5')).toBe('other');
  });
});

describe('a malformed address is answered 400 in words', () => {
  const words = /not valid: a % in it is not followed by two hexadecimal digits/;

  it.each(['/api/%E0%A4%A', '/api/committees%3', '/api/%'])('an API call to %s', async (path) => {
    const r = await http('POST', path, { Origin: `http://${self}` });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(words);
  });

  it.each(['/%E0%A4%A.js', '/assets/%ZZ', '/%C0%AF..%C0%AF'])('a file %s', async (path) => {
    const r = await http('GET', path);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(words);
  });

  it('an absolute address that does not parse, as a request and as a socket opening; the host stays up', async () => {
    const cookie = `Cookie: scrutineer_token=${host.token}\r\n`;
    expect(await raw(`GET http://[ HTTP/1.1\r\nHost: ${self}\r\n${cookie}Connection: close\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 400 /,
    );
    const upgrade = `GET http://[ HTTP/1.1\r\nHost: ${self}\r\nOrigin: http://${self}\r\n${cookie}Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;
    expect(await raw(upgrade)).toMatch(/^HTTP\/1\.1 400 .*not a valid URL/);
    expect((await http('POST', list)).status).toBe(200);
  });
});
