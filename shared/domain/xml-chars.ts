// Characters no text of Scrutineer's may hold, because Word files (XML) cannot: the C0 controls
// other than tab, line feed and carriage return, lone surrogates (half of a character, never a
// whole one), U+FFFE and U+FFFF; and the other Unicode noncharacters (U+FDD0-U+FDEF and the last
// two code points of every plane), which XML tolerates but no real text contains. One U+FFFE in a
// committee's name made every Word file refuse to open. They are removed, the text around them
// kept, both where text enters the store (the schemas) and where it leaves for XML (the writers).

const CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F';
const NONCHARACTERS = [
  '\\uFDD0-\\uFDEF\\uFFFE\\uFFFF',
  ...Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`),
].join('');
// With the u flag, [\uD800-\uDFFF] matches only a surrogate that is not half of a pair.
const SOURCE = `[${CONTROLS}\\uD800-\\uDFFF${NONCHARACTERS}]`;
const ILLEGAL = new RegExp(SOURCE, 'gu');
const ANY_ILLEGAL = new RegExp(SOURCE, 'u');

/** `text` without the characters XML cannot hold or no text should (see above); the same string when there are none. */
export function removeXmlIllegal(text: string): string {
  return ANY_ILLEGAL.test(text) ? text.replace(ILLEGAL, '') : text;
}

/** Whether `text` holds any character `removeXmlIllegal` removes. */
export function hasXmlIllegal(text: string): boolean {
  return ANY_ILLEGAL.test(text);
}

/**
 * `value` with `removeXmlIllegal` applied to every string in it (plain objects and arrays are
 * copied; anything else is kept as it is). For the writers: whatever data reaches them, from a file
 * an older version saved or from code that skipped the schemas, no character XML cannot hold is
 * written, and no lone surrogate is turned into U+FFFD on the way to UTF-8.
 */
export function removeXmlIllegalDeep<T>(value: T): T {
  if (typeof value === 'string') return removeXmlIllegal(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => removeXmlIllegalDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = removeXmlIllegalDeep(v);
    return out as T;
  }
  return value;
}
