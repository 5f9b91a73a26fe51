// Where the search worker's entry is: beside this file when run from source (through tsx, as the
// import workers are; see services/workers/worker-script.ts), beside the main bundle when built
// (an entry of its own in electron.vite.config.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromSource, type WorkerScript } from '../workers/worker-script';

const here = import.meta.url;

export function searchWorkerScript(): WorkerScript {
  const dir = dirname(fileURLToPath(here));
  return here.endsWith('.ts')
    ? fromSource(join(dir, 'search-index.worker.ts'))
    : { path: join(dir, 'search-index.worker.js') };
}
