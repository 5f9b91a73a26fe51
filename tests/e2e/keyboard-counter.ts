// page.keyboard with a tally: every key pressed or character typed is counted against the kind
// of capture under way ("agenda", "action", ...), so a test can print and bound the cost of each.
import { expect, type Locator, type Page } from '@playwright/test';

export class CountedKeyboard {
  private kind = 'navigation';
  private readonly counts = new Map<string, number>();
  /** How many times each kind was captured (5 agenda items, 11 actions...), for per-capture figures. */
  private readonly captures = new Map<string, number>();

  constructor(private readonly page: Page) {}

  /** The keys from here on count towards `kind`; `captures` adds to how many of it were made. */
  as(kind: string, captures = 0): this {
    this.kind = kind;
    this.captures.set(kind, (this.captures.get(kind) ?? 0) + captures);
    return this;
  }

  /** One key or chord ("Alt+R" is one keystroke), `times` over. */
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      this.add(1);
      await this.page.keyboard.press(key);
    }
  }

  /** Types text: one keystroke per character. */
  async type(text: string): Promise<void> {
    this.add([...text].length);
    await this.page.keyboard.type(text);
  }

  /**
   * Types `text` a character at a time, as someone watching a list of suggestions does, and stops
   * as soon as `chosen` (the option they want, highlighted) is there: the keys a pick needs.
   */
  async typeUntil(text: string, chosen: Locator): Promise<void> {
    for (const char of text) {
      await this.type(char);
      if (await isThere(chosen)) return;
    }
    await expect(chosen, `"${text}" typed in full and the option is still not chosen`).toBeVisible({ timeout: 1 });
  }

  /** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
  async tabTo(target: Locator, { backwards = false, max = 30 } = {}): Promise<void> {
    for (let i = 0; i <= max; i++) {
      if (await isFocused(target)) return;
      if (i < max) await this.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    await expect(target, `Tab never reached it in ${max} presses`).toBeFocused({ timeout: 1 });
  }

  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }

  /** The tally as a table: kind, keys, captures, keys per capture. */
  table(): string {
    const rows = [...this.counts].map(([kind, keys]) => {
      const n = this.captures.get(kind) ?? 0;
      return `| ${kind.padEnd(30)} | ${String(keys).padStart(5)} | ${String(n || '').padStart(8)} | ${n ? (keys / n).toFixed(1).padStart(11) : ''.padStart(11)} |`;
    });
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    return [
      '| kind of capture                |  keys | captures | per capture |',
      '| ------------------------------ | ----- | -------- | ----------- |',
      ...rows,
      `| ${'total'.padEnd(30)} | ${String(total).padStart(5)} |          |             |`,
    ].join('\n');
  }

  private add(n: number): void {
    this.counts.set(this.kind, (this.counts.get(this.kind) ?? 0) + n);
  }
}

/** Whether the locator has the focus now, without waiting (expect's own check, no page script of ours). */
async function isFocused(target: Locator): Promise<boolean> {
  try {
    await expect(target).toBeFocused({ timeout: 150 });
    return true;
  } catch {
    return false;
  }
}

async function isThere(target: Locator): Promise<boolean> {
  try {
    await expect(target).toBeVisible({ timeout: 400 });
    return true;
  } catch {
    return false;
  }
}
