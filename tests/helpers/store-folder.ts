// For a test file of the store: a fresh data folder for each test (handed to `setDir`), and the
// stores a test opened, closed after it before the folder is removed.
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../electron/services/store/store';
import { tempDir } from './temp-dir';

export function storeFolderEachTest(setDir: (dir: string) => void): Store[] {
  const stores: Store[] = [];
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    setDir(t.dir);
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close().catch(() => undefined);
    await cleanup();
  });
  return stores;
}
