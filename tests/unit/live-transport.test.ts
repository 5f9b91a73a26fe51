// Which road a live-console edit takes: Electron's bridge when there is one; in the dev host the
// command socket once it is open, fetch until then, for inputs too big for the socket, and with
// keepalive once the window is closing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromSocketWorker, ToSocketWorker } from '../../renderer/src/lib/command-socket.worker';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: ToSocketWorker[] = [];
  onmessage: ((e: { data: FromSocketWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: ToSocketWorker) {
    this.posted.push(m);
    // Answers each command at once, as the dev host would.
    if (m.kind === 'send') {
      const { id } = JSON.parse(m.text) as { id: number };
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
}

const fetches: { url: string; init: RequestInit }[] = [];
const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  fetches.length = 0;
  g.window = {};
  g.location = { protocol: 'http:', host: '127.0.0.1:5555' };
  g.Worker = FakeWorker;
  g.fetch = async (url: string, init: RequestInit) => {
    fetches.push({ url, init });
    return { status: 200, json: async () => ({ ok: true, value: { revision: 1, saved: true } }) };
  };
});

afterEach(() => {
  for (const k of ['window', 'location', 'Worker', 'fetch']) delete g[k];
});

const transport = () => import('../../renderer/src/lib/live-transport');
const sends = () => FakeWorker.made.flatMap((w) => w.posted).filter((m) => m.kind === 'send');

describe('sendCommand', () => {
  it("uses Electron's bridge when the preload put one on the window", async () => {
    const bridge = vi.fn(async () => ({ ok: true, value: { revision: 3, saved: true } }));
    g.window = { scrutineer: { 'notes:updateParagraph': bridge } };
    const { sendCommand } = await transport();
    expect(await sendCommand('notes:updateParagraph', { a: 1 })).toEqual({
      ok: true,
      value: { revision: 3, saved: true },
    });
    expect(bridge).toHaveBeenCalledWith({ a: 1 });
    expect(await sendCommand('no:such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(fetches).toEqual([]);
    expect(FakeWorker.made).toEqual([]);
  });

  it('goes by fetch while the socket is opening, then over the socket', async () => {
    const { sendCommand } = await transport();
    await sendCommand('notes:updateParagraph', { n: 1 });
    expect(fetches.map((f) => f.url)).toEqual(['/api/notes%3AupdateParagraph']);
    expect(fetches[0]!.init.keepalive).toBe(false);
    const worker = FakeWorker.made[0]!;
    expect(worker.posted[0]).toEqual({ kind: 'connect', url: 'ws://127.0.0.1:5555/api/socket' });
    worker.onmessage?.({ data: { kind: 'open' } });

    const r = await sendCommand('notes:updateParagraph', { n: 2 });
    expect(r).toMatchObject({ ok: true });
    expect(fetches).toHaveLength(1);
    expect(sends().map((m) => JSON.parse((m as { text: string }).text))).toEqual([
      { id: 1, channel: 'notes:updateParagraph', input: { n: 2 } },
    ]);
  });

  it('sends an input too big for the socket by fetch, even with the socket open', async () => {
    const { sendCommand } = await transport();
    const { SOCKET_MESSAGE_LIMIT } = await import('../../renderer/src/lib/command-socket');
    await sendCommand('notes:updateParagraph', {});
    FakeWorker.made[0]!.onmessage?.({ data: { kind: 'open' } });
    await sendCommand('notes:updateParagraph', { text: 'x'.repeat(SOCKET_MESSAGE_LIMIT) });
    expect(fetches).toHaveLength(2);
    expect(sends()).toEqual([]);
  });

  it('uses fetch with keepalive once the window is closing, whatever the socket', async () => {
    const { sendCommand, windowClosing } = await transport();
    await sendCommand('notes:updateParagraph', {});
    FakeWorker.made[0]!.onmessage?.({ data: { kind: 'open' } });
    windowClosing();
    await sendCommand('notes:updateParagraph', { last: 'words' });
    expect(fetches).toHaveLength(2);
    expect(fetches[1]!.init.keepalive).toBe(true);
    expect(sends()).toEqual([]);
  });

  it('answers OFFLINE when fetch fails, so the edit queue keeps the edit and tries again', async () => {
    g.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { sendCommand } = await transport();
    expect(await sendCommand('notes:updateParagraph', {})).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
  });
});
