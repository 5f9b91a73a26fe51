// How the live console's edit queue reaches the store. In Electron, the save port held by a worker
// (electron/main/save-port.ts) once it has arrived, else the preload's bridge (IPC, whose
// serialisation runs on the page's thread); the port is asked for at the first call. In the dev
// host, the command socket while it is open (a save costs the page far less than a fetch), else a
// fetch (also for inputs too big for the socket); once the window is closing, IPC in Electron and
// a fetch with keepalive in the dev host, so an edit flushed on pagehide still arrives.
import { unknownChannel, type CommandAck, type Result } from '$shared/api';
import { CommandSocket, SOCKET_MESSAGE_LIMIT } from './command-socket';
import { requestSavePort } from './save-port';

const KEEPALIVE_LIMIT = 60_000; // browsers refuse keepalive bodies over 64 KiB
let closing = false;
let socket: CommandSocket | undefined;
let savePort: CommandSocket | undefined;

/** The window is closing: what is sent from now on must outlive the page (fetch keepalive). */
export function windowClosing(): void {
  closing = true;
}

export async function sendCommand(channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> {
  const bridge = window.scrutineer as unknown as
    Record<string, (i: unknown) => Promise<Result<CommandAck>>> | undefined;
  if (bridge) {
    const fn = bridge[channel];
    if (!fn) return unknownChannel(channel);
    if (!savePort) {
      const held = (savePort = new CommandSocket());
      requestSavePort((port) => held.usePort(port));
    }
    if (!closing && savePort.ready) {
      const body = JSON.stringify(input);
      if (body.length <= SOCKET_MESSAGE_LIMIT) return savePort.call(channel, body);
    }
    return fn(input);
  }
  const body = JSON.stringify(input);
  socket ??= new CommandSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/socket`);
  if (!closing && body.length <= SOCKET_MESSAGE_LIMIT) {
    if (socket.ready) return socket.call(channel, body);
    socket.connect(); // for the next call; this one goes by fetch
  }
  try {
    const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'same-origin',
      // Only while closing: a keepalive request costs the page more to start.
      keepalive: closing && body.length < KEEPALIVE_LIMIT,
    });
    if (res.status === 401)
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'The dev host refused the call: reopen the URL it printed (with ?token=).',
        },
      };
    return (await res.json()) as Result<CommandAck>;
  } catch (err) {
    return {
      ok: false,
      error: { code: 'OFFLINE', message: `Scrutineer's service did not answer (${(err as Error).message}).` },
    };
  }
}
