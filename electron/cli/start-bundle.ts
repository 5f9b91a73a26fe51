// out/cli/scrutineer.mjs: starts the bundled CLI (out/cli/cli-<hash>.cjs, scripts/build-cli.mjs)
// from V8's code cache when there is one. Compiling the 2.6 MB bundle, and then each function the
// command calls, was a third of a CLI export's time; the cache holds the compiled code, written
// by the run that found none (the build makes one by exporting the sample meeting). Node 22 has a
// compile cache of its own (module.enableCompileCache); this one works on Node 20 as well.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** The bundle's file name, which carries its content's hash; set by the build. */
declare const __CLI_BUNDLE__: string;

const dir = dirname(fileURLToPath(import.meta.url));
const bundle = join(dir, __CLI_BUNDLE__);
// V8 checks a cache against its own version and flags, and a source only by its length: the
// bundle's hash in the name, and this Node's V8, platform and flags, keep each cache to its own
// code, and runs with other flags (NODE_OPTIONS) to a cache of their own rather than rewriting one.
const flags = crc32(`${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`).toString(16);
const cacheFile = join(
  dir,
  `${__CLI_BUNDLE__.replace(/\.cjs$/, '')}.${process.versions.v8}-${process.platform}-${process.arch}-${flags}.v8cache`,
);
const DIGEST_BYTES = 4;
/** CRC-32 (zlib's, Node 20.15+), enough to tell a damaged or cut-short file; the export loads zlib anyway, not crypto. */
function digest(data: Uint8Array): Buffer {
  const sum = Buffer.alloc(DIGEST_BYTES);
  sum.writeUInt32BE(crc32(data));
  return sum;
}

/**
 * The cache, or undefined when there is none or it is not whole: V8 trusts a cache it accepts,
 * and a damaged one can crash the process, so the file carries its CRC-32 and is used only if
 * it matches.
 */
function readCache(): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = file.subarray(DIGEST_BYTES);
  return file.length > DIGEST_BYTES && digest(data).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Written beside its place and renamed over it; a folder that cannot be written to just goes without. */
function writeCache(data: Buffer): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([digest(data), data]));
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}

const cachedData = readCache();
const source = readFileSync(bundle, 'utf8');
// CommonJS's own wrapper, on the bundle's first line so its line numbers hold, plus __cliUrl:
// the build defines import.meta.url as that name, and import.meta.dirname as __dirname.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname, __cliUrl) {${source}\n})`,
  cachedData ? { filename: bundle, cachedData } : { filename: bundle },
);
if (!cachedData || script.cachedDataRejected) {
  // Made as the process ends, so it holds every function this command compiled, not only the top level.
  process.once('exit', () => writeCache(script.createCachedData()));
}
if (process.env.SCRUTINEER_CODE_CACHE === 'report') {
  process.stderr.write(`code cache: ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
}
const start = script.runInThisContext() as (...args: unknown[]) => void;
const module = { exports: {} };
start(module.exports, createRequire(bundle), module, bundle, dir, pathToFileURL(bundle).href);
