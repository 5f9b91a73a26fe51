import type { Store } from '../services/store/store';

/** What the handlers run against: the same on every host (Electron, dev host, CLI). */
export interface Services {
  store: Store;
  host: 'electron' | 'dev' | 'cli';
  version: string;
  now: () => Date;
}
