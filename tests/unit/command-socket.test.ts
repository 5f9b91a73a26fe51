// The page's side of the command socket: calls go out only while the worker says the socket is
// open, each answer settles its own call, and a socket or worker that fails hands every call in
// flight back as OFFLINE (so the edit queue sends it again, by fetch).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandSocket } from '../../renderer/src/lib/command-socket';
import type { FromSocketWorker, ToSocketWorker } from '../../renderer/src/lib/command-socket.worker';

class FakeWorker {
  static made: FakeWorker[] = [];
  static failToStart = false;
  posted: ToSocketWorker[] = [];
  terminated = false;
  onmessage: ((e: { data: FromSocketWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: { type: string; name: string },
  ) {
    if (FakeWorker.failToStart) throw new Error('blocked by policy');
    FakeWorker.made.push(this);
  }
  postMessage(m: ToSocketWorker) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(m: FromSocketWorker) {
    this.onmessage?.({ data: m });
  }
  sent(): { id: number; channel: string; input: unknown }[] {
    return this.posted.filter((m) => m.kind === 'send').map((m) => JSON.parse((m as { text: string }).text));
  }
}

const URL_OF_SOCKET = 'ws://127.0.0.1:4321/api/socket';
const ack = (revision: number) => ({ ok: true as const, value: { revision, saved: true } });

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.failToStart = false;
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
});

afterEach(() => {
  delete (globalThis as unknown as { Worker?: unknown }).Worker;
});

function openSocket(): { socket: CommandSocket; worker: FakeWorker } {
  const socket = new CommandSocket(URL_OF_SOCKET);
  socket.connect();
  const worker = FakeWorker.made[0]!;
  worker.say({ kind: 'open' });
  return { socket, worker };
}

describe('CommandSocket', () => {
  it('starts one module worker, asks it to connect, and is ready only once the worker says the socket is open', async () => {
    const socket = new CommandSocket(URL_OF_SOCKET);
    expect(socket.ready).toBe(false);
    expect(await socket.call('notes:updateParagraph', '{}')).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    socket.connect();
    socket.connect();
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    expect(worker.options).toEqual({ type: 'module', name: 'command-socket' });
    expect(worker.url.pathname.endsWith('/command-socket.worker.ts')).toBe(true);
    expect(worker.posted).toEqual([
      { kind: 'connect', url: URL_OF_SOCKET },
      { kind: 'connect', url: URL_OF_SOCKET },
    ]);
    expect(socket.ready).toBe(false);
    worker.say({ kind: 'open' });
    expect(socket.ready).toBe(true);
    // Nothing was sent for the call made before the socket opened.
    expect(worker.sent()).toEqual([]);
  });

  it('sends each call with its own id and settles each with its own answer, in whatever order they come', async () => {
    const { socket, worker } = openSocket();
    const first = socket.call(
      'notes:updateParagraph',
      JSON.stringify({ meetingId: 'm', paragraphId: 'p', content: [] }),
    );
    const second = socket.call('clock:start', JSON.stringify({ meetingId: 'm', at: '19:00' }));
    const [a, b] = worker.sent();
    expect(a).toEqual({
      id: a!.id,
      channel: 'notes:updateParagraph',
      input: { meetingId: 'm', paragraphId: 'p', content: [] },
    });
    expect(b!.channel).toBe('clock:start');
    expect(a!.id).not.toBe(b!.id);
    worker.say({ kind: 'answer', text: JSON.stringify({ id: b!.id, result: ack(8) }) });
    worker.say({ kind: 'answer', text: JSON.stringify({ id: a!.id, result: ack(7) }) });
    expect(await first).toEqual(ack(7));
    expect(await second).toEqual(ack(8));
  });

  it('ignores an answer that is not JSON, has no result, or answers no call in flight', async () => {
    const { socket, worker } = openSocket();
    const call = socket.call('notes:updateParagraph', '{}');
    const { id } = worker.sent()[0]!;
    worker.say({ kind: 'answer', text: '{oops' });
    worker.say({ kind: 'answer', text: JSON.stringify({ id }) });
    worker.say({ kind: 'answer', text: JSON.stringify({ id: id + 100, result: ack(1) }) });
    worker.say({ kind: 'answer', text: JSON.stringify({ id, result: ack(2) }) });
    expect(await call).toEqual(ack(2));
  });

  it('hands back every call in flight as OFFLINE when the socket closes, and opens again when asked', async () => {
    const { socket, worker } = openSocket();
    const calls = [socket.call('a:b', '{}'), socket.call('c:d', '{}')];
    worker.say({ kind: 'closed' });
    expect(socket.ready).toBe(false);
    for (const r of await Promise.all(calls)) expect(r).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    socket.connect();
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.posted.at(-1)).toEqual({ kind: 'connect', url: URL_OF_SOCKET });
    worker.say({ kind: 'open' });
    expect(socket.ready).toBe(true);
  });

  it('gives up on a worker that fails: calls in flight come back OFFLINE and no worker is started again', async () => {
    const { socket, worker } = openSocket();
    const call = socket.call('a:b', '{}');
    worker.onerror?.();
    expect(worker.terminated).toBe(true);
    expect(await call).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(socket.ready).toBe(false);
    socket.connect();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('stays on fetch when no worker can be started at all', () => {
    FakeWorker.failToStart = true;
    const socket = new CommandSocket(URL_OF_SOCKET);
    expect(() => socket.connect()).not.toThrow();
    expect(socket.ready).toBe(false);
    FakeWorker.failToStart = false;
    socket.connect();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
