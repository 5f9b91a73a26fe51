// A fake 'electron' module for the glue's unit tests (vi.mock('electron', ...)): it records what the
// glue asks of Electron and lets a test play the part of Chromium (fire events, call handlers).
// Only what the glue uses is here; anything else is undefined, so a new dependency shows up at once.
import { vi } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fake listener takes whatever Chromium would pass
type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) => l(...args));
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** What Chromium passes to navigation listeners: the test checks preventDefault was called. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  const preventDefault = vi.fn();
  return { preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 };
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  readonly spellcheckCalls: string[] = [];
  readonly protocol = {
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      this.protocolHandlers.set(scheme, handler);
    }),
  };
  setPermissionRequestHandler(h: Listener | null) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Listener | null) {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: Listener | null) {
    this.devicePermissionHandler = h;
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.spellcheckCalls.push(`url:${url}`);
  }
  setSpellCheckerLanguages(languages: string[]) {
    this.spellcheckCalls.push(`languages:${languages.join(',')}`);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
}

export class FakeBrowserWindow extends Emitter {
  static created: FakeBrowserWindow[] = [];
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.created[FakeBrowserWindow.created.length - 1] ?? null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;
  focused = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  loadFile(): Promise<void> {
    throw new Error('the app must load app://, never a file');
  }
  show() {
    this.shown = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused = true;
  }
}

/**
 * MessagePortMain played by a node:worker_threads port: messages arrive as `{ data, ports }` and
 * are held until start(), as Electron's do. `node` is the real port behind it, for the test.
 */
export class FakeMessagePortMain extends Emitter {
  private started = false;
  private readonly held: unknown[] = [];
  constructor(readonly node: MessagePort) {
    super();
    node.on('message', (data: unknown) => {
      if (this.started) this.emit('message', { data, ports: [] });
      else this.held.push(data);
    });
    node.on('close', () => this.emit('close'));
  }
  start() {
    this.started = true;
    for (const data of this.held.splice(0)) this.emit('message', { data, ports: [] });
  }
  postMessage(message: unknown) {
    this.node.postMessage(message);
  }
  close() {
    this.node.close();
  }
}

export class FakeMessageChannelMain {
  static made: FakeMessageChannelMain[] = [];
  readonly port1: FakeMessagePortMain;
  readonly port2: FakeMessagePortMain;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port1 = new FakeMessagePortMain(port1);
    this.port2 = new FakeMessagePortMain(port2);
    FakeMessageChannelMain.made.push(this);
  }
}

export class FakeApp extends Emitter {
  gotLock = true;
  isPackaged = false;
  appPath = process.cwd();
  userData = '/nonexistent/userData';
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((r) => (this.readyResolve = r));
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  whenReady() {
    return this.ready;
  }
  /** Plays Chromium: the app is ready. */
  becomeReady() {
    this.readyResolve();
  }
  getAppPath() {
    return this.appPath;
  }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`fake app: getPath(${name}) not faked`);
    return this.userData;
  }
  getName() {
    return 'Scrutineer';
  }
  getVersion() {
    return '0.1.0';
  }
}

export function createFakeElectron() {
  const defaultSession = new FakeSession();
  const ipcHandlers = new Map<string, Listener>();
  const ipcListeners = new Emitter();
  const exposed = new Map<string, unknown>();
  return {
    /** Resets this very fake in place (reach it through `await import('electron')` after vi.resetModules). */
    reset: () => resetFakeElectron(),
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, fn: Listener) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, fn);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
      /** ipcMain.on's listeners: a test sends a message with `listeners.emit(channel, event)`. */
      listeners: ipcListeners,
      on: vi.fn((channel: string, fn: Listener) => ipcListeners.on(channel, fn)),
      removeListener: vi.fn((channel: string, fn: Listener) => {
        ipcListeners.listeners.set(
          channel,
          (ipcListeners.listeners.get(channel) ?? []).filter((l) => l !== fn),
        );
      }),
    },
    MessageChannelMain: FakeMessageChannelMain,
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
      send: vi.fn(),
      on: vi.fn(),
    },
    contextBridge: { exposed, exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    dialog: {
      showMessageBoxSync: vi.fn((_options: Record<string, unknown>) => 0),
      showErrorBox: vi.fn((_title: string, _content: string) => undefined),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown) => undefined),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The one fake every test file shares through vi.mock; reset it in beforeEach. */
export const fake: FakeElectron = createFakeElectron();

export function resetFakeElectron(): FakeElectron {
  const next = createFakeElectron();
  // Replace the contents, not the object: the mocked module holds a reference to `fake`.
  for (const key of Object.keys(next) as (keyof FakeElectron)[]) (fake as Record<string, unknown>)[key] = next[key];
  FakeBrowserWindow.created = [];
  for (const channel of FakeMessageChannelMain.made.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
  return fake;
}
