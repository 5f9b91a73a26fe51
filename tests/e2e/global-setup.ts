import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { SYSTEM_CHROMIUM } from '../../playwright.config';
import { E2E_RENDERER_DIR } from './paths';

const repo = resolve(import.meta.dirname, '..', '..');

/** Says plainly how to get a browser, instead of Playwright's download hint (which needs internet). */
async function checkBrowser(): Promise<void> {
  if (existsSync(SYSTEM_CHROMIUM)) return;
  try {
    const browser = await chromium.launch();
    await browser.close();
  } catch (err) {
    throw new Error(
      [
        'No Chromium for the end-to-end tests.',
        `  Install one with: apt-get install chromium   (it is used from ${SYSTEM_CHROMIUM})`,
        '  or, on a machine with internet: npx playwright install chromium',
        `  (Playwright said: ${(err as Error).message.split('\n')[0]})`,
      ].join('\n'),
    );
  }
}

/**
 * Builds the renderer once for the whole run, into a folder of its own, so that an app build
 * running at the same time (which empties out/renderer) cannot pull files from under the tests.
 * SCRUTINEER_E2E_SKIP_BUILD=1 reuses the last build.
 */
async function buildRenderer(): Promise<void> {
  if (process.env.SCRUTINEER_E2E_SKIP_BUILD === '1' && existsSync(resolve(E2E_RENDERER_DIR, 'index.html'))) return;
  await build({
    configFile: resolve(repo, 'vite.renderer.config.ts'),
    logLevel: 'warn',
    build: { outDir: E2E_RENDERER_DIR, emptyOutDir: true },
  });
}

export default async function globalSetup(): Promise<void> {
  await checkBrowser();
  await buildRenderer();
}
