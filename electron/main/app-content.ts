// What the app:// protocol answers: the built renderer and the bundled en-GB dictionary, each
// response with the strict CSP. Pure apart from the injected readFile, so protocol.ts stays a
// three-line adapter and tests call this directly.
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { APP_HOST, APP_SCHEME } from './app-url';
import { resolveInsideRoot } from './path-guard';

export interface AppContentOptions {
  /** out/renderer inside the package. */
  rendererRoot: string;
  /** The bundled en-GB Hunspell dictionary in Chromium's .bdic format. */
  dictionaryFile?: string;
  readFile?: (path: string) => Promise<Uint8Array>;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** The file name Chromium asks for (it lower-cases it): see DICTIONARY_FILE_NAME in spellcheck.ts. */
export const DICTIONARY_REQUEST_NAME = 'en-gb-10-1.bdic';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.bdic': 'application/octet-stream',
};

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

const text = (status: number, body: string): AppResponse => ({
  status,
  headers: securityHeaders('text/plain; charset=utf-8'),
  body,
});

function rawPathOf(rawUrl: string): string | null {
  // The path is taken from the raw string, not URL.pathname, which would already have folded
  // "%2e%2e" into ".." and removed it: the guard must see what was asked for.
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (!rawUrl.toLowerCase().startsWith(prefix)) return null;
  const rest = rawUrl.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?') && !rest.startsWith('#')) return null;
  return rest.split(/[?#]/, 1)[0] ?? '';
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** Answers one app:// request. Never throws: every failure is a plain-text response with the CSP. */
export async function respondToAppRequest(
  rawUrl: string,
  method: string,
  opts: AppContentOptions,
): Promise<AppResponse> {
  const read = opts.readFile ?? ((p: string) => fsReadFile(p));
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Only GET is served here.');
  const rawPath = rawPathOf(rawUrl);
  if (rawPath === null) return text(404, 'Not part of Scrutineer.');

  if (rawPath.toLowerCase().startsWith('/dictionaries/')) {
    const name = rawPath.slice('/dictionaries/'.length).toLowerCase();
    if (name !== DICTIONARY_REQUEST_NAME || !opts.dictionaryFile)
      return text(404, 'Scrutineer bundles only the en-GB dictionary.');
    try {
      return { status: 200, headers: securityHeaders(TYPES['.bdic']!), body: await read(opts.dictionaryFile) };
    } catch {
      return text(404, 'The bundled en-GB dictionary is missing from this installation.');
    }
  }

  const guarded = resolveInsideRoot(opts.rendererRoot, rawPath);
  if (!guarded.ok) return text(403, `Refused: ${guarded.reason}.`);
  try {
    const body = await read(guarded.file);
    return { status: 200, headers: securityHeaders(TYPES[extname(guarded.file)] ?? 'application/octet-stream'), body };
  } catch (err) {
    if (!isMissing(err)) return text(500, 'The file could not be read.');
    // Paths without an extension are the single-page app's own routes.
    if (extname(guarded.file) !== '') return text(404, 'Not found.');
    const index = resolveInsideRoot(opts.rendererRoot, '/index.html');
    if (!index.ok) return text(404, 'Not found.');
    try {
      return { status: 200, headers: securityHeaders(TYPES['.html']!), body: await read(index.file) };
    } catch {
      return text(404, 'The app is not built: run `npx electron-vite build`.');
    }
  }
}
