// `npm start`: build the app, find (or fetch) the Electron binary, run Scrutineer.
// Never imports 'electron': without its binary that import starts a download and throws.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canDownloadElectron, ELECTRON_INSTALL_NODE, findElectronBinary } from './electron-binary.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function noElectron(reason) {
  fail([
    'Scrutineer cannot start its desktop window here: the Electron binary is not installed.',
    `  Why: ${reason}.`,
    `  Electron downloads it the first time \`npm start\` runs with Node ${ELECTRON_INSTALL_NODE} or later and a connection to the internet.`,
    '',
    'You can still use Scrutineer in your browser, with the same data folder:',
    '  npm run dev:web',
  ]);
}

// 1. Build main, preload and renderer into out/.
const build = spawnSync(
  process.execPath,
  [join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: repo,
    stdio: 'inherit',
  },
);
if (build.status !== 0) fail(['Scrutineer did not build (see the messages above), so it was not started.']);

// 2. The binary: present, or downloaded now by Electron's own installer.
let binary = findElectronBinary(repo);
if (!binary.found) {
  if (!canDownloadElectron()) {
    noElectron(
      `this is Node ${process.versions.node}, and Electron's downloader needs Node ${ELECTRON_INSTALL_NODE} or later`,
    );
  }
  console.log('Downloading the Electron binary (once)...');
  const install = spawnSync(process.execPath, [join(repo, 'node_modules', 'electron', 'install.js')], {
    cwd: repo,
    stdio: 'inherit',
  });
  binary = findElectronBinary(repo);
  if (install.status !== 0 || !binary.found) noElectron('the download failed (is this computer offline?)');
}

// 3. Run it on this folder. Extra arguments pass through (e.g. `npm start -- --data-dir D`).
const env = { ...process.env };
// Set in the environment, it would make the binary behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const args = ['.', ...process.argv.slice(2)];
if (process.platform === 'linux' && process.getuid?.() === 0) {
  // Chromium refuses to run as root with its sandbox on; the page's own sandbox settings still apply.
  console.warn(
    'Running as root: starting Electron with --no-sandbox. Run Scrutineer as an ordinary user for the full sandbox.',
  );
  args.push('--no-sandbox');
}
const child = spawn(binary.path, args, { cwd: repo, stdio: 'inherit', env });
child.on('error', (err) => fail([`Scrutineer could not start Electron (${binary.path}): ${err.message}`]));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
