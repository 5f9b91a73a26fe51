import { join, resolve } from 'node:path';
import { homedir } from 'node:os';

/**
 * The app's data folder: <userData>/data, or SCRUTINEER_DATA_DIR / --data-dir. Same for every host.
 * A file of its own so the CLI can name the folder without loading the services.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.SCRUTINEER_DATA_DIR) return resolve(env.SCRUTINEER_DATA_DIR);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Scrutineer', 'data');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Scrutineer', 'data');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Scrutineer', 'data');
}
