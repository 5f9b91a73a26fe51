// The live console's edits to the dev host over one WebSocket (electron/devhost/command-socket.ts),
// held by a worker (command-socket.worker.ts). Measured in the typing benchmark, a save by fetch
// costs the page's main thread about 3 ms (1.5 to start it, as much to read its answer), a send
// on a socket of its own about 1.5 ms, and a message to the worker about 0.5 ms. The socket is
// only ever a faster road: until it is open, and whenever it drops, calls go by fetch as before.
// In Electron the same worker holds the main process's save port instead (usePort), and the
// calls it cannot take go by the preload's IPC bridge.
import type { CommandAck, Result } from '$shared/api';
import type { FromSocketWorker, ToSocketWorker } from './command-socket.worker';

type Settle = (r: Result<CommandAck>) => void;

/**
 * The longest input (in characters of JSON) sent over the socket: the dev host takes messages up
 * to 8 MB, and a character is at most 3 bytes of UTF-8. Bigger inputs go by fetch.
 */
export const SOCKET_MESSAGE_LIMIT = 2_500_000;

const offline = (message: string): Result<CommandAck> => ({ ok: false, error: { code: 'OFFLINE', message } });

export class CommandSocket {
  private worker: Worker | null = null;
  /** The worker failed (could not open a socket at all, say): fetch from now on. */
  private broken = false;
  private open = false;
  private nextId = 1;
  private inFlight = new Map<number, Settle>();

  /** `url`: the dev host's socket; none in Electron, where the save port comes by usePort(). */
  constructor(private readonly url = '') {}

  /** The socket is open: a call can go over it now. */
  get ready(): boolean {
    return this.open;
  }

  /** Starts opening the socket (a no-op while it is open or opening). */
  connect(): void {
    if (this.startWorker()) this.post({ kind: 'connect', url: this.url });
  }

  /**
   * Electron: hands the main process's save port to the worker, which carries calls on it from
   * now on. A port that replaces another fails what was in flight on the old one (sent again).
   */
  usePort(port: MessagePort): void {
    if (!this.startWorker()) return port.close();
    this.dropped();
    this.worker!.postMessage({ kind: 'port', port } satisfies ToSocketWorker, [port]);
  }

  /** The worker, started once; false where none can start (then the slower road it is). */
  private startWorker(): boolean {
    if (this.broken) return false;
    if (this.worker) return true;
    try {
      this.worker = new Worker(new URL('./command-socket.worker.ts', import.meta.url), {
        type: 'module',
        name: 'command-socket',
      });
    } catch {
      this.broken = true; // no worker here: fetch (or IPC) it is
      return false;
    }
    this.worker.onmessage = (e: MessageEvent<FromSocketWorker>) => this.fromWorker(e.data);
    this.worker.onerror = () => {
      this.worker?.terminate();
      this.worker = null;
      this.broken = true;
      this.dropped();
    };
    return true;
  }

  /**
   * Sends a command, its input already as JSON, on the open socket (check `ready` and
   * SOCKET_MESSAGE_LIMIT first) and answers with the service's result.
   */
  call(channel: string, inputJson: string): Promise<Result<CommandAck>> {
    if (!this.open) return Promise.resolve(offline('The connection is not open.'));
    const id = this.nextId++;
    return new Promise((settle) => {
      this.inFlight.set(id, settle);
      this.post({ kind: 'send', text: `{"id":${id},"channel":${JSON.stringify(channel)},"input":${inputJson}}` });
    });
  }

  private post(m: ToSocketWorker): void {
    this.worker?.postMessage(m);
  }

  private fromWorker(m: FromSocketWorker): void {
    if (m.kind === 'open') this.open = true;
    else if (m.kind === 'closed') this.dropped();
    else this.answer(m.text);
  }

  /** Whatever was in flight may or may not have reached the store: the edit queue sends it again. */
  private dropped(): void {
    this.open = false;
    const lost = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const settle of lost) settle(offline("Scrutineer's service closed the connection."));
  }

  private answer(text: string): void {
    let reply: { id?: unknown; result?: Result<CommandAck> };
    try {
      reply = JSON.parse(text) as typeof reply;
    } catch {
      return;
    }
    const id = typeof reply.id === 'number' ? reply.id : -1;
    const settle = this.inFlight.get(id);
    if (!settle || !reply.result) return;
    this.inFlight.delete(id);
    settle(reply.result);
  }
}
