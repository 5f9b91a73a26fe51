// `npm run build:cli`: the CLI as one bundled file, out/cli/scrutineer.mjs, with its worker
// threads beside it (out/cli/<name>.worker.js, where services/workers/worker-script.ts looks for
// them once it runs from a bundle). Plain JavaScript, so `npm run cli` can check and build it
// without tsx. The npm libraries are bundled in; each command's module, and the libraries only it
// needs, run only when that command runs (electron/cli/commands/index.ts loads them lazily).
import { readdirSync, renameSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(repo, 'out', 'cli');
export const CLI_FILE = join(CLI_OUT, 'scrutineer.mjs');

/** Worker entries: the same four the app's main build has (electron.vite.config.ts). */
const WORKERS = {
  'pdf-text.worker': 'electron/services/workers/pdf-text.worker.ts',
  'docx-text.worker': 'electron/services/workers/docx-text.worker.ts',
  'review-word.worker': 'electron/services/workers/review-word.worker.ts',
  'search-index.worker': 'electron/services/search/search-index.worker.ts',
};

/** What the bundle is built from: a change to any of these makes it stale. */
const SOURCES = ['electron', 'shared'];
const INPUT_FILES = ['package-lock.json', 'tsconfig.json', 'scripts/build-cli.mjs'];

// Bundled CommonJS libraries (jszip, mammoth) call require() for Node's built-ins.
const REQUIRE_SHIM =
  "import { createRequire as __scrutineerRequire } from 'node:module';\nconst require = __scrutineerRequire(import.meta.url);";

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when an output is missing or older than any source file (a fresh clone, or an edit since). */
export function cliIsStale() {
  const outputs = [CLI_FILE, ...Object.keys(WORKERS).map((name) => join(CLI_OUT, `${name}.js`))].map(mtimeOf);
  if (outputs.some((t) => t === undefined)) return true;
  const built = Math.min(...outputs);
  const inputs = Math.max(
    ...SOURCES.map((d) => newestIn(join(repo, d))),
    ...INPUT_FILES.map((f) => mtimeOf(join(repo, f)) ?? Infinity),
  );
  return inputs > built;
}

/**
 * Builds the CLI and its workers. Each file is written beside its target and renamed over it,
 * so a CLI started while another process rebuilds never reads half a file.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(repo, 'tsconfig.json'),
    banner: { js: REQUIRE_SHIM },
    logLevel: 'warning',
    write: false,
    absWorkingDir: repo,
  };
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: { scrutineer: 'electron/cli/main.ts' },
      outdir: CLI_OUT,
      outExtension: { '.js': '.mjs' },
    }),
    build({ ...common, entryPoints: WORKERS, outdir: CLI_OUT }),
  ]);
  mkdirSync(CLI_OUT, { recursive: true });
  const written = [];
  for (const file of results.flatMap((r) => r.outputFiles)) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
    written.push(relative(repo, file.path));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || cliIsStale()) {
    const written = await buildCli();
    console.log(`Built ${written.join(', ')}`);
  }
}
