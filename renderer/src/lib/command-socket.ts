// The live console's edits to the dev host over one WebSocket (electron/devhost/command-socket.ts),
// held by a worker (command-socket.worker.ts). Measured in the typing benchmark, a save by fetch
// costs the page's main thread about 3 ms (1.5 to start it, as much to read its answer), a send
// on a socket of its own about 1.5 ms, and a message to the worker about 0.5 ms. The socket is
// only ever a faster road: until it is open, and whenever it drops, calls go by fetch as before.
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

  constructor(private readonly url: string) {}

  /** The socket is open: a call can go over it now. */
  get ready(): boolean {
    return this.open;
  }

  /** Starts opening the socket (a no-op while it is open or opening). */
  connect(): void {
    if (this.broken) return;
    if (!this.worker) {
      try {
        this.worker = new Worker(new URL('./command-socket.worker.ts', import.meta.url), {
          type: 'module',
          name: 'command-socket',
        });
      } catch {
        this.broken = true; // no worker here: fetch it is
        return;
      }
      this.worker.onmessage = (e: MessageEvent<FromSocketWorker>) => this.fromWorker(e.data);
      this.worker.onerror = () => {
        this.worker?.terminate();
        this.worker = null;
        this.broken = true;
        this.dropped();
      };
    }
    this.post({ kind: 'connect', url: this.url });
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
