// `npm run build:cli`: the CLI as one bundled file, out/cli/cli-<hash>.cjs, started by
// out/cli/scrutineer.mjs (electron/cli/start-bundle.ts) from V8's code cache, with its worker
// threads beside it (out/cli/<name>.worker.js, where services/workers/worker-script.ts looks for
// them once it runs from a bundle). Plain JavaScript, so `npm run cli` can check and build it
// without tsx. The npm libraries are bundled in; each command's module, and the libraries only it
// needs, run only when that command runs (electron/cli/commands/index.ts loads them lazily).
// The build ends by exporting the sample meeting once, which writes the code cache.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
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

/** The bundle's name: its content's hash, so a code cache made for one bundle is never used for another. */
const bundleName = (contents) => `cli-${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.cjs`;

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
 * Builds the CLI and its workers. Each file is written beside its target and renamed over it, the
 * starter last, so a CLI started while another process rebuilds never reads half a file; files of
 * earlier builds (bundles, caches) are removed after. Then the sample meeting is exported once, to
 * write the code cache.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    tsconfig: join(repo, 'tsconfig.json'),
    logLevel: 'warning',
    write: false,
    absWorkingDir: repo,
  };
  const [cli, workers] = await Promise.all([
    // A script, not a module: V8 keeps a code cache for scripts (vm.Script), on Node 20 too.
    // Minified, so there is less to read; keepNames keeps each function's and class's name.
    build({
      ...common,
      format: 'cjs',
      entryPoints: ['electron/cli/main.ts'],
      outfile: join(CLI_OUT, 'cli.cjs'),
      define: { 'import.meta.url': '__cliUrl', 'import.meta.dirname': '__dirname' },
      minify: true,
      keepNames: true,
    }),
    build({ ...common, format: 'esm', banner: { js: REQUIRE_SHIM }, entryPoints: WORKERS, outdir: CLI_OUT }),
  ]);
  const bundle = cli.outputFiles[0];
  const name = bundleName(bundle.contents);
  const starter = await build({
    ...common,
    format: 'esm',
    entryPoints: ['electron/cli/start-bundle.ts'],
    outfile: CLI_FILE,
    define: { __CLI_BUNDLE__: JSON.stringify(name) },
  });
  mkdirSync(CLI_OUT, { recursive: true });
  const files = [
    { path: join(CLI_OUT, name), contents: bundle.contents },
    ...workers.outputFiles,
    ...starter.outputFiles,
  ];
  const written = [];
  for (const file of files) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
    written.push(relative(repo, file.path));
  }
  const current = new Set(files.map((f) => basename(f.path)));
  for (const old of readdirSync(CLI_OUT).filter((n) => !current.has(n) && !n.endsWith('.tmp')))
    rmSync(join(CLI_OUT, old), { force: true, recursive: true });
  warmCodeCache();
  return written;
}

/** One export of the sample meeting (minutes and agenda), whose run writes the code cache. */
function warmCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-cli-warm-'));
  try {
    const run = spawnSync(process.execPath, [CLI_FILE, 'demo', '--out', dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`The built CLI failed its first run: ${run.stderr || run.error?.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || cliIsStale()) {
    const written = await buildCli();
    console.log(`Built ${written.join(', ')}`);
  }
}
