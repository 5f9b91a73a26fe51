// The page's side of Electron's save port (renderer/src/lib/live-transport.ts, save-port.ts,
// command-socket.ts): the port is asked for at the first call, taken only from the preload's
// message on this window at this origin, handed to the worker; from then on saves go to the
// worker as text, and IPC carries only what the port cannot (before it arrives, while closing,
// inputs too big, a port that dropped).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import type { FromSocketWorker, ToSocketWorker } from '../../renderer/src/lib/command-socket.worker';
import { SAVE_PORT_MESSAGE } from '$shared/api/channel-names';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { message: ToSocketWorker; transfer?: unknown[] }[] = [];
  onmessage: ((e: { data: FromSocketWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToSocketWorker, transfer?: unknown[]) {
    this.posted.push({ message, ...(transfer ? { transfer } : {}) });
    // Holding a port, the worker says it is open; each call is answered at once, as the main process would.
    if (message.kind === 'port') queueMicrotask(() => this.onmessage?.({ data: { kind: 'open' } }));
    if (message.kind === 'send') {
      const { id } = JSON.parse(message.text) as { id: number };
      queueMicrotask(() =>
        this.onmessage?.({
          data: {
            kind: 'answer',
            text: JSON.stringify({ id, result: { ok: true, value: { revision: id, saved: true } } }),
          },
        }),
      );
    }
  }
  terminate() {}
  sends(): { id: number; channel: string; input: unknown }[] {
    return this.posted.flatMap(({ message: m }) => (m.kind === 'send' ? [JSON.parse(m.text)] : []));
  }
}

const g = globalThis as unknown as Record<string, unknown>;
const ORIGIN = 'app://scrutineer';
let listeners: ((e: unknown) => void)[];
let requests: number;
let bridge: ReturnType<typeof vi.fn>;
const channels: MessageChannel[] = [];

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  listeners = [];
  requests = 0;
  bridge = vi.fn(async () => ({ ok: true, value: { revision: 100, saved: true } }));
  const win: Record<string, unknown> = {
    scrutineer: { 'notes:updateParagraph': bridge },
    scrutineerSavePort: { request: () => requests++ },
    location: { origin: ORIGIN },
    addEventListener: (type: string, l: (e: unknown) => void) => type === 'message' && listeners.push(l),
  };
  g.window = win;
  g.Worker = FakeWorker;
});

afterEach(() => {
  for (const k of ['window', 'Worker']) delete g[k];
  for (const c of channels.splice(0)) c.port1.close();
});

const transport = () => import('../../renderer/src/lib/live-transport');

/** The preload posting the port to the page (or something else posting a look-alike). */
function deliver(over: Partial<{ source: unknown; origin: string; data: unknown; ports: unknown[] }> = {}) {
  const c = new MessageChannel();
  channels.push(c);
  const event = { source: g.window, origin: ORIGIN, data: { kind: SAVE_PORT_MESSAGE }, ports: [c.port1], ...over };
  for (const l of listeners) l(event);
  return c.port1;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the save port in the page', () => {
  it('asks for the port at the first call, which goes by IPC; once the port is open, saves go to the worker', async () => {
    const { sendCommand } = await transport();
    expect(await sendCommand('notes:updateParagraph', { n: 1 })).toEqual({
      ok: true,
      value: { revision: 100, saved: true },
    });
    expect(requests).toBe(1);
    expect(bridge).toHaveBeenCalledTimes(1);
    expect(FakeWorker.made).toEqual([]);

    const port = deliver();
    const worker = FakeWorker.made[0]!;
    expect(worker.posted[0]).toEqual({ message: { kind: 'port', port }, transfer: [port] });
    await flush();

    expect(await sendCommand('notes:updateParagraph', { n: 2 })).toEqual({
      ok: true,
      value: { revision: 1, saved: true },
    });
    expect(worker.sends()).toEqual([{ id: 1, channel: 'notes:updateParagraph', input: { n: 2 } }]);
    expect(bridge).toHaveBeenCalledTimes(1);
    expect(requests).toBe(1);
    // A channel the bridge does not have is refused before any road.
    expect(await sendCommand('no:such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(worker.sends()).toHaveLength(1);
  });

  it.each([
    ['another window', { source: {} }],
    ['another origin', { origin: 'https://evil.example' }],
    ['another kind of message', { data: { kind: 'something-else' } }],
    ['no data', { data: null }],
    ['two ports', { ports: [new MessageChannel().port1, new MessageChannel().port1] }],
    ['no port', { ports: [] }],
  ])('ignores a look-alike from %s: saves stay on IPC', async (_label, over) => {
    const { sendCommand } = await transport();
    await sendCommand('notes:updateParagraph', { n: 1 });
    deliver(over);
    await flush();
    expect(FakeWorker.made).toEqual([]);
    await sendCommand('notes:updateParagraph', { n: 2 });
    expect(bridge).toHaveBeenCalledTimes(2);
    for (const p of (over as { ports?: { close(): void }[] }).ports ?? []) p.close();
  });

  it('sends by IPC while the window is closing, and inputs too big for the port', async () => {
    const { sendCommand, windowClosing } = await transport();
    await sendCommand('notes:updateParagraph', { n: 1 });
    deliver();
    await flush();
    await sendCommand('notes:updateParagraph', { text: 'x'.repeat(2_600_000) });
    expect(bridge).toHaveBeenCalledTimes(2);
    windowClosing();
    await sendCommand('notes:updateParagraph', { n: 3 });
    expect(bridge).toHaveBeenCalledTimes(3);
    expect(FakeWorker.made[0]!.sends()).toEqual([]);
  });

  it('a port that drops fails what was in flight as OFFLINE (the edit queue sends it again), then IPC', async () => {
    const { sendCommand } = await transport();
    await sendCommand('notes:updateParagraph', { n: 1 });
    deliver();
    await flush();
    const worker = FakeWorker.made[0]!;
    worker.postMessage = (message: ToSocketWorker) => void worker.posted.push({ message }); // never answers
    const inFlight = sendCommand('notes:updateParagraph', { n: 2 });
    worker.onmessage?.({ data: { kind: 'closed' } });
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    await sendCommand('notes:updateParagraph', { n: 3 });
    expect(bridge).toHaveBeenCalledTimes(2);
  });

  it('in the dev host (no save port bridge) nothing is asked for', async () => {
    g.window = { location: { origin: ORIGIN } };
    const { requestSavePort } = await import('../../renderer/src/lib/save-port');
    expect(requestSavePort(() => undefined)).toBe(false);
  });
});
