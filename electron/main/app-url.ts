// The app's own origin. The renderer is served from app://scrutineer/, never file:// or a remote URL,
// and the IPC sender check accepts nothing else. No 'electron' import here: tests load it directly.

export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutineer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Where Chromium's spellchecker is told to fetch dictionaries: the app itself, never the network. */
export const DICTIONARY_BASE_URL = `${APP_ORIGIN}/dictionaries/`;

/**
 * How the scheme is registered (before the app is ready). `standard` gives it real origins and
 * relative URLs; `secure` makes the page a secure context. No bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: false,
} as const;
