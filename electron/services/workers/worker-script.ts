/**
 * Where a worker thread's entry file is, in each way the app runs. Built by electron-vite,
 * each worker is an entry of its own beside the main bundle (out/main/<name>.js). Run from
 * source (dev host and CLI under tsx, tests under vitest), it is a .ts file, started through
 * from-source.mjs, which registers tsx first. Paths are built at run time so no bundler
 * rewrites them.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerScript {
  /** The file the Worker runs. */
  path: string;
  workerData?: { entry: string };
}

const here = import.meta.url;

/** The app's own worker `name` (a file in this folder, or beside the main bundle). */
export function workerScript(name: string): WorkerScript {
  const dir = dirname(fileURLToPath(here));
  return here.endsWith('.ts') ? fromSource(join(dir, `${name}.ts`)) : { path: join(dir, `${name}.js`) };
}

/** A TypeScript worker entry, run from source through tsx. */
export function fromSource(entryPath: string): WorkerScript {
  return {
    path: join(dirname(fileURLToPath(here)), 'from-source.mjs'),
    workerData: { entry: pathToFileURL(entryPath).href },
  };
}
