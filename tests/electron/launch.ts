// Starts the real Electron app for a spec on a throw-away data folder, and closes it again.
// The app is built fresh once per test run (one worker): a build left in out/ from before a
// change would otherwise be what the specs test, and pass or fail for the wrong code.
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export const repo = resolve(import.meta.dirname, '..', '..');
export const binary = findElectronBinary(repo);
export const NO_BINARY = `Electron binary not installed: ${binary.found ? '' : binary.reason} (it downloads on first \`npm start\` with Node 22.12+)`;

let built = false;

function buildOnce(): void {
  if (built) return;
  const build = spawnSync(
    process.execPath,
    [join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: repo, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('electron-vite build failed');
  built = true;
}

export interface RunningApp {
  app: ElectronApplication;
  dataDir: string;
  close(): Promise<void>;
}

export async function launchApp(tempPrefix: string): Promise<RunningApp> {
  buildOnce();
  const dataDir = mkdtempSync(join(tmpdir(), tempPrefix));
  const env = { ...process.env, SCRUTINEER_DATA_DIR: dataDir } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    executablePath: binary.found ? binary.path : undefined,
    args: [repo, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env,
  });
  return {
    app,
    dataDir,
    async close() {
      try {
        await app.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
