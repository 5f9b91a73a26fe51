// The path-traversal guard for the app:// protocol: maps a request path to a file inside the
// renderer folder, or refuses. Pure (node:path only), so tests feed it a corpus of hostile paths.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type GuardResult = { ok: true; file: string } | { ok: false; reason: string };

// After decoding, a path may hold only these characters: what Vite's output file names use.
// Everything else (':', '\\', '%', NUL, spaces, quotes) is refused rather than interpreted.
const SAFE_PATH = /^\/[A-Za-z0-9._~@+\-/]*$/;
// Percent-encodings that could smuggle a dot, a slash, a backslash, a NUL or a second round of
// decoding past the checks below.
const SMUGGLED = /%(2e|2f|5c|00|25)/i;

/**
 * Resolves the raw (still percent-encoded) path of an app:// URL against `root`.
 * Refuses "..", encoded traversal (%2e%2e, %2f, %252e), backslashes, NUL bytes, drive letters,
 * absolute paths smuggled in as "//", dot-files, and anything that would land outside `root`.
 */
export function resolveInsideRoot(root: string, rawPath: string): GuardResult {
  const base = resolve(root);
  if (rawPath === '' || rawPath === '/') return { ok: true, file: resolve(base, 'index.html') };
  if (!rawPath.startsWith('/')) return { ok: false, reason: 'the path does not start with /' };
  if (SMUGGLED.test(rawPath)) return { ok: false, reason: 'the path hides dots, slashes or NUL in percent-encoding' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, reason: 'the path is not valid percent-encoding' };
  }
  if (!SAFE_PATH.test(decoded)) return { ok: false, reason: 'the path holds characters a renderer file never has' };
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return { ok: false, reason: 'the path has an empty segment (//)' };
    if (segment.startsWith('.')) return { ok: false, reason: 'the path has a "." or ".." segment or a hidden file' };
  }
  const file = resolve(base, ...segments);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !file.startsWith(base + sep)) {
    return { ok: false, reason: 'the path leads outside the renderer folder' };
  }
  return { ok: true, file };
}
