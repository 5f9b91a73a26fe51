// Hostile agenda files (issue 12, break 1), generated here in well under a second each: a
// 553 KB Word file of 5 million tiny paragraphs (it grew the app to 4.7 GB and killed it), a
// 3-million-style styles.xml, 300 MB of text in an 800 KB file (it blocked saves for 18 s),
// with honest and with lying sizes, a DOCTYPE, and PDFs whose streams unpack to gigabytes.
// Each must be refused in words naming the limit, quickly, with the process's memory bounded,
// while the app's own thread stays free: its event loop is watched and a meeting is being saved
// every 20 ms throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../electron/services/store/store';
import { importAgendaBytes } from '../../electron/services/import/import-agenda';
import { closeImportWorkers } from '../../electron/services/import/in-worker';
import { newId } from '$shared/domain';
import { tempDir } from '../helpers/temp-dir';
import { testCommittee, testMeeting } from '../helpers/meetings';
import {
  bigTextDocx,
  doctypeDocx,
  flateBombPdf,
  hugeStylesDocx,
  manyParagraphsDocx,
  manyStreamsPdf,
  type HostileFile,
} from '../fuzz/hostile-files';
import { allowedStallMs, stopWatching, watchMainThread } from '../fuzz/main-thread-watch';

/**
 * The app's thread must not stall: the target is 50 ms (what architecture.md asks of IPC).
 * This 2-core machine is shared with other suites, which can keep any thread waiting for a CPU
 * longer than that; so an idle control thread is watched over the same window, and the stall
 * allowed is the target plus twice the control's (allowedStallMs). Both figures are printed.
 * Saves go on meanwhile: each is answered within the store's 250 ms promise, plus four times
 * the control's stall (a save hops between this thread and the file-system pool several times).
 */
const SAVE_MS = 250;
const SAVE_HOPS = 4;
/** The whole process's resident memory (the reading worker included) may grow by at most this. */
const RSS_GROWTH_MB = 900;

interface Case {
  make: () => Promise<HostileFile> | HostileFile;
  code: string;
  words: RegExp;
  /** Time to refuse it, generous for a loaded machine (measured figures are printed). */
  withinMs: number;
}

const CASES: Case[] = [
  {
    make: () => manyParagraphsDocx(5_000_000),
    code: 'TOO_LARGE',
    words:
      /^agenda\.docx is too large to read: with word\/document\.xml its Word XML holds more than 250,000 elements \(a 150-page agenda pack has about 21,000\)\. Import the agenda pages only/,
    withinMs: 10_000,
  },
  {
    make: () => hugeStylesDocx(3_000_000),
    code: 'TOO_LARGE',
    words: /^agenda\.docx is too large to read: with word\/styles\.xml its Word XML holds more than 250,000 elements/,
    withinMs: 10_000,
  },
  {
    make: () => bigTextDocx(300),
    code: 'TOO_LARGE',
    words: /^agenda\.docx is too large to read: its parts would take more than 200 MB unpacked/,
    withinMs: 5_000,
  },
  {
    make: () => bigTextDocx(300, true),
    code: 'DAMAGED_DOCX',
    words:
      /^agenda\.docx is damaged: its part word\/document\.xml unpacks to more than the size the file declares for it/,
    withinMs: 5_000,
  },
  {
    make: () => bigTextDocx(150),
    code: 'TOO_LARGE',
    words:
      /^agenda\.docx is too large to read: with word\/document\.xml its Word XML runs to more than 64,000,000 characters/,
    withinMs: 10_000,
  },
  {
    make: () => doctypeDocx(),
    code: 'DAMAGED_DOCX',
    words: /^agenda\.docx cannot be read: its part word\/document\.xml carries a document type declaration \(DOCTYPE\)/,
    withinMs: 5_000,
  },
  {
    make: () => flateBombPdf(1),
    code: 'TOO_LARGE',
    words: /^agenda\.pdf is too large to read: one of its parts would take more than 128 MB unpacked/,
    withinMs: 10_000,
  },
  {
    make: () => manyStreamsPdf(40, 100),
    code: 'TOO_LARGE',
    words: /^agenda\.pdf is too large to read: its contents would take more than 512 MB unpacked/,
    withinMs: 20_000,
  },
  {
    make: () => ({
      label: '20 million one-letter lines of text',
      name: 'agenda.txt',
      bytes: new TextEncoder().encode('a\n'.repeat(20_000_000)),
    }),
    code: 'TOO_LARGE',
    words: /^agenda\.txt is too large to read: its text runs to more than 5,000,000 characters/,
    withinMs: 10_000,
  },
  {
    make: () => ({
      label: '60,000 short lines of text',
      name: 'agenda.txt',
      bytes: new TextEncoder().encode('Item\n'.repeat(60_000)),
    }),
    code: 'TOO_LARGE',
    words: /^agenda\.txt is too large to read: its text runs to more than 50,000 lines/,
    withinMs: 10_000,
  },
];

