// Keyboard helpers for driving the live console as the coordinator does: no clicks.
import { expect, type Page } from '@playwright/test';
import type { DevHost } from '../../electron/devhost/server';
import { apiCall } from './helpers';
import { MENTIONS } from './live-replay-script';

/** Europe/London wall-clock time on 19 September 2016 (BST, UTC+1) as the page's "now". */
export async function setLondonTime(page: Page, hhmm: string): Promise<void> {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  await page.clock.setFixedTime(new Date(Date.UTC(2016, 8, 19, h - 1, m)));
}

/** The accessible name of the focused element (label, aria-label or text). */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.id;
    const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`. */
export async function tabTo(page: Page, name: string | RegExp, backwards = false, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(name)} (last: ${await focusedName(page)})`);
}

/** Alt+G, the item's number, Enter: the console's "go to item N", as the coordinator does it. */
export async function goToItem(page: Page, number: string): Promise<void> {
  await page.keyboard.press('Alt+G');
  await page.keyboard.type(number);
  await page.keyboard.press('Enter');
}

/** Types a paragraph; "@Query" opens the people list, and Enter takes the person expected. */
export async function typeParagraph(page: Page, text: string): Promise<void> {
  const parts = text.split(/@(\w+)/);
  for (let i = 0; i < parts.length; i++) {
    const piece = parts[i]!;
    if (i % 2 === 0) {
      if (piece) await page.keyboard.type(piece);
      continue;
    }
    const person = MENTIONS[piece];
    if (!person) throw new Error(`No person for @${piece}`);
    await page.keyboard.type(`@${piece}`);
    await expect(
      page.getByRole('listbox', { name: `People matching ${piece}` }).getByRole('option', { selected: true }),
    ).toContainText(person);
    await page.keyboard.press('Enter');
  }
}

/** Picks an owner in an action's owner field: a remembered one from the suggestions, or a new one typed in full. */
export async function pickOwner(page: Page, owner: string, remembered: boolean): Promise<void> {
  if (remembered) {
    await page.keyboard.type(owner.slice(0, 5));
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toHaveText(owner);
  } else {
    await page.keyboard.type(owner);
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(0);
  }
  await page.keyboard.press('Enter');
}

/** The meeting as the store has it on disk (through the API, as the page calls it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a meeting as JSON, read field by field in the tests
export async function storedMeeting(page: Page, meetingId: string): Promise<Record<string, any>> {
  const r = await apiCall(page, 'meetings:get', { meetingId });
  if (!r.ok) throw new Error(`meetings:get failed: ${r.error?.message}`);
  return r.value as Record<string, unknown>;
}

export function liveUrl(host: DevHost, meetingId: string): string {
  return `http://127.0.0.1:${host.port}/#/meetings/${meetingId}/live`;
}
