// The index saved beside the data (<data folder>/cache/search-index.json), so the next start need
// not build it again. Never the source of truth: a cache that is missing, from another version,
// cut short or changed is set aside and the index built from the meetings. A first line names
// the format and the SHA-256 of the rest, so damage is found before the index is read.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SearchIndex, type IndexSnapshot } from './search-index';

export const SEARCH_CACHE_FORMAT = 'scrutineer.search-index';
/** Raised whenever what is indexed, or how, changes: an older cache is then rebuilt. */
export const SEARCH_CACHE_VERSION = 1;

export function searchCachePath(dataDir: string): string {
  return join(dataDir, 'cache', 'search-index.json');
}

export type CacheRead =
  { ok: true; index: SearchIndex } | { ok: false; why: 'missing' | 'stale' | 'corrupt'; detail: string };

interface Header {
  format: string;
  version: number;
  sha256: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export async function readSearchCache(path: string): Promise<CacheRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, why: 'missing', detail: (err as Error).message };
  }
  const newline = text.indexOf('\n');
  let header: Header;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Header;
  } catch {
    return { ok: false, why: 'corrupt', detail: 'its first line is not the header' };
  }
  if (header?.format !== SEARCH_CACHE_FORMAT || header.version !== SEARCH_CACHE_VERSION)
    return { ok: false, why: 'stale', detail: `format ${String(header?.format)} version ${String(header?.version)}` };
  const body = text.slice(newline + 1);
  if (sha256(body) !== header.sha256) return { ok: false, why: 'corrupt', detail: 'its checksum does not match' };
  try {
    return { ok: true, index: SearchIndex.fromSnapshot(JSON.parse(body) as IndexSnapshot) };
  } catch (err) {
    return { ok: false, why: 'corrupt', detail: (err as Error).message };
  }
}

/** Written whole to a temporary file, then renamed over the old one: a reader sees one or the other. */
export async function writeSearchCache(path: string, index: SearchIndex): Promise<void> {
  const body = JSON.stringify(index.snapshot());
  const header: Header = { format: SEARCH_CACHE_FORMAT, version: SEARCH_CACHE_VERSION, sha256: sha256(body) };
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(header)}\n${body}`);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
