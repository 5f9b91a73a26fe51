/**
 * What a file really is, from its first bytes, whatever its name says: a PNG renamed .docx
 * must be told apart from a damaged Word document.
 */

export type SniffedType =
  | { kind: 'pdf' }
  | { kind: 'zip' } // a Word document is a zip; which zip it is needs a look inside (docx-to-lines)
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'other'; description: string };

// `weak`: two printable bytes a text file could start with ("BM", "MZ"), so only trusted for binary files.
const SIGNATURES: { bytes: number[]; description: string; weak?: boolean }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], description: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], description: 'a TIFF image' },
  { bytes: [0x42, 0x4d], description: 'a BMP image', weak: true },
  { bytes: [0x52, 0x49, 0x46, 0x46], description: 'a RIFF media file (WebP image, WAV or AVI)' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    description: 'an old-format Word (.doc) or Office 97-2003 file',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], description: 'an RTF document' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], description: 'a 7-Zip archive' },
  { bytes: [0x4d, 0x5a], description: 'a Windows program', weak: true },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], description: 'a program (ELF executable)' },
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

export function sniffType(bytes: Uint8Array): SniffedType {
  // PDF readers accept "%PDF-" anywhere in the first kilobyte (some files carry a junk prefix).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  // "ftyp" at offset 4: MP4, MOV, HEIC photos from phones.
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return { kind: 'other', description: 'a video or HEIC photo' };
  const text = looksLikeText(bytes);
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes) && !(sig.weak && text)) return { kind: 'other', description: sig.description };
  }
  if (text) return { kind: 'text', encoding: 'utf-8' };
  return { kind: 'other', description: 'a binary file of an unknown type' };
}

/** Text: no NUL bytes and (nearly) no control characters in the first 64 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= sample.length / 100;
}

/** What the user thought they gave us, from the file name, for the message ("not a Word document"). */
export function expectedFromName(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'docx' || ext === 'doc' || ext === 'docm') return 'a Word document';
  if (ext === 'pdf') return 'a PDF';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'a text file';
  return 'an agenda (Word, PDF or text)';
}
