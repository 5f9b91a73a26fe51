// Glue: one ipcMain.handle per API channel, each through the router's handle() with the sender
// decided by checkSender (the app's own main frame on app://scrutineer/, nothing else).
import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import type { Handler } from '../api/handle';
import { checkSender, type SenderFrameFacts } from './sender-check';

/** What the sender check needs of a frame, read now (null once it has gone). */
export function frameFacts(frame: WebFrameMain | null | undefined): SenderFrameFacts | null {
  if (!frame) return null;
  try {
    return { url: frame.url, isMainFrame: frame.parent === null, detached: frame.detached };
  } catch {
    return null; // Electron throws on a frame disposed of since
  }
}

export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>) {
  return checkSender(frameFacts(event.senderFrame));
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
