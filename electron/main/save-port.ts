// Electron's save port: the live console's saves reach the main process on a MessagePort held by
// a worker of the page, not by ipcRenderer.invoke on the page's own thread, so a save costs the
// page one postMessage between keystrokes (as the dev host's command socket does). Each message
// is a call as text (../api/command-message.ts) and goes through the router's handler like every
// IPC call: the sender check (run again on each message, on the frame that asked for the port),
// the channel's input schema, and its output schema where answers are checked. No 'electron'
// import: save-port-ipc.ts gives it MessagePortMain; the tests, node:worker_threads' ports.
import { fail, unknownChannel } from '$shared/api';
import type { Handler, Sender } from '../api/handle';
import { parseMessage, type CommandReply } from '../api/command-message';
import { checkSender, type SenderFrameFacts } from './sender-check';

/** The longest message taken, in characters: the page sends up to 2.5 million; bigger calls go by IPC. */
export const MAX_PORT_MESSAGE = 8 * 1024 * 1024;

/** The main process's end of a port: MessagePortMain in the app, a Node MessagePort in tests. */
export interface MainPortEnd {
  /** Starts delivering messages (each as the data the page posted) to `listener`. */
  onMessage(listener: (data: unknown) => void): void;
  /** The other end has gone (the page closed or reloaded). */
  onClose(listener: () => void): void;
  post(text: string): void;
  close(): void;
}

/**
 * Answers the calls arriving on `port`, each through the router's handler with the sender as it
 * is when the message arrives; an answer is `{ id, result }` as text. A message that is not text,
 * or has no id, is dropped: nothing waits for its answer.
 */
export function servePort(port: MainPortEnd, router: ReadonlyMap<string, Handler>, senderNow: () => Sender): void {
  const reply = (r: CommandReply) => port.post(JSON.stringify(r));
  port.onMessage((data) => {
    if (typeof data !== 'string') return;
    if (data.length > MAX_PORT_MESSAGE) {
      const id = /^\{"id":(\d{1,15}),/.exec(data)?.[1];
      if (id !== undefined)
        reply({
          id: Number(id),
          result: fail('INVALID_INPUT', `The call is larger than ${MAX_PORT_MESSAGE} characters: send it over IPC`),
        });
      return;
    }
    const parsed = parseMessage(data);
    if ('error' in parsed) {
      if (parsed.id !== undefined) reply({ id: parsed.id, result: fail('INVALID_INPUT', parsed.error) });
      return;
    }
    const handler = router.get(parsed.channel);
    if (!handler) return reply({ id: parsed.id, result: unknownChannel(parsed.channel) });
    void handler(parsed.input, senderNow()).then((result) => reply({ id: parsed.id, result }));
  });
}

/** A new channel: the main process's end, and the end to send to the page. */
export type OpenChannel<P> = () => { main: MainPortEnd; page: P };

/**
 * One save port per window. A window that asks again (it reloaded) gets a new one and its old one
 * is closed. The port is made only for a frame that passes the sender check; the check runs again
 * on every message, so a frame that has gone or navigated away is refused from then on.
 */
export class SavePorts<P> {
  private readonly open = new Map<number, MainPortEnd>();

  constructor(
    private readonly router: ReadonlyMap<string, Handler>,
    private readonly channel: OpenChannel<P>,
  ) {}

  /**
   * A window's request: `frame` reads the requesting frame's facts as they are now; `deliver`
   * sends the page's end to that frame. Answers the sender check: untrusted, and no port is made.
   */
  request(windowId: number, frame: () => SenderFrameFacts | null, deliver: (port: P) => void): Sender {
    const sender = checkSender(frame());
    if (!sender.trusted) return sender;
    this.closeWindow(windowId);
    const { main, page } = this.channel();
    this.open.set(windowId, main);
    main.onClose(() => {
      if (this.open.get(windowId) === main) this.open.delete(windowId);
    });
    servePort(main, this.router, () => checkSender(frame()));
    deliver(page);
    return sender;
  }

  /** How many windows hold a port now. */
  get size(): number {
    return this.open.size;
  }

  closeWindow(windowId: number): void {
    const port = this.open.get(windowId);
    this.open.delete(windowId);
    port?.close();
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.closeWindow(id);
  }
}
