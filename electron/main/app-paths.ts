// Where the Electron host finds things. Pure: index.ts passes in what Electron knows
// (app.getAppPath(), process.resourcesPath, app.isPackaged, app.getPath('userData')).
import { join, resolve } from 'node:path';

export interface AppPathFacts {
  /** app.getAppPath(): the repo in development, .../resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where extraResources land when packaged. */
  resourcesPath: string;
  isPackaged: boolean;
  /** app.getPath('userData'): ~/.config/Scrutineer, %APPDATA%\Scrutineer, ~/Library/Application Support/Scrutineer. */
  userData: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
}

export interface AppPaths {
  dataDir: string;
  sampleDir: string;
  rendererRoot: string;
  preload: string;
  dictionary: string;
  icon: string;
}

/** The value of `--data-dir D` or `--data-dir=D`, if given. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

export function appPaths(f: AppPathFacts): AppPaths {
  const fromArgs = dataDirArgument(f.argv);
  const dataDir = fromArgs
    ? resolve(fromArgs)
    : f.env.SCRUTINEER_DATA_DIR
      ? resolve(f.env.SCRUTINEER_DATA_DIR)
      : join(f.userData, 'data');
  return {
    dataDir,
    // The sample ships outside the asar (extraResources) when packaged; in development it is in the repo.
    sampleDir: f.isPackaged ? join(f.resourcesPath, 'sample') : join(f.appPath, 'resources', 'sample'),
    rendererRoot: join(f.appPath, 'out', 'renderer'),
    preload: join(f.appPath, 'out', 'preload', 'index.cjs'),
    dictionary: join(f.appPath, 'resources', 'dictionaries', 'en-GB-10-1.bdic'),
    icon: join(f.appPath, 'resources', 'icon.png'),
  };
}
