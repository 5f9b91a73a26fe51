// Electron's save port, the glue (electron/main/save-port-ipc.ts) against the fake 'electron',
// whose MessageChannelMain is node:worker_threads' MessageChannel behind MessagePortMain's shape:
// the request is answered only to the app's main frame, with a port posted to that frame, and
// calls on the port reach the real services.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import { fake, resetFakeElectron, type FakeMessagePortMain } from '../helpers/fake-electron';
import { registerSavePort } from '../../electron/main/save-port-ipc';
import { openServices, type OpenedServices } from '../../electron/host/open-services';
import { SAVE_PORT_EVENT, SAVE_PORT_REQUEST } from '$shared/api/channel-names';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample');

/** A WebFrameMain as the glue reads it, recording what is posted to it. */
function frame(url: string, parent: unknown = null) {
  return {
    url,
    parent,
    detached: false,
    posted: [] as { channel: string; message: unknown; transfer: FakeMessagePortMain[] }[],
    postMessage(channel: string, message: unknown, transfer: FakeMessagePortMain[] = []) {
      this.posted.push({ channel, message, transfer });
    },
  };
}

/** A WebContents as the glue reads it: an id, and its 'destroyed' event. */
function contents(id: number) {
  const listeners: (() => void)[] = [];
  return {
    id,
    once: (event: string, l: () => void) => void (event === 'destroyed' && listeners.push(l)),
    destroy: () => listeners.splice(0).forEach((l) => l()),
  };
}

function ask(senderFrame: ReturnType<typeof frame> | null, sender = contents(1)) {
  fake.ipcMain.listeners.emit(SAVE_PORT_REQUEST, { senderFrame, sender });
}

function nextAnswer(port: FakeMessagePortMain): Promise<{ id: number; result: { ok: boolean } }> {
  return new Promise((done) => port.node.once('message', (m: string) => done(JSON.parse(m))));
}

let dir: string;
let cleanup: () => Promise<void>;
let opened: OpenedServices;
let logged: string[];
let unregister: () => void;

beforeEach(async () => {
  resetFakeElectron();
  ({ dir, cleanup } = await tempDir('scrutineer-port-ipc-'));
  opened = await openServices({ dataDir: dir, host: 'electron', sampleDir: SAMPLE });
  logged = [];
  unregister = registerSavePort(opened.router, (m) => logged.push(m));
});
afterEach(async () => {
  unregister();
  resetFakeElectron();
  await opened.close();
  await cleanup();
});

describe('the save port in Electron (fake electron, real services)', () => {
  it("posts a port to the app's main frame on request, and answers calls on it", async () => {
    expect(fake.ipcMain.on).toHaveBeenCalledWith(SAVE_PORT_REQUEST, expect.any(Function));
    const main = frame('app://scrutineer/index.html');
    ask(main);
    expect(main.posted).toHaveLength(1);
    const { channel, message, transfer } = main.posted[0]!;
    expect(channel).toBe(SAVE_PORT_EVENT);
    expect(message).toBeNull();
    expect(transfer).toHaveLength(1);
    const page = transfer[0]!;
    const answer = nextAnswer(page);
    page.node.postMessage(JSON.stringify({ id: 12, channel: 'committees:list', input: {} }));
    expect(await answer).toMatchObject({ id: 12, result: { ok: true } });
    expect(logged).toEqual([]);
  });

  it.each([
    ['another origin', () => frame('https://evil.example/')],
    ['a subframe of the app', () => frame('app://scrutineer/index.html', frame('app://scrutineer/index.html'))],
    ['a frame that has gone', () => null],
  ])('makes no port for %s, and logs the refusal', (_label, make) => {
    const f = make();
    ask(f);
    expect(f?.posted ?? []).toEqual([]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Scrutineer refused a save port: /);
  });

  it('refuses calls on the port once its frame has navigated away from the app', async () => {
    const main = frame('app://scrutineer/index.html');
    ask(main);
    const page = main.posted[0]!.transfer[0]!;
    main.url = 'https://evil.example/';
    const answer = nextAnswer(page);
    page.node.postMessage(JSON.stringify({ id: 1, channel: 'committees:list', input: {} }));
    expect(await answer).toMatchObject({ id: 1, result: { ok: false, error: { code: 'FORBIDDEN' } } });
  });

  it("closes a window's port when the window asks again or is destroyed, and every port when unregistered", async () => {
    const window1 = contents(1);
    const main = frame('app://scrutineer/index.html');
    ask(main, window1);
    ask(main, window1);
    const [first, second] = main.posted.map((p) => p.transfer[0]!);
    await new Promise<void>((done) => first!.node.once('close', () => done()));
    const secondClosed = new Promise<void>((done) => second!.node.once('close', () => done()));
    window1.destroy();
    await secondClosed;

    const other = frame('app://scrutineer/index.html');
    ask(other, contents(2));
    const third = other.posted[0]!.transfer[0]!;
    const thirdClosed = new Promise<void>((done) => third.node.once('close', () => done()));
    unregister();
    await thirdClosed;
    expect(fake.ipcMain.listeners.count(SAVE_PORT_REQUEST)).toBe(0);
    unregister = () => undefined;
  });
});
