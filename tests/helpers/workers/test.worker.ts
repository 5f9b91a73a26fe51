// A worker for the WorkerClient tests: echoes, hangs, exits, asks to be retired, or leaves a rejection unhandled, on request.
import { parentPort } from 'node:worker_threads';

export type TestRequest =
  { op: 'echo'; text: string } | { op: 'hang' } | { op: 'exit' } | { op: 'pid' } | { op: 'retire' };

const started = Date.now() + Math.random();

parentPort?.on('message', ({ id, request }: { id: number; request: TestRequest }) => {
  switch (request.op) {
    case 'echo':
      parentPort?.postMessage({ id, value: request.text.toUpperCase() });
      break;
    case 'pid':
      parentPort?.postMessage({ id, value: String(started) }); // tells one worker from another
      break;
    case 'retire':
      parentPort?.postMessage({ id, value: String(started), retire: true }); // answered, then replaced
      break;
    case 'hang':
      for (;;); // a pathological file: never yields
    case 'exit':
      process.exit(3);
  }
});