let cleanup: () => Promise<void>;
let store: Store;
let meetingId = '';
let paragraphId = '';
const report: string[] = [];

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  store = await Store.open({ dataDir: temp.dir });
  const committee = testCommittee();
  await store.changeCommittees((f) => ({ ...f, committees: [committee] }));
  const meeting = testMeeting(committee.id);
  await store.addMeeting(meeting);
  meetingId = meeting.id;
  paragraphId = newId();
  await store.command(meetingId, 'notes:addParagraph', {
    itemId: meeting.agenda[0]!.id,
    paragraphId,
    content: [{ t: 'text', text: 'First words.' }],
  });
  // Start both workers (from source they compile for a second or two), so the figures are the files' own.
  const fixtures = join(import.meta.dirname, '../fixtures/agendas');
  for (const name of ['table-agenda.docx', 'table-agenda.pdf']) {
    const r = await importAgendaBytes(await readFile(join(fixtures, name)), name);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  }
}, 60_000);

afterAll(async () => {
  console.log(
    `hostile agenda files (stall: the app thread's longest event-loop delay, beside an idle control thread's over the same window; GC: the app thread's longest garbage collection; busy: its event loop's active time in all, saves included; RSS: the process's peak growth):\n${report.join('\n')}`,
  );
  await closeImportWorkers();
  await stopWatching();
  await store.close();
  await cleanup();
});

describe('hostile agenda files are refused in words, fast, with memory bounded and saves going on', () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.words.source.slice(1, 90).replace(/\\/g, '')}...`, { timeout: 60_000 }, async () => {
      const file = await c.make();
      const saves: number[] = [];
      let reading = true;
      const watch = await watchMainThread({ collect: true });
      const started = performance.now();
      const result = importAgendaBytes(file.bytes, file.name).finally(() => (reading = false));
      // Typing goes on while the file is read: every save must be answered within the promise.
      const typing = (async () => {
        for (let i = 0; reading; i++) {
          const t = performance.now();
          const ack = await store.command(meetingId, 'notes:updateParagraph', {
            paragraphId,
            content: [{ t: 'text', text: `Words typed while a file is read, ${i}.` }],
          });
          saves.push(performance.now() - t);
          expect(ack.saved).toBe(true);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const r = await result;
      const ms = performance.now() - started;
      await typing;
      const cost = await watch.stop();
      const slowestSave = Math.max(0, ...saves);
      report.push(
        `  ${file.label} (${Math.round(file.bytes.length / 1024)} KB): ${r.ok ? 'READ' : r.error.code} in ${ms.toFixed(0)} ms; ` +
          `stall ${cost.stallMs.toFixed(0)} ms (idle control thread ${cost.controlStallMs.toFixed(0)} ms, GC ${cost.gcMs.toFixed(0)} ms), busy ${cost.busyMs.toFixed(0)} ms; RSS +${cost.rssGrowthMb.toFixed(0)} MB; ${saves.length} saves, slowest ${slowestSave.toFixed(0)} ms`,
      );
      expect(r.ok ? 'read' : r.error.code).toBe(c.code);
      expect(r.ok ? '' : r.error.message).toMatch(c.words);
      expect(ms).toBeLessThan(c.withinMs);
      expect(cost.stallMs).toBeLessThan(allowedStallMs(cost));
      expect(cost.rssGrowthMb).toBeLessThan(RSS_GROWTH_MB);
      expect(saves.length).toBeGreaterThan(0);
      expect(slowestSave).toBeLessThan(SAVE_MS + SAVE_HOPS * cost.controlStallMs);
    });
  }
});
