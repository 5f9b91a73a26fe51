import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { openServices, type OpenedServices } from '../host/open-services';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { attachCommandSocket } from './command-socket';
import { BAD_PERCENT_ENCODING, BAD_URL, decodePathPart, requestOrigin, requestUrl } from './request-guard';
import { unknownChannel } from '$shared/api';

const COOKIE = 'scrutineer_token';
// A 50 MB agenda file arrives as base64 (about 67 MB) inside JSON.
const MAX_BODY = 80 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface DevHost {
  url: string;
  port: number;
  token: string;
  opened: OpenedServices;
  close(): Promise<void>;
}

function tokenFromCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The dev host: the real renderer and the real services over HTTP, on 127.0.0.1 only,
 * guarded by a per-run token that becomes an HttpOnly, SameSite=Strict cookie. Never packaged.
 */
export async function startDevHost(opts: {
  dataDir: string;
  port?: number;
  rendererDir: string;
  sampleDir?: string;
  now?: () => Date;
}): Promise<DevHost> {
  const token = randomBytes(24).toString('hex');
  const opened = await openServices({
    dataDir: opts.dataDir,
    host: 'dev',
    ...(opts.sampleDir ? { sampleDir: opts.sampleDir } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const root = resolve(opts.rendererDir);
  let port = 0;
  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (!hostAllowed(host)) return send(res, 421, 'Wrong host');
      const url = requestUrl(req.url, host);
      if (!url) return send(res, 400, BAD_URL);
      const api = url.pathname.startsWith('/api/');
      // Another page (another site, or another port of this computer, which the SameSite cookie
      // does not tell apart) never reaches the API; a client that is not a browser sends no Origin.
      if (api && requestOrigin(req.headers, host) === 'other') {
        return send(res, 403, 'Wrong origin: the dev host answers API calls only from its own page.');
      }
      if (req.method === 'GET' && url.searchParams.has('token')) {
        if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(res, 401, 'Wrong token');
        return send(res, 303, '', 'text/plain', {
          'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: '/',
        });
      }
      if (!sameToken(tokenFromCookie(req.headers.cookie), token)) {
        return send(res, 401, 'Scrutineer dev host: open the URL with ?token= printed at start.');
      }
      if (api) {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON only');
        const channel = decodePathPart(url.pathname.slice('/api/'.length));
        if (channel === undefined) return send(res, 400, BAD_PERCENT_ENCODING);
        const handler = opened.router.get(channel);
        if (!handler) return send(res, 404, JSON.stringify(unknownChannel(channel)), 'application/json');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body === '' ? {} : JSON.parse(body);
        } catch (err) {
          return send(
            res,
            400,
            JSON.stringify({
              ok: false,
              error: { code: 'INVALID_INPUT', message: `The request is not valid JSON: ${(err as Error).message}` },
            }),
            'application/json',
          );
        }
        const result = await handler(input, { trusted: true });
        return send(res, 200, JSON.stringify(result), 'application/json');
      }
      if (req.method !== 'GET') return send(res, 405, 'GET only');
      const path = decodePathPart(url.pathname);
      if (path === undefined) return send(res, 400, BAD_PERCENT_ENCODING);
      const rel = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
      const file = normalize(join(root, rel));
      if (!file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
      try {
        const bytes = await readFile(file);
        return send(res, 200, bytes, TYPES[extname(file)] ?? 'application/octet-stream');
      } catch {
        // Unknown paths are the single-page app's own routes.
        if (extname(file)) return send(res, 404, 'Not found');
        return send(res, 200, await readFile(join(root, 'index.html')), TYPES['.html']);
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `Dev host error: ${(err as Error).message}`);
    });
  });

  const closeSocket = attachCommandSocket(server, opened.router, {
    hostAllowed,
    tokenAllowed: (cookie) => sameToken(tokenFromCookie(cookie), token),
  });

  // Node closes an idle keep-alive connection after 5 s by default; a client reusing it at that
  // instant gets ECONNRESET (seen in e2e runs after a slow import). Idle connections stay open
  // longer than a browser keeps them, so the server is never the one to close first.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    opened,
    close: async () => {
      await closeSocket();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await opened.close();
    },
  };
}
