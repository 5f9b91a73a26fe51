/**
 * Runs jobs on one reusable worker thread, one job at a time. A job that overruns its time is
 * stopped by terminating the worker; a worker that dies (a crash, or memory beyond its limit)
 * fails only the job it was running; a worker that answers with `retire` is replaced; the next
 * job starts a fresh worker. While idle the worker does not keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from './worker-script';

export type WorkerOutcome<T> =
  { ok: true; value: T } | { ok: false; reason: 'timeout' | 'crashed' | 'unavailable'; detail: string };

export interface WorkerClientOptions {
  /** A job taking longer than this is abandoned and the worker terminated. */
  timeoutMs: number;
  /** The worker's heap limit: a runaway file exhausts the worker, not the app. */
  maxHeapMb?: number;
}

interface Reply<T> {
  id: number;
  value: T;
  /** The worker asks to be replaced after this job (it may hold what the job left behind). */
  retire?: boolean;
}

export class WorkerClient<Req, Res> {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(
    private readonly script: WorkerScript,
    private readonly options: WorkerClientOptions,
  ) {}

  run(request: Req, transfer: ArrayBuffer[] = []): Promise<WorkerOutcome<Res>> {
    const job = this.queue.then(() => this.runNow(request, transfer));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Stops the worker (if any); the next job starts a new one. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker {
    const script = this.script;
    const w = new Worker(script.path, {
      ...(script.workerData ? { workerData: script.workerData } : {}),
      ...(this.options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } } : {}),
    });
    w.unref();
    // A worker that exits between jobs is simply replaced by the next job.
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
    });
    w.on('error', () => undefined);
    this.worker = w;
    return w;
  }

  private runNow(request: Req, transfer: ArrayBuffer[]): Promise<WorkerOutcome<Res>> {
    let w: Worker;
    try {
      w = this.worker ?? this.start();
    } catch (err) {
      // The worker cannot be started at all: an installation fault, not the caller's input.
      return Promise.resolve({ ok: false, reason: 'unavailable', detail: (err as Error).message });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: WorkerOutcome<Res>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        resolve(outcome);
      };
      const drop = (): void => {
        if (this.worker === w) this.worker = null;
        void w.terminate();
      };
      const onMessage = (reply: Reply<Res>): void => {
        if (reply.id !== id) return;
        if (reply.retire) drop();
        finish({ ok: true, value: reply.value });
      };
      const onError = (err: Error & { code?: string }): void => {
        drop();
        // The worker's file, or a module it loads, is missing: an installation fault, not the input.
        const missing = err.code === 'MODULE_NOT_FOUND' || err.code === 'ERR_MODULE_NOT_FOUND';
        finish({ ok: false, reason: missing ? 'unavailable' : 'crashed', detail: err.message });
      };
      const onExit = (code: number): void => {
        drop();
        finish({ ok: false, reason: 'crashed', detail: `the worker exited (code ${code})` });
      };
      const timer = setTimeout(() => {
        drop();
        finish({ ok: false, reason: 'timeout', detail: `no answer within ${this.options.timeoutMs} ms` });
      }, this.options.timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.ref();
      w.postMessage({ id, request }, transfer);
    });
  }
}
