/** Where the user is: kept in the URL's hash, so a reload keeps the place. */
export type Route =
  | { name: 'committees' }
  | { name: 'committee'; id: string }
  | { name: 'meeting'; id: string }
  | { name: 'live'; id: string }
  | { name: 'minutes'; id: string }
  | { name: 'review'; id: string }
  | { name: 'action-log'; id: string }
  | { name: 'work-programme'; id: string }
  | { name: 'agenda'; id: string }
  | { name: 'committee-setup'; id: string }
  /** The agenda import; from a committee's screen, that committee is offered first. */
  | { name: 'import'; committeeId?: string }
  /** Your name and role on this computer. */
  | { name: 'settings' }
  /** Search across meetings; the query is part of the address, so back and forward keep it. */
  | { name: 'search'; query: string }
  | { name: 'not-found'; path: string };

export const href = {
  committees: (): string => '#/',
  committee: (id: string): string => `#/committees/${encodeURIComponent(id)}`,
  meeting: (id: string): string => `#/meetings/${encodeURIComponent(id)}`,
  live: (id: string): string => `#/meetings/${encodeURIComponent(id)}/live`,
  minutes: (id: string): string => `#/meetings/${encodeURIComponent(id)}/minutes`,
  review: (id: string): string => `#/meetings/${encodeURIComponent(id)}/review`,
  actionLog: (committeeId: string): string => `#/committees/${encodeURIComponent(committeeId)}/actions`,
  workProgramme: (committeeId: string): string => `#/committees/${encodeURIComponent(committeeId)}/work-programme`,
  agenda: (id: string): string => `#/meetings/${encodeURIComponent(id)}/agenda`,
  committeeSetup: (committeeId: string): string => `#/committees/${encodeURIComponent(committeeId)}/setup`,
  importAgenda: (committeeId?: string): string =>
    committeeId ? `#/committees/${encodeURIComponent(committeeId)}/import` : '#/import',
  settings: (): string => '#/settings',
  search: (query = ''): string => (query ? `#/search/${encodeURIComponent(query)}` : '#/search'),
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
  if (parts.length === 3 && parts[0] === 'meetings' && parts[2] === 'live') return { name: 'live', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'meetings' && parts[2] === 'minutes')
    return { name: 'minutes', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'meetings' && parts[2] === 'review') return { name: 'review', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'committees' && parts[2] === 'actions')
    return { name: 'action-log', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'committees' && parts[2] === 'work-programme')
    return { name: 'work-programme', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'meetings' && parts[2] === 'agenda') return { name: 'agenda', id: parts[1]! };
  if (parts.length === 3 && parts[0] === 'committees' && parts[2] === 'setup')
    return { name: 'committee-setup', id: parts[1]! };
  if (parts.length === 1 && parts[0] === 'import') return { name: 'import' };
  if (parts.length === 1 && parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'search' && parts.length <= 2) return { name: 'search', query: parts[1] ?? '' };
  if (parts.length === 3 && parts[0] === 'committees' && parts[2] === 'import')
    return { name: 'import', committeeId: parts[1]! };
  return { name: 'not-found', path: hash.slice(1) };
}
