// The reference pack's front sheet and item table (tests/fixtures/reference-pack.txt, lines 1-60),
// read independently of the app, so tests can hold what the app writes against what was printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pack = readFileSync(join(import.meta.dirname, '../fixtures/reference-pack.txt'), 'utf8').split('\n');

/** Line n of the pack, counting from 1 as an editor does. */
export const packLine = (n: number): string => pack[n - 1]!;

export interface PackItem {
  /** As printed in the number column: "1.". */
  number: string;
  title: string;
  summary: string[];
  pages: string;
}

const strip = (html: string) =>
  html
    .split(/<\/p>\s*<p>/)
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);

/** The item table (lines 37-60): number, title, summary paragraphs, pages. */
export function packItems(): PackItem[] {
  const items: PackItem[] = [];
  for (let n = 37; n <= 60; n++) {
    const line = packLine(n);
    const plain = /^<b>(\d+)\. (.+?)<\/b>\t(.*?)\t(.*)$/.exec(line);
    if (plain) {
      items.push({ number: `${plain[1]}.`, title: plain[2]!, summary: strip(plain[3]!), pages: plain[4]!.trim() });
      continue;
    }
    const cells = line.startsWith('|')
      ? line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim())
      : [];
    if (cells.length !== 3 || /^-+$/.test(cells[0]!)) continue;
    const number = /^<b>(\d+)\.<\/b>$/.exec(cells[0]!);
    if (number)
      items.push({ number: `${number[1]}.`, title: cells[1]!.replace(/<\/?b>/g, ''), summary: [], pages: cells[2]! });
    else if (!cells[0] && cells[1]) items[items.length - 1]!.summary.push(...strip(cells[1]));
  }
  return items;
}
