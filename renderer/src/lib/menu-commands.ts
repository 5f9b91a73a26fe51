// File > Export ... in Electron's menu: the preload passes the command's name (from a fixed list)
// to the page. The screen showing a meeting's minutes handles it; from any other screen of a
// meeting, the command opens that meeting's minutes, which then run it.
import type { MenuCommand } from '$shared/api/channel-names';
import { href, parseHash } from './routes';

declare global {
  interface Window {
    scrutineerMenu?: { onCommand(listener: (command: string) => void): void };
  }
}

type Handler = (command: MenuCommand) => void;

let handler: Handler | null = null;
let pending: MenuCommand | null = null;

function received(command: string): void {
  const cmd = command as MenuCommand;
  if (handler) return handler(cmd);
  const route = parseHash(location.hash);
  if (route && (route.name === 'meeting' || route.name === 'review' || route.name === 'minutes')) {
    pending = cmd;
    location.hash = href.minutes(route.id);
  }
}

/** The minutes screen takes the menu's export commands while it is shown; returns the release. */
export function handleMenuCommands(fn: Handler): () => void {
  handler = fn;
  if (pending) {
    const cmd = pending;
    pending = null;
    queueMicrotask(() => handler?.(cmd));
  }
  return () => {
    if (handler === fn) handler = null;
  };
}

// Listens from the start (the app imports this through the minutes screen), so a menu command
// given on any meeting screen is not lost. Outside Electron there is no menu.
if (typeof window !== 'undefined') window.scrutineerMenu?.onCommand(received);
