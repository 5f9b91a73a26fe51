import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const CHILD = resolve(import.meta.dirname, 'kill-child.ts');

/**
 * How the kill test starts its child. `node --import tsx` compiles the TypeScript on every
 * start (about a second here), which would make 1,000 restarts take a quarter of an hour, so
 * by default the same source is compiled once into one plain ES module (all packages inlined).
 */
export interface ChildEntry {
  script: string;
  execArgv: string[];
}

export function tsxChild(): ChildEntry {
  return { script: CHILD, execArgv: ['--import', 'tsx'] };
}

export async function bundledChild(): Promise<ChildEntry> {
  const outDir = await mkdtemp(join(tmpdir(), 'scrutineer-kill-child-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: CHILD,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-child.mjs' } },
    },
  });
  return { script: join(outDir, 'kill-child.mjs'), execArgv: [] };
}
