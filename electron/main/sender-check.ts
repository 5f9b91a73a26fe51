// Who may call the API over IPC: only the main frame of a page served from app://scrutineer/.
// Pure, so the rule is tested against forged senders without Electron; ipc.ts reads the frame.
import type { Sender } from '../api/handle';
import { APP_HOST, APP_SCHEME } from './app-url';

/** What ipc.ts knows about the frame that sent a message (null once it has gone). */
export interface SenderFrameFacts {
  url: string;
  /** A top-level frame: no parent. */
  isMainFrame: boolean;
  /** The frame navigated away or was removed while the message was in flight. */
  detached?: boolean;
}

export function checkSender(frame: SenderFrameFacts | null | undefined): Sender {
  if (!frame) return { trusted: false, reason: 'the sending frame has gone' };
  if (frame.detached) return { trusted: false, reason: 'the sending frame is no longer attached' };
  if (!frame.isMainFrame) return { trusted: false, reason: 'the call came from a subframe, not the app window' };
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return { trusted: false, reason: 'the sending frame has no valid URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username || url.password || url.port) {
    return {
      trusted: false,
      reason: `the call came from ${url.origin === 'null' ? url.protocol : url.origin}, not from the app`,
    };
  }
  return { trusted: true };
}
