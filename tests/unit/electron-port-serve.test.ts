// Electron's save port, main side (electron/main/save-port.ts), in Node: node:worker_threads'
// MessageChannel stands in for MessageChannelMain, the real services answer. Every message goes
// through the router's handler: the sender check, the channel's schemas, the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { MAX_PORT_MESSAGE, SavePorts, servePort, type MainPortEnd } from '../../electron/main/save-port';
import type { SenderFrameFacts } from '../../electron/main/sender-check';
import type { Sender } from '../../electron/api/handle';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');
const MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';
const PARAGRAPH = 'e8c130cb-e096-45ac-8bd6-25c4143bcfde';
const APP_FRAME: SenderFrameFacts = { url: 'app://scrutineer/index.html', isMainFrame: true, detached: false };

type Reply = { id: number; result: { ok: boolean; value?: unknown; error?: { code: string; message: string } } };

/** A Node port as the main process's end: messages as posted, 'close' when the other end goes. */
function nodeEnd(port: MessagePort): MainPortEnd {
  return {
    onMessage: (listener) => void port.on('message', listener),
    onClose: (listener) => void port.on('close', listener),
    post: (text) => port.postMessage(text),
    close: () => port.close(),
  };
}

/** The page's end: send a call as text, read the answers in order. */
class PageEnd {
  private readonly answers: unknown[] = [];
  private waiting: ((m: unknown) => void)[] = [];
  constructor(readonly port: MessagePort) {
    port.on('message', (m: unknown) => {
      const w = this.waiting.shift();
      if (w) w(m);
      else this.answers.push(m);
    });
  }
  send(message: unknown): void {
    this.port.postMessage(typeof message === 'string' ? message : JSON.stringify(message));
  }
  /** The next answer, as the raw message the page receives. */
  raw(): Promise<unknown> {
    if (this.answers.length) return Promise.resolve(this.answers.shift());
    return new Promise((done) => this.waiting.push(done));
  }
  async next(): Promise<Reply> {
    const m = await this.raw();
    expect(typeof m).toBe('string');
    return JSON.parse(m as string) as Reply;
  }
}

let dir: string;
let cleanup: () => Promise<void>;
let opened: OpenedServices;
const channels: MessageChannel[] = [];

function channel(): { main: MainPortEnd; page: MessagePort } {
  const c = new MessageChannel();
  channels.push(c);
  return { main: nodeEnd(c.port1), page: c.port2 };
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('scrutineer-port-'));
  opened = await openServices({ dataDir: dir, host: 'electron', sampleDir: SAMPLE });
});
afterEach(async () => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
  await opened.close();
  await cleanup();
});

function served(sender: () => Sender = () => ({ trusted: true })): PageEnd {
  const { main, page } = channel();
  servePort(main, opened.router, sender);
  return new PageEnd(page);
}

const edit = (id: number, text: string) => ({
  id,
  channel: 'notes:updateParagraph',
  input: { meetingId: MEETING, paragraphId: PARAGRAPH, content: [{ t: 'text', text }] },
});

describe('servePort', () => {
  it('answers a save with its id and the store’s acknowledgement, once the edit is on disk', async () => {
    const page = served();
    page.send(edit(7, 'Typed on the save port.'));
    const reply = await page.next();
    expect(reply.id).toBe(7);
    expect(reply.result).toEqual({ ok: true, value: { revision: expect.any(Number), saved: true } });
    const onDisk = JSON.parse(await readFile(join(dir, 'meetings', `${MEETING}.json`), 'utf8')) as {
      revision: number;
      notes: { id: string; content: { t: string; text?: string }[] }[];
    };
    expect(onDisk.notes.find((n) => n.id === PARAGRAPH)!.content).toEqual([
      { t: 'text', text: 'Typed on the save port.' },
    ]);
    expect(onDisk.revision).toBe((reply.result.value as { revision: number }).revision);
  });

  it('answers calls in flight by their own ids', async () => {
    const page = served();
    page.send({ id: 1, channel: 'committees:list', input: {} });
    page.send({ id: 2, channel: 'meetings:get', input: { meetingId: MEETING } });
    const ids = [(await page.next()).id, (await page.next()).id].sort();
    expect(ids).toEqual([1, 2]);
  });

  it("refuses what the channel's input schema refuses, naming the field, and changes nothing", async () => {
    const before = await readFile(join(dir, 'meetings', `${MEETING}.json`), 'utf8');
    const page = served();
    page.send({
      id: 3,
      channel: 'notes:updateParagraph',
      input: { meetingId: MEETING, paragraphId: PARAGRAPH, content: 'x' },
    });
    const reply = await page.next();
    expect(reply.id).toBe(3);
    expect(reply.result.ok).toBe(false);
    expect(reply.result.error?.code).toBe('INVALID_INPUT');
    expect(reply.result.error?.message).toMatch(/^Invalid input for notes:updateParagraph: content/);
    expect(await readFile(join(dir, 'meetings', `${MEETING}.json`), 'utf8')).toBe(before);
  });

  it('answers an unknown channel, and a message without a channel, and goes on serving', async () => {
    const page = served();
    page.send({ id: 4, channel: 'meeting:doEverything', input: {} });
    expect(await page.next()).toEqual({
      id: 4,
      result: { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'No channel meeting:doEverything' } },
    });
    page.send({ id: 5 });
    expect(await page.next()).toEqual({
      id: 5,
      result: { ok: false, error: { code: 'INVALID_INPUT', message: 'The message names no channel' } },
    });
    page.send({ id: 6, channel: 'committees:list', input: {} });
    expect((await page.next()).result.ok).toBe(true);
  });

  it('drops what no call waits for (not text, not JSON, no id), and refuses a call too large to parse', async () => {
    const page = served();
    page.port.postMessage({ id: 1, channel: 'committees:list' });
    page.send('{not json');
    page.send({ channel: 'committees:list' });
    page.send(`{"id":9,"channel":"meeting:batch","input":{"text":"${'x'.repeat(MAX_PORT_MESSAGE)}"}}`);
    // The first answer is the refusal of the large call: nothing was answered before it.
    const reply = await page.next();
    expect(reply.id).toBe(9);
    expect(reply.result.error?.code).toBe('INVALID_INPUT');
    expect(reply.result.error?.message).toMatch(/larger than/);
  });

  it('checks the sender on every message: refused once the frame is not the app', async () => {
    let sender: Sender = { trusted: true };
    const page = served(() => sender);
    page.send({ id: 1, channel: 'committees:list', input: {} });
    expect((await page.next()).result.ok).toBe(true);
    sender = { trusted: false, reason: 'the call came from https://evil.example, not from the app' };
    page.send(edit(2, 'Never saved.'));
    expect(await page.next()).toEqual({
      id: 2,
      result: {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Refused notes:updateParagraph: the call came from https://evil.example, not from the app',
        },
      },
    });
    expect(await readFile(join(dir, 'meetings', `${MEETING}.json`), 'utf8')).not.toContain('Never saved.');
  });
});

