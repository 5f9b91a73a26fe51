// A dev host in a process of its own, so tests/e2e/kill-devhost.spec.ts can SIGKILL it.
// Arguments: dataDir. Prints "READY <url>" once it listens.
import { startDevHost } from '../../electron/devhost/server';
import { E2E_RENDERER_DIR, SAMPLE_DIR } from './paths';

const host = await startDevHost({ dataDir: process.argv[2]!, rendererDir: E2E_RENDERER_DIR, sampleDir: SAMPLE_DIR });
console.log(`READY ${host.url}`);
