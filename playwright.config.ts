import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The dev hosts the tests start (in the workers, and kill-devhost's child process, which inherits
 * the environment) parse every API answer with its channel's output schema (electron/api/handle.ts):
 * an answer that breaks the contract is an INTERNAL error in the page, not a silent mismatch.
 */
process.env.SCRUTINEER_CHECK_OUTPUT = '1';

/**
 * End-to-end tests: the real renderer in Chromium against a dev host per test, each with its
 * own throw-away data folder. Debian's /usr/bin/chromium is used when present (Playwright's
 * own browsers cannot be downloaded everywhere); tests/e2e/global-setup.ts says what to do
 * when there is no browser at all. SCRUTINEER_CHROMIUM points at another Chromium binary.
 */
export const SYSTEM_CHROMIUM = process.env.SCRUTINEER_CHROMIUM ?? '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Date inputs take the browser's own locale: dd/mm/yyyy, as on the coordinator's machine.
  '--lang=en-GB',
];

export default defineConfig({
  testDir: 'tests/e2e',
  // A folder of its own: Playwright empties its output folder at start, so two configs sharing
  // test-results/ (this one and playwright.electron.config.ts) would delete each other's traces.
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two cores here: one browser per core.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  projects: [
    { name: 'app', testIgnore: /kill-devhost\.spec\.ts$/ },
    // The dev host kill test measures how much typing a kill loses. It runs after the others,
    // alone, so that it measures the app's save path, not two browsers' axe scans on two cores.
    // (On its own: npx playwright test tests/e2e/kill-devhost.spec.ts --no-deps.)
    { name: 'kill', testMatch: /kill-devhost\.spec\.ts$/, dependencies: ['app'] },
  ],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // No trace by default: recording one (DOM snapshots and a screencast at every step) cost about
    // a fifth more CPU a test, on two busy cores, and it is kept only for the rare failure. A failure
    // still leaves its screenshot and the page's accessibility snapshot (error-context.md); to trace
    // one, run it again with --trace retain-on-failure (or on).
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args,
    },
  },
});
