// The renderer JavaScript a first screen loads (the entry chunk and its static imports, from
// Vite's manifest), gzipped: the bench's figure for the bundle budget that
// tests/unit/renderer-bundle-budget.test.ts guards.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** Bytes of gzipped JavaScript of the first screen, for a renderer built with `manifest: 'manifest.json'`. */
export async function firstScreenGzipBytes(outDir: string): Promise<{ bytes: number; chunks: number }> {
  const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('The renderer build has no entry chunk');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) walk(next);
  };
  walk(entry);
  let bytes = 0;
  for (const key of seen) bytes += gzipSync(await readFile(join(outDir, manifest[key]!.file)), { level: 9 }).length;
  return { bytes, chunks: seen.size };
}
