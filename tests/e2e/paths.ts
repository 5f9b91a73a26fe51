import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

/** The renderer as the end-to-end tests serve it, built by global-setup.ts (not out/renderer: see there). */
export const E2E_RENDERER_DIR = resolve(repo, 'out', 'e2e-renderer');
/** The sample committee a fresh data folder starts with. */
export const SAMPLE_DIR = resolve(repo, 'resources', 'sample');
