import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const CHILD = resolve(import.meta.dirname, 'kill-child.ts');
/** Inside node_modules, so the compiled child finds the packages it leaves as imports (pdfjs will not be bundled). */
const CACHE = resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'scrutineer-kill-child');

/**
 * How the kill test starts its child. `node --import tsx` compiles the TypeScript on every
 * start (about a second here), which would make 1,000 restarts take a quarter of an hour, so
 * by default the same source is compiled once into one plain ES module (packages stay imports).
 */
export interface ChildEntry {
  script: string;
  execArgv: string[];
  /** Removes what was compiled for this run. */
  dispose?: () => Promise<void>;
}

export function tsxChild(): ChildEntry {
  return { script: CHILD, execArgv: ['--import', 'tsx'] };
}

export async function bundledChild(): Promise<ChildEntry> {
  await mkdir(CACHE, { recursive: true });
  const outDir = await mkdtemp(join(CACHE, 'build-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: CHILD,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-child.mjs' } },
    },
  });
  return {
    script: join(outDir, 'kill-child.mjs'),
    execArgv: [],
    dispose: () => rm(outDir, { recursive: true, force: true }),
  };
}
