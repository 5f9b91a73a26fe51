// Hostile Word files for the template and writer tests, made at test time (none is committed):
// a minimal .docx around any styles.xml, and a zip written by hand so its directory can lie about
// how large an entry is once inflated.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const CONTENT_TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const DOCUMENT = `${DECL}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Council template</w:t></w:r></w:p></w:body></w:document>`;

/** A styles part: the declaration, the root in WordprocessingML, and `inner`. */
export function stylesXml(inner: string): string {
  return `${DECL}<w:styles xmlns:w="${W_NS}">${inner}</w:styles>`;
}

/** The smallest .docx Word opens, with `styles` as its styles part (and any other parts given). */
export async function minimalDocx(styles: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', DOCUMENT);
  zip.file('word/_rels/document.xml.rels', DOC_RELS);
  zip.file('word/styles.xml', styles);
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The template of issue 12: 4 KB, whose styles part repeats `<w:style.x></w:style.x>` 45,000 times (1 MB). */
export function quadraticStyles(repeats = 45_000): string {
  return stylesXml('<w:style.x></w:style.x>'.repeat(repeats));
}

interface RawEntry {
  name: string;
  /** The raw DEFLATE stream. */
  deflated: Buffer;
  /** What the zip's headers say the entry inflates to (may lie). */
  size: number;
  crc: number;
}

/** A zip written byte by byte, so headers can say anything. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

export function entry(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A styles part that inflates to `megabytes` MB (spaces inside the root element), in about a
 * kilobyte a megabyte: one flushed block of a megabyte of spaces, repeated.
 */
export function bombEntry(name: string, megabytes: number, lie: boolean): RawEntry {
  const head = Buffer.from(`${DECL}<w:styles xmlns:w="${W_NS}">`);
  const tail = Buffer.from('</w:styles>');
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), flush);
  const deflated = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: megabytes }, () => block),
    deflateRawSync(tail),
  ]);
  const size = head.length + megabytes * (1 << 20) + tail.length;
  return { name, deflated, size: lie ? 1_000 : size, crc: 0 };
}
