// The typing benchmark's "keystroke → confirmed on disk" round (bench/typing.bench.ts): the page
// types in the live console; the dev host's notes:updateParagraph handler is wrapped to note when
// each save was answered, how long its text was and whether the answer said it is on disk.
import type { Page } from '@playwright/test';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** A save of the typed paragraph as the dev host answered it: when, how long its text, whether on disk. */
export interface SaveAck {
  at: number;
  textLength: number;
  saved: boolean;
}

export const contentLength = (input: unknown): number =>
  ((input as { content?: { text?: string }[] }).content ?? []).reduce((n, c) => n + (c.text?.length ?? 0), 0);

/** The handler's answer says the revision is on disk ({saved: true}, bare or inside {ok, value}). */
export function savedIn(result: unknown): boolean {
  const r = result as { saved?: boolean; value?: { saved?: boolean } } | undefined;
  return r?.saved === true || r?.value?.saved === true;
}

/**
 * Types `text` at `keyDelayMs` and, per keystroke, the time from its keydown in the page to the
 * first save answered as on disk whose text holds that keystroke. Typing appends at the end of one
 * paragraph, so a save holds keystroke i when its text is at least the starting length + i + 1;
 * the starting length is the last save's length less the characters typed.
 */
export async function keystrokeToDisk(page: Page, acks: SaveAck[], text: string, keyDelayMs: number) {
  const firstAck = acks.length;
  await page.evaluate(() => {
    const w = window as unknown as { benchKeyTimes: number[] };
    w.benchKeyTimes = [];
    document.addEventListener('keydown', () => w.benchKeyTimes.push(Date.now()), { capture: true });
  });
  await page.keyboard.type(text, { delay: keyDelayMs });
  await page.waitForTimeout(1000); // the last save's answer
  const keyTimes = await page.evaluate(() => (window as unknown as { benchKeyTimes: number[] }).benchKeyTimes);
  const round = acks.slice(firstAck);
  if (keyTimes.length !== text.length || !round.length)
    throw new Error(
      `keystroke → disk: ${keyTimes.length} keydowns for ${text.length} characters, ${round.length} saves`,
    );
  const start = round.at(-1)!.textLength - text.length;
  const latencies = keyTimes.map((t, i) => {
    const ack = round.find((a) => a.saved && a.at >= t && a.textLength >= start + i + 1);
    if (!ack) throw new Error(`keystroke ${i + 1} of ${text.length} was never answered as on disk`);
    return ack.at - t;
  });
  return {
    keys: latencies.length,
    saves: round.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
