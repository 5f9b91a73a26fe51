// The command socket's own thread: it holds the WebSocket to the dev host, or in Electron the main
// process's save port, and passes messages both ways as text, so a save costs the page's main
// thread one postMessage, not a socket send or an IPC call.
/// <reference lib="webworker" />

export type ToSocketWorker =
  { kind: 'connect'; url: string } | { kind: 'port'; port: MessagePort } | { kind: 'send'; text: string };
export type FromSocketWorker = { kind: 'open' } | { kind: 'closed' } | { kind: 'answer'; text: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromSocketWorker) => scope.postMessage(m);
let ws: WebSocket | null = null;
let port: MessagePort | null = null;

function connect(url: string): void {
  if (ws && (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN)) return;
  const socket = new WebSocket(url);
  socket.onopen = () => post({ kind: 'open' });
  socket.onmessage = (e) => {
    if (typeof e.data === 'string') post({ kind: 'answer', text: e.data });
  };
  socket.onclose = () => {
    if (ws === socket) ws = null;
    post({ kind: 'closed' });
  };
  ws = socket;
}

/** Electron's save port: open at once; a newer port replaces it. */
function usePort(next: MessagePort): void {
  port?.close();
  port = next;
  next.onmessage = (e) => {
    if (typeof e.data === 'string') post({ kind: 'answer', text: e.data });
  };
  // Where the browser reports a port whose other end has gone, calls fall back to IPC.
  next.addEventListener('close', () => {
    if (port !== next) return;
    port = null;
    post({ kind: 'closed' });
  });
  post({ kind: 'open' });
}

scope.onmessage = (e: MessageEvent<ToSocketWorker>) => {
  const m = e.data;
  if (m.kind === 'connect') connect(m.url);
  else if (m.kind === 'port') usePort(m.port);
  else if (port) port.postMessage(m.text);
  else if (ws?.readyState === WebSocket.OPEN) ws.send(m.text);
  // The socket closed since the page last heard: it fails what is in flight and uses fetch.
  else post({ kind: 'closed' });
};
