/**
 * A limit on the raw memory a worker thread's job may allocate in typed arrays, which a
 * worker's heap limit (resourceLimits) does not cover: their bytes live outside the heap. pdfjs
 * unpacks a PDF's streams into Uint8Arrays it doubles as they grow, so a small flate bomb could
 * take gigabytes before any time limit. Installed only in a worker thread that does nothing
 * else (the PDF worker): each typed-array constructor is wrapped so that a single allocation
 * over `perAllocation` bytes, or allocations adding up to more than `total` bytes in one job
 * (freed or not: an upper bound on what the job can hold), throw, and the job is told why.
 *
 * pdfjs 5 also unpacks flate streams with the native DecompressionStream when there is one:
 * it is removed from the thread (see below), so pdfjs uses its own decoder, into typed arrays.
 *
 * The wrappers are proxies of the real constructors, so `instanceof`, `prototype` and the
 * static methods are those of the real ones. Install after the libraries using them are loaded
 * (their polyfills then patch the real prototypes); calls made later find the wrapped globals.
 */

export interface AllocationLimits {
  perAllocation: number;
  total: number;
}

export type AllocationOverrun = { kind: 'one'; bytes: number } | { kind: 'total'; bytes: number };

export class AllocationRefused extends RangeError {
  constructor(readonly overrun: AllocationOverrun) {
    super(`allocation refused: ${overrun.kind === 'one' ? 'one buffer of' : 'a total of'} ${overrun.bytes} bytes`);
  }
}

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;

interface JobState {
  limits: AllocationLimits;
  allocated: number;
  /** The first limit crossed in this job, kept even if the library catches the error. */
  overrun: AllocationOverrun | null;
}

let job: JobState | null = null;
let installed = false;

/** How many bytes `new T(...args)` allocates (0 for a view on an existing buffer). */
function bytesFor(args: unknown[], perElement: number): number {
  const first = args[0];
  if (typeof first === 'number') return first * perElement;
  if (first instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && first instanceof SharedArrayBuffer))
    return 0;
  if (first && typeof first === 'object' && 'length' in first && typeof first.length === 'number')
    return first.length * perElement;
  return 0; // iterables without a length: rare and small in practice
}

function charge(bytes: number): void {
  if (!job || bytes <= 0) return;
  if (job.overrun) throw new AllocationRefused(job.overrun); // once refused, every later allocation of the job is too
  if (bytes > job.limits.perAllocation) job.overrun = { kind: 'one', bytes };
  else if (job.allocated + bytes > job.limits.total) job.overrun = { kind: 'total', bytes: job.allocated + bytes };
  if (job.overrun) throw new AllocationRefused(job.overrun);
  job.allocated += bytes;
}

/** Wraps the typed-array and ArrayBuffer constructors of this thread (once). */
export function installAllocationCap(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of TYPED_ARRAYS) {
    const real = g[name] as (new (...args: unknown[]) => object) & { BYTES_PER_ELEMENT: number };
    if (typeof real !== 'function') continue;
    const wrapped: object = new Proxy(real, {
      construct(target, args, newTarget) {
        charge(bytesFor(args, target.BYTES_PER_ELEMENT));
        // `new Uint8Array(n)` arrives with newTarget the proxy: build the real thing. A subclass
        // (`class X extends Uint8Array`) keeps its own newTarget.
        return Reflect.construct(target, args, newTarget === wrapped ? target : newTarget);
      },
    });
    g[name] = wrapped;
  }
  const RealArrayBuffer = ArrayBuffer;
  const wrappedBuffer: object = new Proxy(RealArrayBuffer, {
    construct(target, args, newTarget) {
      charge(typeof args[0] === 'number' ? args[0] : 0);
      return Reflect.construct(target, args, newTarget === wrappedBuffer ? target : newTarget);
    },
  });
  g.ArrayBuffer = wrappedBuffer;
  // Without DecompressionStream, pdfjs unpacks flate streams with its own JavaScript decoder,
  // on this thread and into typed arrays, which the cap counts. The native one worked on the
  // libuv pool, which the app's own file writes share: a PDF of many large streams held a save
  // back 0.8 s, and its chunks were made where no cap could count them.
  delete g.DecompressionStream;
}

/** Runs one job under the limits; says whether (and how) it crossed one, even if the error was caught inside. */
export async function withAllocationCap<T>(
  limits: AllocationLimits,
  run: () => Promise<T>,
): Promise<{ value: T | null; overrun: AllocationOverrun | null }> {
  const state: JobState = { limits, allocated: 0, overrun: null };
  job = state;
  try {
    const value = await run();
    return { value: state.overrun ? null : value, overrun: state.overrun };
  } catch (err) {
    if (state.overrun) return { value: null, overrun: state.overrun };
    throw err;
  } finally {
    if (job === state) job = null;
  }
}
