// `npm run dev:web`: serves the built renderer and the real services on 127.0.0.1.
import { resolve } from 'node:path';
import { startDevHost } from './server';
import { defaultDataDir } from '../host/open-services';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = resolve(import.meta.dirname, '..', '..');
const dataDir = resolve(argValue('--data-dir') ?? defaultDataDir());
const port = process.env.PORT ? Number(process.env.PORT) : undefined;

try {
  const host = await startDevHost({
    dataDir,
    ...(port !== undefined ? { port } : {}),
    rendererDir: resolve(repo, 'out', 'renderer'),
    sampleDir: resolve(repo, 'resources', 'sample'),
  });
  console.log(`Scrutineer dev host: ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`Scrutineer dev host could not start: ${(err as Error).message}`);
  process.exit(1);
}
