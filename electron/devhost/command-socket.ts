// The dev host's command socket: the live console's edits over one WebSocket instead of a fetch
// each. A fetch costs the page's main thread about 3 ms a save (start and answer); the page hands
// a save to the worker that holds this socket for about 0.5 ms (renderer/src/lib/command-socket.ts).
// The same guards as the HTTP API: 127.0.0.1 only, the Host and Origin of the page itself, the
// run's token cookie, and every message through the router's handler (sender check and schema).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { unknownChannel } from '$shared/api';
import type { Handler } from '../api/handle';
import { parseMessage, type CommandReply } from '../api/command-message';
import { requestOrigin, requestUrl } from './request-guard';

export { parseMessage };

export const COMMAND_SOCKET_PATH = '/api/socket';
/** A command is a paragraph or a batch of steps; anything larger goes over HTTP. */
const MAX_MESSAGE = 8 * 1024 * 1024;

export interface CommandSocketGuard {
  /** The Host header is the dev host's own address. */
  hostAllowed(host: string | undefined): boolean;
  /** The request carries the run's token cookie. */
  tokenAllowed(cookieHeader: string | undefined): boolean;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/** Answers WebSocket upgrades on /api/socket; other upgrade requests are refused. */
export function attachCommandSocket(
  server: Server,
  router: ReadonlyMap<string, Handler>,
  guard: CommandSocketGuard,
): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE, perMessageDeflate: false });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const host = req.headers.host;
    if (!guard.hostAllowed(host)) return refuse(socket, 421, 'Wrong host');
    // A page from any other origin could open a socket here; only the app's own page may (the
    // socket is only ever opened by that page's worker, so an Origin is always required).
    if (requestOrigin(req.headers, host ?? '') !== 'same') return refuse(socket, 403, 'Wrong origin');
    if (!guard.tokenAllowed(req.headers.cookie))
      return refuse(socket, 401, 'Open the URL with ?token= printed at start');
    // An address that does not parse is refused here: a throw in this listener would end the process.
    const url = requestUrl(req.url, host ?? '');
    if (!url) return refuse(socket, 400, 'The address asked for is not a valid URL');
    if (url.pathname !== COMMAND_SOCKET_PATH) return refuse(socket, 404, 'Not found');
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, router));
  });

  return () =>
    new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    });
}

function serve(ws: WebSocket, router: ReadonlyMap<string, Handler>): void {
  const reply = (r: CommandReply) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(r));
  };
  ws.on('message', (data, isBinary) => {
    if (isBinary) return ws.close(1003, 'Text messages only');
    const parsed = parseMessage(data.toString());
    if ('error' in parsed) {
      if (parsed.id === undefined) return ws.close(1007, parsed.error.slice(0, 120));
      return reply({ id: parsed.id, result: { ok: false, error: { code: 'INVALID_INPUT', message: parsed.error } } });
    }
    const handler = router.get(parsed.channel);
    if (!handler) return reply({ id: parsed.id, result: unknownChannel(parsed.channel) });
    void handler(parsed.input, { trusted: true }).then((result) => reply({ id: parsed.id, result }));
  });
  // A socket error (a client gone mid-frame) closes this socket only.
  ws.on('error', () => ws.terminate());
}
