/** Text and Markdown files to lines: decoded (UTF-8, UTF-16 with a byte-order mark, or Windows-1252), split, kept as written. */
import type { ExtractResult } from '$shared/agenda-import/types';
import { IMPORT_LIMITS, limitError } from './limits';

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, euro); Node's decoder may treat them as Latin-1 controls. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: older Windows tools save text as Windows-1252, which never fails to decode.
    return decodeCp1252(bytes);
  }
}

export function textToLines(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
  fileName = '',
): ExtractResult {
  const text = decode(bytes, encoding).replace(/^\uFEFF/, '');
  // Refused before splitting: 50 MB of one-character lines would be 25 million strings.
  if (text.length > IMPORT_LIMITS.textChars) return { ok: false, error: limitError(fileName, { kind: 'text-chars' }) };
  const lines = text.split(/\r\n|\r|\n/);
  if (!lines.some((l) => l.trim() !== '')) {
    return { ok: false, error: { code: 'EMPTY_FILE', message: 'This file has no text in it.' } };
  }
  return { ok: true, value: { lines, source: 'text' } };
}
