// The worker thread runner used for PDF reading: answers in order, stops a job that overruns,
// survives a worker that dies, and starts a fresh worker for the next job.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { WorkerClient } from '../../electron/services/workers/worker-client';
import { fromSource } from '../../electron/services/workers/worker-script';
import type { TestRequest } from '../helpers/workers/test.worker';

const script = fromSource(join(import.meta.dirname, '../helpers/workers/test.worker.ts'));
let client: WorkerClient<TestRequest, string> | null = null;

function make(timeoutMs = 20_000): WorkerClient<TestRequest, string> {
  client = new WorkerClient<TestRequest, string>(script, { timeoutMs });
  return client;
}

afterEach(async () => {
  await client?.close();
});

describe('WorkerClient', () => {
  it('answers jobs in the order they were asked, on one reused worker', async () => {
    const c = make();
    const [a, b, first, second] = await Promise.all([
      c.run({ op: 'echo', text: 'apologies' }),
      c.run({ op: 'echo', text: 'declarations' }),
      c.run({ op: 'pid' }),
      c.run({ op: 'pid' }),
    ]);
    expect(a).toEqual({ ok: true, value: 'APOLOGIES' });
    expect(b).toEqual({ ok: true, value: 'DECLARATIONS' });
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
  });

  it('stops a job that overruns its time, then runs the next one on a fresh worker', async () => {
    const c = make(1_500);
    const before = await c.run({ op: 'pid' });
    const hung = await c.run({ op: 'hang' });
    expect(hung).toMatchObject({ ok: false, reason: 'timeout' });
    const after = await c.run({ op: 'pid' });
    expect(after.ok).toBe(true);
    expect(before.ok && after.ok && before.value !== after.value).toBe(true);
  });

  it('fails only the job whose worker died, and carries on', async () => {
    const c = make();
    const [dead, next] = await Promise.all([c.run({ op: 'exit' }), c.run({ op: 'echo', text: 'minutes' })]);
    expect(dead).toMatchObject({ ok: false, reason: 'crashed' });
    expect(next).toEqual({ ok: true, value: 'MINUTES' });
  });

  it('replaces a worker that answers and asks to be retired (the PDF worker, after a file past its memory limits)', async () => {
    const c = make();
    const retired = await c.run({ op: 'retire' });
    const next = await c.run({ op: 'pid' });
    expect(retired.ok && next.ok && retired.value !== next.value).toBe(true);
    const again = await c.run({ op: 'pid' });
    expect(next.ok && again.ok && next.value === again.value).toBe(true);
  });

  it('says the worker is unavailable when its file cannot be found, rather than blaming the input', async () => {
    client = new WorkerClient<TestRequest, string>(
      { path: join(import.meta.dirname, 'no-such.worker.js') },
      { timeoutMs: 20_000 },
    );
    const r = await client.run({ op: 'echo', text: 'x' });
    expect(r).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
