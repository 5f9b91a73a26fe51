// Every date in the renderer is typed in the app's DateField (issue 15, defect 7): the browser's
// date input put Shift+Tab on its year part and dropped typed digits without a message.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const rendererSrc = join(root, 'renderer', 'src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return svelteFiles(path);
    return e.name.endsWith('.svelte') ? [path] : [];
  });
}

describe('date fields in the renderer', () => {
  it('none is a native <input type="date">, nor a TextField of type date', () => {
    const found = svelteFiles(rendererSrc).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // Tags span lines: each <input …> or <TextField …> up to its closing >.
      const tags = [...text.matchAll(/<(input|TextField)\b[^>]*>/g)].map((m) => m[0]);
      return tags
        .filter((tag) => /\btype\s*=\s*["'{]?\s*["']?date\b/.test(tag))
        .map((tag) => `${relative(root, file)}: ${tag.replace(/\s+/g, ' ').slice(0, 80)}`);
    });
    expect(found).toEqual([]);
  });

  it('the check would see one', () => {
    const tag = '<input\n  id="x"\n  type="date"\n  bind:value={d}\n/>';
    expect(/\btype\s*=\s*["'{]?\s*["']?date\b/.test([...tag.matchAll(/<(input|TextField)\b[^>]*>/g)][0]![0])).toBe(
      true,
    );
  });
});
