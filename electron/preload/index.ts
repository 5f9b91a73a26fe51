// The sandboxed preload: exposes window.scrutineer, one function per API channel, each a single
// ipcRenderer.invoke. Built into ONE CommonJS file (a sandboxed preload cannot be ESM) and importing
// only 'electron' and the dependency-free channel list. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import {
  CHANNEL_NAMES,
  MENU_COMMANDS,
  MENU_EVENT,
  SAVE_PORT_EVENT,
  SAVE_PORT_MESSAGE,
  SAVE_PORT_REQUEST,
} from '$shared/api/channel-names';
import type { Api } from '$shared/api';

// Compile-time proof that the list and the Api type name the same channels (types only: erased).
// If this fails, the error names the channels that are in one but not the other.
type Listed = (typeof CHANNEL_NAMES)[number];
type NotListed = Exclude<keyof Api, Listed>;
type NotInApi = Exclude<Listed, keyof Api>;
const everyApiChannelIsListed: [NotListed] extends [never] ? true : NotListed = true;
const everyListedChannelIsInApi: [NotInApi] extends [never] ? true : NotInApi = true;
void everyApiChannelIsListed;
void everyListedChannelIsInApi;

function buildBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): Api {
  const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    // Exactly one argument crosses: the renderer cannot smuggle extra ones to the handler.
    bridge[channel] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(bridge) as unknown as Api;
}

contextBridge.exposeInMainWorld(
  'scrutineer',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

// Menu commands reach the page as plain names from a fixed list; the event object never crosses.
contextBridge.exposeInMainWorld(
  'scrutineerMenu',
  Object.freeze({
    onCommand(listener: (command: string) => void): void {
      if (typeof listener !== 'function') return;
      ipcRenderer.on(MENU_EVENT, (_event, command: unknown) => {
        if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
      });
    },
  }),
);

// The save port (electron/main/save-port.ts): the page may only ask for it. It arrives here, and as
// contextBridge cannot carry a MessagePort, it is handed to the page by window.postMessage, to this
// page's own origin; the page takes it only from its own window (renderer/src/lib/save-port.ts).
let listening = false;
contextBridge.exposeInMainWorld(
  'scrutineerSavePort',
  Object.freeze({
    request(): void {
      if (!listening) {
        listening = true;
        ipcRenderer.on(SAVE_PORT_EVENT, (event) => {
          if (event.ports.length !== 1) return;
          window.postMessage({ kind: SAVE_PORT_MESSAGE }, window.location.origin, [...event.ports]);
        });
      }
      ipcRenderer.send(SAVE_PORT_REQUEST);
    },
  }),
);
