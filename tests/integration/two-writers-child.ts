// A second Scrutineer process for tests/integration/two-writers.test.ts. It loads, says READY,
// waits for GO on stdin (so several start at the same instant), then tries to open the data folder.
// Arguments: dataDir hold [meetingId paragraphs]; hold is milliseconds, or "told" to hold the
// folder until a second line arrives on stdin.
import { createInterface } from 'node:readline';
import { Store } from '../../electron/services/store/store';

const [dataDir, hold, meetingId, paragraphs] = process.argv.slice(2) as [
  string,
  string,
  string | undefined,
  string | undefined,
];
const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise<void>((go) => lines.once('line', () => go()));
console.log('READY');
await nextLine();
try {
  const store = await Store.open({ dataDir: dataDir });
  console.log(`OPENED ${JSON.stringify(store.notices)}`);
  if (meetingId) {
    const itemId = store.meeting(meetingId).agenda[0]!.id;
    for (let i = 0; i < Number(paragraphs ?? 1); i++) {
      const text = `paragraph ${i} from process ${process.pid}`;
      const ack = await store.command(meetingId, 'notes:addParagraph', {
        itemId,
        paragraphId: globalThis.crypto.randomUUID(),
        content: [{ t: 'text', text }],
      });
      if (ack.saved) console.log(`SAVED ${text}`);
    }
  }
  await (hold === 'told' ? nextLine() : new Promise((r) => setTimeout(r, Number(hold))));
  await store.close();
  console.log('CLOSED');
} catch (err) {
  console.log(`${(err as { code?: string }).code}: ${(err as Error).message}`);
}
lines.close();
