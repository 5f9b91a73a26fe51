/** Where the user is: kept in the URL's hash, so a reload keeps the place. */
export type Route =
  | { name: 'committees' }
  | { name: 'committee'; id: string }
  | { name: 'meeting'; id: string }
  | { name: 'not-found'; path: string };

export const href = {
  committees: (): string => '#/',
  committee: (id: string): string => `#/committees/${encodeURIComponent(id)}`,
  meeting: (id: string): string => `#/meetings/${encodeURIComponent(id)}`,
};

/** Reads "#/committees/<id>" and the like; null for hashes that are not routes (e.g. "#main"). */
export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#') return { name: 'committees' };
  if (!hash.startsWith('#/')) return null;
  let parts: string[];
  try {
    parts = hash.slice(2).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { name: 'not-found', path: hash.slice(1) }; // a malformed %-escape
  }
  if (parts.length === 0) return { name: 'committees' };
  if (parts.length === 1 && parts[0] === 'committees') return { name: 'committees' };
  if (parts.length === 2 && parts[0] === 'committees') return { name: 'committee', id: parts[1]! };
  if (parts.length === 2 && parts[0] === 'meetings') return { name: 'meeting', id: parts[1]! };
  return { name: 'not-found', path: hash.slice(1) };
}
