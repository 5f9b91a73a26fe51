// The checks the dev host's HTTP API and its command socket share: where a request comes from
// (its Origin), and reading the address it asks for without throwing on a hostile one.
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Where a request comes from:
 * - 'same': the page the dev host serves (its Origin is this host's own address);
 * - 'other': a page of any other origin (another site, another port of this computer, a
 *   sandboxed frame or a file, which send "Origin: null"), or a browser request that says it
 *   is not same-origin (Sec-Fetch-Site) even without an Origin;
 * - 'none': no Origin, and no fetch metadata saying another site: a client that is not a
 *   browser (a script, curl, a test's request context). Browsers always send Origin on a POST
 *   and on a WebSocket opening, so a page can never pass for this.
 */
export function requestOrigin(headers: IncomingHttpHeaders, host: string): 'same' | 'other' | 'none' {
  const origin = headers.origin;
  if (origin !== undefined) return origin === `http://${host}` ? 'same' : 'other';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'other';
  return 'none';
}

/** A request's address, or undefined when it does not parse (an absolute URL such as "http://["). */
export function requestUrl(rawUrl: string | undefined, host: string): URL | undefined {
  try {
    return new URL(rawUrl ?? '/', `http://${host}`);
  } catch {
    return undefined;
  }
}

/** %-decodes part of a path, or undefined when it is malformed (a % not followed by two hex digits, or not UTF-8). */
export function decodePathPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

export const BAD_URL = 'The address asked for is not a valid URL.';
export const BAD_PERCENT_ENCODING =
  'The address asked for is not valid: a % in it is not followed by two hexadecimal digits, or does not encode UTF-8 text (write a % sign as %25).';
