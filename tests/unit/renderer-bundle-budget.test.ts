// The renderer's bundle budget (issue 21): the first screen's JavaScript, gzipped, at most 150 KB,
// and the heavy screens loaded on demand. A size guard, not a timing: it builds the renderer into
// a folder of its own (a few seconds), so a stale or half-written out/renderer cannot fool it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const repo = resolve(import.meta.dirname, '..', '..');
const FIRST_SCREEN_BUDGET = 150_000; // bytes of gzipped JavaScript, as Vite reports kB
const CHUNK_WARNING_LIMIT = 500_000; // Vite's own warning limit, minified bytes

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

let outDir = '';
let manifest: Manifest = {};

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'scrutineer-bundle-'));
  await build({
    configFile: resolve(repo, 'vite.renderer.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, manifest: 'manifest.json' },
  });
  manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The chunks a page loads before anything is imported on demand: the entry and its static imports. */
function firstScreenChunks(): ManifestChunk[] {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('The renderer build has no entry chunk');
  const seen = new Map<string, ManifestChunk>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names ${key} but does not describe it`);
    seen.set(key, chunk);
    for (const next of chunk.imports ?? []) walk(next);
  };
  walk(entry[0]);
  return [...seen.values()];
}

async function gzippedSize(file: string): Promise<number> {
  return gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
}

describe('renderer bundle budget', () => {
  it("keeps the first screen's JavaScript within 150 KB gzipped", async () => {
    const chunks = firstScreenChunks().filter((c) => c.file.endsWith('.js'));
    const sizes = await Promise.all(chunks.map(async (c) => [c.file, await gzippedSize(c.file)] as const));
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    expect(total, `first screen: ${sizes.map(([f, s]) => `${f} ${s} B`).join(', ')}`).toBeLessThanOrEqual(
      FIRST_SCREEN_BUDGET,
    );
  });

  it('loads the live, review, import, agenda and planning screens on demand', () => {
    const first = new Set(firstScreenChunks().map((c) => c.src));
    const onDemand = [
      'src/views/LiveView.svelte',
      'src/views/ReviewView.svelte',
      'src/views/ImportAgendaView.svelte',
      'src/views/AgendaBuilderView.svelte',
      'src/views/ActionLogView.svelte',
      'src/views/WorkProgrammeView.svelte',
    ];
    for (const src of onDemand) {
      expect(manifest[src]?.isDynamicEntry, `${src} is a chunk of its own`).toBe(true);
      expect(first.has(src), `${src} is not loaded by the first screen`).toBe(false);
    }
  });

  it("has no chunk over Vite's size warning", async () => {
    const files = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
    const sizes = await Promise.all(files.map(async (f) => [f, (await readFile(join(outDir, f))).length] as const));
    expect(sizes.filter(([, size]) => size > CHUNK_WARNING_LIMIT)).toEqual([]);
  });
});
