// What a file being read costs the app's own thread: the longest event-loop stall (Node's
// monitorEventLoopDelay, sampling every 10 ms), the time the thread was busy in all (its event
// loop's active time), the longest garbage collection on the thread, and the peak growth of
// the process's resident memory (every thread's, the readers' workers included).
//
// On a machine shared with other work, a thread can wait for a CPU longer than 50 ms with
// nothing wrong in it. So a control thread, which does nothing but time its own event loop, is
// watched over the same window: its longest stall is what the machine alone did to a thread
// meanwhile, and allowedStallMs() bounds the app thread's stall by it.
import { Worker } from 'node:worker_threads';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before a watch (`collect`), so that the garbage the test made generating a
// large file is not collected inside the window and counted against the read.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface MainThreadCost {
  /** The longest the app thread's event loop was late, in ms. */
  stallMs: number;
  /** The longest the idle control thread's event loop was late meanwhile, in ms: the machine's doing. */
  controlStallMs: number;
  /** The time the event loop was busy (not waiting for events), in ms, in all. */
  busyMs: number;
  /** The longest garbage collection on this thread meanwhile, in ms (part of any stall). */
  gcMs: number;
  /** Peak resident memory above what it was when watching started, in MB. */
  rssGrowthMb: number;
}

/** The target for the app thread (architecture.md asks it of IPC). */
export const STALL_TARGET_MS = 50;

/** The target, plus twice what the machine did to an idle thread over the same window. */
export function allowedStallMs(cost: MainThreadCost): number {
  return STALL_TARGET_MS + 2 * cost.controlStallMs;
}

const MB = 1024 * 1024;

const CONTROL_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
parentPort.on('message', (m) => {
  if (m === 'reset') { delay.reset(); parentPort.postMessage(0); }
  else parentPort.postMessage(delay.max / 1e6);
});`;

let control: Worker | null = null;

function ask(message: 'reset' | 'max'): Promise<number> {
  control ??= new Worker(CONTROL_SOURCE, { eval: true });
  const w = control;
  w.ref();
  return new Promise<number>((resolve) => {
    w.once('message', (value: number) => {
      w.unref();
      resolve(value);
    });
    w.postMessage(message);
  });
}

/** Stops the control thread (after the last watch). */
export async function stopWatching(): Promise<void> {
  const w = control;
  control = null;
  if (w) await w.terminate();
}

export async function watchMainThread(
  options: { collect?: boolean } = {},
): Promise<{ stop(): Promise<MainThreadCost> }> {
  if (options.collect) collect();
  await ask('reset');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs = Math.max(gcMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const start = process.memoryUsage.rss();
  const loop = performance.eventLoopUtilization();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  return {
    async stop() {
      clearInterval(sampler);
      delay.disable();
      gc.disconnect();
      peak = Math.max(peak, process.memoryUsage.rss());
      const busyMs = performance.eventLoopUtilization(loop).active;
      const controlStallMs = await ask('max');
      return { stallMs: delay.max / 1e6, controlStallMs, busyMs, gcMs, rssGrowthMb: (peak - start) / MB };
    },
  };
}
