// The main screens as pictures, light and dark at 1366×768 (the live console also at 1280×720),
// against baselines committed in screens.spec.ts-snapshots/. Made with Debian's Chromium, which CI
// uses: another browser draws fonts and edges differently, so there the tests skip and say why.
// Stable by construction: a fixed clock in the dev host and the page, web fonts loaded, no caret.
import { existsSync } from 'node:fs';
import { startDevHost } from '../../electron/devhost/server';
import { test as base, expect, SAMPLE } from './fixtures';
import { E2E_RENDERER_DIR, SAMPLE_DIR } from './paths';

const BASELINE_BROWSER = '/usr/bin/chromium';
/** 10.00 am on Tuesday 20 September 2016, the morning after the sample meeting (BST). */
const NOW = new Date(Date.UTC(2016, 8, 20, 9, 0));

const test = base.extend({
  devHost: async ({ dataDir }, use) => {
    const host = await startDevHost({ dataDir, rendererDir: E2E_RENDERER_DIR, sampleDir: SAMPLE_DIR, now: () => NOW });
    try {
      await use(host);
    } finally {
      await host.close();
    }
  },
});

const committee = `#/committees/${SAMPLE.committeeId}`;
const meeting = `#/meetings/${SAMPLE.meetingId}`;
const SCREENS = [
  { name: 'committees', hash: '#/' },
  { name: 'committee', hash: committee },
  { name: 'agenda-builder', hash: `${meeting}/agenda` },
  { name: 'live-console', hash: `${meeting}/live` },
  { name: 'minutes', hash: `${meeting}/minutes` },
  { name: 'review', hash: `${meeting}/review` },
  { name: 'action-log', hash: `${committee}/actions` },
  { name: 'settings', hash: '#/settings' },
];

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(({ browser }) => {
  const path = test.info().project.use.launchOptions?.executablePath;
  test.skip(
    path !== BASELINE_BROWSER || !existsSync(BASELINE_BROWSER),
    `Screenshot baselines are made with Debian's Chromium (${BASELINE_BROWSER}, as on CI); this run uses ` +
      `${path ?? "Playwright's own Chromium"} ${browser.version()}, whose fonts and anti-aliasing differ.`,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.name} (${colorScheme})`, async ({ app: page, devHost }) => {
      await page.clock.setFixedTime(NOW);
      await page.emulateMedia({ colorScheme });
      await page.goto(`http://127.0.0.1:${devHost.port}/${screen.hash}`);
      await expect(page.locator('main h1').first()).toBeVisible({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      await expect(page).toHaveScreenshot(`${screen.name}-${colorScheme}.png`, {
        animations: 'disabled',
        caret: 'hide',
        maxDiffPixelRatio: 0.002,
      });
    });
  }
}
