// The process the kill test kills: the real Store and the real router (every call through
// handle()), answering commands over Node's IPC channel. It loads its modules first and waits
// for "open", so the harness can start the next one while the current one is still working.
import { openServices, type OpenedServices } from '../../electron/host/open-services';

export type ParentMessage =
  { type: 'open'; dataDir: string } | { type: 'call'; id: number; channel: string; input: unknown };
export type ChildMessage =
  | { type: 'loaded' }
  | { type: 'ready'; notices: string[]; problems: unknown[] }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: unknown };

const send = (m: ChildMessage) => process.send?.(m);
let opened: OpenedServices | undefined;

process.on('message', (m: ParentMessage) => {
  void (async () => {
    if (m.type === 'open') {
      try {
        opened = await openServices({ dataDir: m.dataDir, host: 'dev' });
        send({ type: 'ready', notices: opened.services.store.notices, problems: opened.services.store.problems });
      } catch (err) {
        send({ type: 'failed', message: (err as Error).message });
      }
      return;
    }
    const handler = opened?.router.get(m.channel);
    const result = handler
      ? await handler(m.input, { trusted: true })
      : { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No channel ${m.channel}` } };
    send({ type: 'result', id: m.id, result });
  })();
});

// The parent going away (not a kill of this process) ends this one cleanly.
process.on('disconnect', () => void (opened ? opened.close() : Promise.resolve()).finally(() => process.exit(0)));
send({ type: 'loaded' });
