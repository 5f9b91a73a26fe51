import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test (Playwright's _electron): runs only where the Electron binary exists.
 * Without it, the test skips with the reason; `npm start` with Node 22.12+ downloads it.
 */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: 'test-results/electron',
});
