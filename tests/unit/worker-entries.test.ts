// Every worker thread the services start must be built as an entry of its own beside the main
// bundle, or the packaged app would look for a file that is not there.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

describe('worker entries', () => {
  it('each electron/services/workers/*.worker.ts is a main-process entry in electron.vite.config.ts', () => {
    const workers = readdirSync(join(root, 'electron/services/workers')).filter((f) => f.endsWith('.worker.ts'));
    expect(workers.length).toBeGreaterThan(0);
    const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    for (const file of workers) {
      const name = file.replace(/\.ts$/, '');
      expect(config, name).toContain(`'${name}': resolve(root, 'electron', 'services', 'workers', '${file}')`);
    }
  });
});
