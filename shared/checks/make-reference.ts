// Turns a plain-text name in a paragraph into a reference to the roster person it means (what a
// name-reference finding offers): the first place the words are written, as a whole name.
import type { Inline } from '../domain';
import { plainApostrophes } from './name-text';

const TITLE_BEFORE = /(?<![\p{L}])(Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content with `written` replaced by a reference to the person, or undefined when it is not there as a name. */
export function withReference(content: readonly Inline[], written: string, personId: string): Inline[] | undefined {
  // Apostrophes may be typed either way; the words must stand alone (not inside a longer name), a possessive allowed.
  const pattern = new RegExp(
    `(?<![\\p{L}'’-])${escape(plainApostrophes(written)).replace(/'/g, "['’]")}(?![\\p{L}-])(?!['’](?!s(?!\\p{L}))\\p{L})`,
    'u',
  );
  for (let i = 0; i < content.length; i++) {
    const run = content[i]!;
    if (run.t !== 'text') continue;
    const m = pattern.exec(run.text);
    if (!m) continue;
    // A title typed before the name goes too: the reference writes "Councillor" itself.
    const before = run.text.slice(0, m.index).replace(TITLE_BEFORE, '');
    const after = run.text.slice(m.index + m[0].length);
    const replaced: Inline[] = [
      ...(before ? [{ t: 'text' as const, text: before }] : []),
      { t: 'person', personId },
      ...(after ? [{ t: 'text' as const, text: after }] : []),
    ];
    return [...content.slice(0, i), ...replaced, ...content.slice(i + 1)];
  }
  return undefined;
}
