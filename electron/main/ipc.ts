// Glue: one ipcMain.handle per API channel, each through the router's handle() with the sender
// decided by checkSender (the app's own main frame on app://scrutineer/, nothing else).
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handler } from '../api/handle';
import { checkSender } from './sender-check';

export function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  if (!frame) return checkSender(null);
  return checkSender({ url: frame.url, isMainFrame: frame.parent === null, detached: frame.detached });
}

/** Registers every channel of the router; returns a function that removes them again. */
export function registerIpc(router: ReadonlyMap<string, Handler>): () => void {
  for (const [channel, handler] of router) {
    // Only the first argument is the input: extra arguments are ignored, never passed on.
    ipcMain.handle(channel, (event, input: unknown) => handler(input, senderOf(event)));
  }
  return () => {
    for (const channel of router.keys()) ipcMain.removeHandler(channel);
  };
}
