// `npm run screens`: the app's main screens as pictures, so a reader can see Scrutineer without
// running it. Starts a dev host on a throw-away copy of the sample committee, opens each screen in
// Debian's Chromium (light and dark) and writes PNGs to docs/screens/ (or --out <dir>).
//   npx tsx scripts/screens.ts [--out dir] [--all]   (--all: every size, not only 1366×768 and the live console at 1280×720)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startDevHost } from '../electron/devhost/server';

const repo = resolve(import.meta.dirname, '..');
const SAMPLE_COMMITTEE = '6ebd3145-1732-4a32-ac3f-1f1da2651dfb';
const SAMPLE_MEETING = '4c5b31e8-693d-4d60-9ad1-a96799d44f3b';

/** The screens shown, by name, with where they are. */
export const SCREENS: { name: string; hash: string }[] = [
  { name: 'committees', hash: '#/' },
  { name: 'committee', hash: `#/committees/${SAMPLE_COMMITTEE}` },
  { name: 'committee-setup', hash: `#/committees/${SAMPLE_COMMITTEE}/setup` },
  { name: 'meeting', hash: `#/meetings/${SAMPLE_MEETING}` },
  { name: 'agenda-builder', hash: `#/meetings/${SAMPLE_MEETING}/agenda` },
  { name: 'live-console', hash: `#/meetings/${SAMPLE_MEETING}/live` },
  { name: 'minutes', hash: `#/meetings/${SAMPLE_MEETING}/minutes` },
  { name: 'review', hash: `#/meetings/${SAMPLE_MEETING}/review` },
  { name: 'action-log', hash: `#/committees/${SAMPLE_COMMITTEE}/actions` },
  { name: 'work-programme', hash: `#/committees/${SAMPLE_COMMITTEE}/work-programme` },
  { name: 'import', hash: `#/committees/${SAMPLE_COMMITTEE}/import` },
  { name: 'settings', hash: '#/settings' },
];

const { values } = parseArgs({
  options: { out: { type: 'string' }, all: { type: 'boolean', default: false } },
  strict: true,
});
const out = resolve(values.out ?? join(repo, 'docs', 'screens'));
const sizes = values.all
  ? [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]
  : [{ width: 1366, height: 768 }];

const dataDir = mkdtempSync(join(tmpdir(), 'scrutineer-screens-'));
const host = await startDevHost({
  dataDir,
  rendererDir: join(repo, 'out', 'renderer'),
  sampleDir: join(repo, 'resources', 'sample'),
});
const browser = await chromium.launch({
  executablePath: process.env.SCRUTINEER_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=en-GB'],
});
try {
  mkdirSync(out, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const shots = [
      ...sizes.flatMap((viewport) => SCREENS.map((s) => ({ ...s, viewport }))),
      // The live console at a common council laptop's size, whatever else is asked for.
      ...(values.all
        ? []
        : [{ ...SCREENS.find((s) => s.name === 'live-console')!, viewport: { width: 1280, height: 720 } }]),
    ];
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: shot.viewport,
        colorScheme,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByRole('link', { name: 'Scrutineer' }).waitFor();
      await page.goto(`${new URL(host.url).origin}/${shot.hash}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main h1').first().waitFor({ timeout: 10_000 });
      const file = join(out, `${shot.name}-${shot.viewport.width}x${shot.viewport.height}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
