// Worker bootstrap when running from source (dev host, CLI, tests): registers tsx in this
// thread, then loads the TypeScript entry named in workerData. Node 20 does not apply
// `--import tsx` to a worker's own entry file, hence this plain JavaScript first step.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
