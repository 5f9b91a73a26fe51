// A worker for the allocation-cap test: installs the cap on its own thread (as the PDF worker
// does), then allocates within and past small limits and reports what happened.
import { parentPort } from 'node:worker_threads';
import {
  installAllocationCap,
  withAllocationCap,
  type AllocationOverrun,
} from '../../../electron/services/workers/allocation-cap';

installAllocationCap();

const KB = 1024;
const MB = 1024 * KB;
const limits = { perAllocation: 1 * MB, total: 3 * MB };

type Outcome = { value: string | null; overrun: AllocationOverrun | null };

export interface CapCheck {
  small: Outcome;
  one: Outcome;
  total: Outcome;
  caughtInside: Outcome;
  afterJob: number;
  behaviour: Record<string, boolean>;
}

async function check(): Promise<CapCheck> {
  const small = await withAllocationCap(limits, async () => {
    new Uint8Array(512 * KB);
    new Float64Array(16 * KB);
    return 'ok';
  });
  const one = await withAllocationCap(limits, async () => {
    new Uint8Array(2 * MB);
    return 'not refused';
  });
  const total = await withAllocationCap(limits, async () => {
    for (let i = 0; i < 10; i++) new Int32Array((768 * KB) / 4);
    return 'not refused';
  });
  // A library that catches the error and carries on is still refused, with the first overrun.
  const caughtInside = await withAllocationCap(limits, async () => {
    try {
      new Uint8Array(4 * MB);
    } catch {
      /* swallowed, as pdfjs does with errors in some streams */
    }
    return 'carried on';
  });
  const afterJob = new Uint8Array(4 * MB).length; // outside a job: no limit
  class Sub extends Uint8Array {}
  const real = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const buffer = new ArrayBuffer(16);
  const behaviour = {
    instanceOf: Buffer.from('x') instanceof Uint8Array && new Uint8Array(2) instanceof Uint8Array,
    prototypeShared:
      Object.getPrototypeOf(new Uint8Array(1)) === Uint8Array.prototype &&
      Object.getPrototypeOf(Uint8Array.prototype) === real,
    staticFrom: Uint8Array.from([1, 2, 3]).length === 3,
    subclass: new Sub(4) instanceof Sub && new Sub(4).length === 4,
    view: new Uint8Array(buffer, 4, 8).length === 8,
    buffer: buffer instanceof ArrayBuffer && buffer.byteLength === 16,
    noDecompressionStream: typeof (globalThis as { DecompressionStream?: unknown }).DecompressionStream === 'undefined',
  };
  return { small, one, total, caughtInside, afterJob, behaviour };
}

parentPort?.on('message', ({ id }: { id: number }) => {
  void check().then((value) => parentPort?.postMessage({ id, value }));
});
