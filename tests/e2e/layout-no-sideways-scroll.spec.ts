// No screen scrolls sideways on a council laptop, a desktop, or at 200% zoom at 1280 wide. Every
// route of the router is visited (renderer/src/lib/route-examples.ts: one example per route name).
// 200% zoom is emulated as a 640×360 CSS viewport at deviceScaleFactor 2: what Chromium lays out
// when a 1280×720 window is zoomed to 200%.
import { parseHash } from '../../renderer/src/lib/routes';
import { routeExamples } from '../../renderer/src/lib/route-examples';
import { test, expect, SAMPLE } from './fixtures';

const SIZES = [
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1366×768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1920×1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  { name: '200% zoom at 1280×720', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
];

const EXAMPLES = Object.entries(routeExamples({ committeeId: SAMPLE.committeeId, meetingId: SAMPLE.meetingId }));

test('every route has an example that the router reads as that route', () => {
  for (const [name, hash] of EXAMPLES) expect(parseHash(hash)?.name, hash).toBe(name);
});

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('no screen scrolls sideways', async ({ app: page, devHost }) => {
      test.setTimeout(120_000);
      const wide: string[] = [];
      for (const [name, hash] of EXAMPLES) {
        await page.goto(`http://127.0.0.1:${devHost.port}/${hash}`);
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const { scrollWidth, clientWidth } = await page.evaluate(() => {
          const el = document.scrollingElement!;
          return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
        });
        if (scrollWidth > clientWidth) wide.push(`${name} (${hash}): ${scrollWidth} px wide in ${clientWidth}`);
      }
      expect(wide, `screens that scroll sideways at ${size.name}`).toEqual([]);
    });
  });
}
