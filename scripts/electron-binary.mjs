// Finds the Electron binary WITHOUT importing 'electron' (whose index.js downloads it and throws when
// it cannot). Used by scripts/start.mjs and the Playwright _electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Electron's own downloader needs this Node version (node_modules/electron/package.json "engines"). */
export const ELECTRON_INSTALL_NODE = '22.12.0';

/**
 * @param {string} repoRoot
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(repoRoot) {
  const pkgDir = join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(join(pkgDir, 'package.json')))
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile))
    return { found: false, reason: 'node_modules/electron/path.txt is missing, so the binary was never downloaded' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distRoot = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  const binary = join(distRoot, relative);
  if (!existsSync(binary)) return { found: false, reason: `${binary} (named by path.txt) does not exist` };
  return { found: true, path: binary };
}

/** True when this Node can run Electron's downloader (node_modules/electron/install.js). */
export function canDownloadElectron(version = process.versions.node) {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = ELECTRON_INSTALL_NODE.split('.').map(Number);
  return a > x || (a === x && b >= y);
}
