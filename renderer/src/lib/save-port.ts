// Electron only: asks the preload for the save port (electron/main/save-port.ts) and takes it from
// the window message the preload posts, only from this very window, at this page's own origin,
// carrying one port; anything else posted to the window is ignored.
import { SAVE_PORT_MESSAGE } from '$shared/api/channel-names';

declare global {
  interface Window {
    /** The preload's save port bridge (Electron only): ask, and the port arrives as a window message. */
    scrutineerSavePort?: { request(): void };
  }
}

/** Whether a window message is the preload's delivery of the save port. */
export function isSavePortMessage(e: Pick<MessageEvent, 'source' | 'origin' | 'data' | 'ports'>): boolean {
  if (e.source !== window || e.origin !== window.location.origin) return false;
  const data = e.data as { kind?: unknown } | null;
  return typeof data === 'object' && data !== null && data.kind === SAVE_PORT_MESSAGE && e.ports.length === 1;
}

/**
 * Asks for a save port; `received` is called with each port delivered (a new one replaces the
 * old). Answers false where there is no preload bridge (the dev host, a browser).
 */
export function requestSavePort(received: (port: MessagePort) => void): boolean {
  const bridge = window.scrutineerSavePort;
  if (!bridge) return false;
  window.addEventListener('message', (e: MessageEvent) => {
    if (isSavePortMessage(e)) received(e.ports[0]!);
  });
  bridge.request();
  return true;
}
