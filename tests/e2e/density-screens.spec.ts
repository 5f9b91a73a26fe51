// Compact density on the management screens, light and dark, at 1280×720: each screen is shorter
// than at comfortable density, never scrolls sideways, and axe finds nothing. The screens are kept
// as pictures in the test's output for a person to look at.
import type { Page } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, expectNoAxeViolations, openRoute } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const SCREENS = [
  { name: 'committee', hash: `#/committees/${SAMPLE.committeeId}`, heading: SAMPLE.committee },
  { name: 'agenda builder', hash: `#/meetings/${SAMPLE.meetingId}/agenda`, heading: /Agenda/ },
  { name: 'settings', hash: '#/settings', heading: 'Settings' },
];

async function open(page: Page, devHost: DevHost, hash: string, heading: string | RegExp): Promise<number> {
  await openRoute(page, devHost, hash);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  return page.evaluate(() => document.documentElement.scrollHeight);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const screen of SCREENS) {
      test(`the ${screen.name} is shorter in compact, without sideways scrolling or axe violations`, async ({
        app: page,
        devHost,
      }, testInfo) => {
        const comfortable = await open(page, devHost, screen.hash, screen.heading);
        const set = await apiCall(page, 'settings:set', { userName: '', density: 'compact' });
        expect(set.ok).toBe(true);
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
        const compact = await open(page, devHost, screen.hash, screen.heading);
        console.log(`${screen.name} (${colorScheme}): ${comfortable} px tall comfortable, ${compact} px compact`);
        expect(compact).toBeLessThan(comfortable);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        await page.screenshot({ path: testInfo.outputPath(`${screen.name}-compact-${colorScheme}.png`) });
        await expectNoAxeViolations(page, `the ${screen.name}, compact`);
      });
    }
  });
}
