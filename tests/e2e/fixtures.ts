// Each test gets its own dev host on a throw-away data folder (with the sample committee, or
// empty), a page opened on it, and a check that the page broke no Content Security Policy rule
// and that no API answer broke its contract.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevHost, type DevHost } from '../../electron/devhost/server';
import { checkOutputFromEnv, takeContractBreaks } from '../../electron/api/handle';
import { E2E_RENDERER_DIR, SAMPLE_DIR } from './paths';

export { SAMPLE_DIR };

export interface Options {
  /** 'sample': a fresh folder the dev host seeds with the sample committee; 'empty': nothing at all. */
  seed: 'sample' | 'empty';
  /** Runs on the data folder before the dev host opens it (to plant a damaged file, say). */
  prepareData: ((dataDir: string) => Promise<void>) | null;
}

export interface Fixtures {
  dataDir: string;
  devHost: DevHost;
  /** The page, opened on the dev host (its token cookie set) and showing the app. */
  app: Page;
  /** Content Security Policy violations seen so far, from the page and from the console. */
  cspViolations: () => Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<Options & Fixtures>({
  seed: ['sample', { option: true }],
  prepareData: [null, { option: true }],

  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'scrutineer-e2e-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },

  devHost: async ({ dataDir, seed, prepareData }, use) => {
    if (prepareData) await prepareData(dataDir);
    expect(
      checkOutputFromEnv(),
      'API answers checked against their output schemas (SCRUTINEER_CHECK_OUTPUT=1, playwright.config.ts)',
    ).toBe(true);
    takeContractBreaks();
    const host = await startDevHost({
      dataDir,
      rendererDir: E2E_RENDERER_DIR,
      ...(seed === 'sample' ? { sampleDir: SAMPLE_DIR } : {}),
    });
    try {
      await use(host);
    } finally {
      await host.close();
    }
    // The dev hosts run in this process with every answer checked against its output schema
    // (playwright.config.ts): an answer that broke its contract fails the test, even if the page coped.
    expect(takeContractBreaks(), 'API answers that break their contract').toEqual([]);
  },

  cspViolations: async ({ page }, use) => {
    const fromConsole: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to (apply|load|execute|connect)/i.test(msg.text()))
        fromConsole.push(msg.text());
    });
    // Runs before any page script, outside the CSP's reach (it is injected by the browser driver).
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    await use(async () => {
      const fromPage = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]);
      return [...fromPage, ...fromConsole];
    });
  },

  app: async ({ page, devHost, cspViolations }, use) => {
    const uncaught: string[] = [];
    page.on('pageerror', (err) => uncaught.push(err.stack ?? err.message));
    await page.goto(devHost.url);
    await expect(page.getByRole('link', { name: 'Scrutineer' })).toBeVisible();
    await use(page);
    // Every test also proves the app ran within its strict CSP: no inline script or style.
    expect(await cspViolations(), 'Content Security Policy violations').toEqual([]);
    // ...and that nothing the page did threw unseen.
    expect(uncaught, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/**
 * For test.use({ prepareData: preparing(async (dataDir) => ...) }): Playwright reads a bare
 * function in test.use as a fixture, so the preparation is handed over through one.
 */
export function preparing(fn: (dataDir: string) => Promise<void>) {
  // eslint-disable-next-line no-empty-pattern
  return async ({}, use: (value: (dataDir: string) => Promise<void>) => Promise<void>) => use(fn);
}

export const SAMPLE = {
  committee: 'Children and Education Policy and Accountability Committee',
  authority: 'London Borough of Hammersmith & Fulham',
  committeeId: '6ebd3145-1732-4a32-ac3f-1f1da2651dfb',
  meetingId: '4c5b31e8-693d-4d60-9ad1-a96799d44f3b',
  meetingDate: 'Monday 19 September 2016',
};
