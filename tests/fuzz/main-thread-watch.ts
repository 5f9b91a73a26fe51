// What a file being read costs the app's own thread: the longest event-loop stall (Node's
// monitorEventLoopDelay, sampling every 10 ms), the time the thread was busy in all (its event
// loop's active time: unlike the stall, this does not grow when a loaded machine keeps the
// thread waiting for a CPU), the longest garbage collection on the thread, and the peak growth
// of the process's resident memory (every thread's, the readers' workers included).
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before a watch (`collect`), so that the garbage the test made generating a
// large file is not collected inside the window and counted against the read.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface MainThreadCost {
  /** The longest the event loop was late, in ms. */
  stallMs: number;
  /** The time the event loop was busy (not waiting for events), in ms, in all. */
  busyMs: number;
  /** The longest garbage collection on this thread meanwhile, in ms (part of any stall). */
  gcMs: number;
  /** Peak resident memory above what it was when watching started, in MB. */
  rssGrowthMb: number;
}

const MB = 1024 * 1024;

export function watchMainThread(options: { collect?: boolean } = {}): { stop(): MainThreadCost } {
  if (options.collect) collect();
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
    stop() {
      clearInterval(sampler);
      delay.disable();
      gc.disconnect();
      peak = Math.max(peak, process.memoryUsage.rss());
      return { stallMs: delay.max / 1e6, busyMs: performance.eventLoopUtilization(loop).active, gcMs, rssGrowthMb: (peak - start) / MB };
    },
  };
}
