// Glue: the save port (save-port.ts) in Electron. The page asks with SAVE_PORT_REQUEST; for a
// frame that passes the sender check, a MessageChannelMain is made, one end served here and the
// other posted to that frame (the preload hands it to the page's save worker).
import { ipcMain, MessageChannelMain, type IpcMainEvent, type MessagePortMain } from 'electron';
import { SAVE_PORT_EVENT, SAVE_PORT_REQUEST } from '$shared/api/channel-names';
import type { Handler } from '../api/handle';
import { frameFacts } from './ipc';
import { SavePorts, type MainPortEnd } from './save-port';

/** MessagePortMain as save-port.ts uses a port: its messages arrive as `{ data }` and wait for start(). */
export function mainPortEnd(port: MessagePortMain): MainPortEnd {
  return {
    onMessage(listener) {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
    onClose: (listener) => void port.on('close', listener),
    post: (text) => port.postMessage(text),
    close: () => port.close(),
  };
}

/** Answers save port requests; returns a function that stops and closes every port. */
export function registerSavePort(
  router: ReadonlyMap<string, Handler>,
  log: (message: string) => void = (m) => console.warn(m),
): () => void {
  const ports = new SavePorts<MessagePortMain>(router, () => {
    const { port1, port2 } = new MessageChannelMain();
    return { main: mainPortEnd(port1), page: port2 };
  });
  const watched = new Set<number>();
  const onRequest = (event: IpcMainEvent) => {
    const frame = event.senderFrame;
    const windowId = event.sender.id;
    const sender = ports.request(
      windowId,
      () => frameFacts(frame),
      (port) => frame!.postMessage(SAVE_PORT_EVENT, null, [port]),
    );
    if (!sender.trusted) return log(`Scrutineer refused a save port: ${sender.reason ?? 'not the app'}`);
    if (watched.has(windowId)) return;
    watched.add(windowId);
    event.sender.once('destroyed', () => {
      watched.delete(windowId);
      ports.closeWindow(windowId);
    });
  };
  ipcMain.on(SAVE_PORT_REQUEST, onRequest);
  return () => {
    ipcMain.removeListener(SAVE_PORT_REQUEST, onRequest);
    ports.closeAll();
  };
}
