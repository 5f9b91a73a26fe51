import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Request, type Route } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';

/** Opens a route of the app ("#/meetings/<id>") on the dev host, the token cookie already set. */
export async function openRoute(page: Page, host: DevHost, hash: string): Promise<void> {
  await page.goto(`http://127.0.0.1:${host.port}/${hash}`);
}

/** Calls the API as the page does (same cookie), to compare what the screen shows with what it says. */
export async function apiCall(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`${origin}/api/${encodeURIComponent(channel)}`, {
    data: input,
    headers: { 'Content-Type': 'application/json' },
  });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** Matches the dev host's POST /api/<channel> for one channel (the page URL-encodes the colon). */
export function isChannel(channel: string): (url: URL) => boolean {
  return (url) => decodeURIComponent(url.pathname) === `/api/${channel}`;
}

/**
 * Runs axe (WCAG 2.x A and AA, best practices) and fails listing each violation and where it is.
 * Every rule still checks every element; two settings only spare work whose results are never read
 * (same violations, same places, about a fifth of the time on the live console):
 * - legacy mode runs axe.run in the page, instead of a partial run per frame finished in a fresh
 *   blank page (a new renderer process and a second axe injection per scan). The app has no iframes.
 * - resultTypes ['violations'] keeps every node only for violations: passes and incomplete keep one
 *   example each, instead of a selector and HTML snippet for each of thousands of passing nodes.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

/** A gate: requests for a channel wait until released, so a test can look at the screen meanwhile. */
export function holdResponses(page: Page, channel: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const seen: Request[] = [];
  let answered = 0;
  const handler = async (route: Route) => {
    seen.push(route.request());
    // The store does the work now; only its answer to the page is held back.
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
    answered++;
  };
  return {
    install: () => page.route(isChannel(channel), handler),
    release: () => release(),
    requests: () => seen.length,
    answered: () => answered,
  };
}