describe('SavePorts', () => {
  it('makes a port only for the app’s main frame; a wrong frame gets none', () => {
    const ports = new SavePorts(opened.router, channel);
    const delivered: MessagePort[] = [];
    const wrong: [string, SenderFrameFacts | null][] = [
      ['another origin', { url: 'https://evil.example/', isMainFrame: true }],
      ['a subframe of the app', { url: 'app://scrutineer/index.html', isMainFrame: false }],
      ['a detached frame', { ...APP_FRAME, detached: true }],
      ['a frame that has gone', null],
    ];
    for (const [label, facts] of wrong) {
      const sender = ports.request(
        1,
        () => facts,
        (p) => delivered.push(p),
      );
      expect(sender.trusted, label).toBe(false);
      expect(sender.reason, label).toMatch(/\w/);
    }
    expect(delivered).toEqual([]);
    expect(ports.size).toBe(0);
    expect(channels).toEqual([]);
    expect(
      ports.request(
        1,
        () => APP_FRAME,
        (p) => delivered.push(p),
      ),
    ).toEqual({ trusted: true });
    expect(delivered).toHaveLength(1);
    expect(ports.size).toBe(1);
  });

  it('serves the port it delivered, and refuses its calls once the frame has navigated away', async () => {
    const ports = new SavePorts(opened.router, channel);
    let facts: SenderFrameFacts | null = APP_FRAME;
    let page: PageEnd | undefined;
    ports.request(
      1,
      () => facts,
      (p) => (page = new PageEnd(p)),
    );
    page!.send(edit(1, 'Over the delivered port.'));
    expect((await page!.next()).result).toMatchObject({ ok: true, value: { saved: true } });
    facts = { url: 'https://evil.example/', isMainFrame: true };
    page!.send(edit(2, 'From elsewhere.'));
    expect((await page!.next()).result.error?.code).toBe('FORBIDDEN');
  });

  it('gives a window that asks again a new port and closes its old one; closeAll closes every port', async () => {
    const ports = new SavePorts(opened.router, channel);
    const pages: MessagePort[] = [];
    ports.request(
      1,
      () => APP_FRAME,
      (p) => pages.push(p),
    );
    const firstClosed = new Promise<void>((done) => pages[0]!.once('close', () => done()));
    ports.request(
      1,
      () => APP_FRAME,
      (p) => pages.push(p),
    );
    await firstClosed;
    expect(ports.size).toBe(1);
    ports.request(
      2,
      () => APP_FRAME,
      (p) => pages.push(p),
    );
    expect(ports.size).toBe(2);
    const page = new PageEnd(pages[1]!);
    page.send({ id: 1, channel: 'committees:list', input: {} });
    expect((await page.next()).result.ok).toBe(true);
    ports.closeAll();
    expect(ports.size).toBe(0);
  });

  it('forgets a window whose page end has gone', async () => {
    const ports = new SavePorts(opened.router, channel);
    let page: MessagePort | undefined;
    ports.request(
      3,
      () => APP_FRAME,
      (p) => (page = p),
    );
    expect(ports.size).toBe(1);
    const closed = new Promise<void>((done) => channels[0]!.port1.once('close', () => done()));
    page!.close();
    await closed;
    expect(ports.size).toBe(0);
  });
});
