/**
 * The parts of a Word file (a zip), read within limits. JSZip reads the zip's directory, and
 * every part is unpacked here, chunk by chunk, and checked as it comes:
 *   - before anything is unpacked, the sizes the zip declares must add up to no more than
 *     IMPORT_LIMITS.docxUnpackedBytes (and the entries be no more than docxEntries);
 *   - a part that unpacks to more than its declared size is stopped there (the sizes lied), so
 *     what is really unpacked is within the same limit;
 *   - an XML part is checked as it is unpacked (XmlGuard: element count, size, no DOCTYPE).
 * mammoth reads the parts through `asMammothFile()`, so it never unpacks anything itself.
 */
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { IMPORT_LIMITS, LimitCrossed } from './limits';
import { XmlGuard, type XmlBudget } from './xml-guard';

/** JSZip's record of an entry as read from the zip's directory (jszip 3.10, pinned). */
interface CompressedEntry {
  compressedSize: number;
  uncompressedSize: number;
  compression: { magic: string } | null;
  compressedContent: Uint8Array;
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';
const CHUNK = 64 * 1024;

/** The zip's entry count from its end-of-directory record (zip64 too), or null if it has none. */
export function zipEntryCount(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const count = view.getUint16(at + 10, true);
    if (count !== 0xffff || at < 20 || view.getUint32(at - 20, true) !== 0x07064b50) return count;
    const zip64End = Number(view.getBigUint64(at - 20 + 8, true));
    if (zip64End + 40 > bytes.length || view.getUint32(zip64End, true) !== 0x06064b50) return count;
    return Number(view.getBigUint64(zip64End + 32, true));
  }
  return null;
}

/** Raised for a zip JSZip cannot read (cut short, not a zip). */
export class DamagedZip extends Error {}

export class DocxParts {
  private readonly budget: XmlBudget = { elements: 0, chars: 0 };
  private readonly xmlCache = new Map<string, Promise<string>>();
  /** The first limit a part crossed, kept even if the reader (mammoth) swallows or wraps the error. */
  crossed: LimitCrossed | null = null;

  private constructor(private readonly zip: JSZip) {}

  /** Opens the zip's directory and checks the declared sizes; unpacks nothing. */
  static async open(bytes: Uint8Array): Promise<DocxParts> {
    const entries = zipEntryCount(bytes);
    if (entries !== null && entries > IMPORT_LIMITS.docxEntries) throw new LimitCrossed({ kind: 'docx-entries' });
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (err) {
      throw new DamagedZip((err as Error).message);
    }
    const files = Object.values(zip.files);
    if (files.length > IMPORT_LIMITS.docxEntries) throw new LimitCrossed({ kind: 'docx-entries' });
    let declared = 0;
    for (const file of files) declared += DocxParts.entry(file)?.uncompressedSize ?? 0;
    if (declared > IMPORT_LIMITS.docxUnpackedBytes) throw new LimitCrossed({ kind: 'docx-unpacked' });
    return new DocxParts(zip);
  }

  private static entry(file: JSZip.JSZipObject): CompressedEntry | null {
    const data = (file as unknown as { _data?: CompressedEntry })._data;
    return data && typeof data.uncompressedSize === 'number' ? data : null;
  }

  has(name: string): boolean {
    const file = this.zip.file(name);
    return file !== null && !file.dir;
  }

  /** A part's bytes, unpacked up to its declared size; `onChunk` sees each piece as it comes. */
  async bytes(name: string, onChunk?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
    const file = this.zip.file(name);
    const entry = file ? DocxParts.entry(file) : null;
    if (!file || !entry) throw new DamagedZip(`no part ${name}`);
    const max = entry.uncompressedSize;
    const magic = entry.compression?.magic;
    if (magic === STORE) {
      const data = entry.compressedContent.subarray(0, max);
      // In pieces, as inflated parts come, so a check can stop early.
      return this.note(
        (async () => {
          for (let at = 0; at < data.length; at += CHUNK) onChunk?.(data.subarray(at, at + CHUNK));
          return data;
        })(),
      );
    }
    if (magic !== DEFLATE) throw new DamagedZip(`part ${name} is packed in a way Word does not use`);
    // JSZip's stream inflates with pako on this thread, in small steps: no task goes to the
    // libuv pool that the app's own file writes share (zlib's async API would queue there).
    return this.note(
      new Promise<Uint8Array>((resolve, reject) => {
        const stream = file.nodeStream('nodebuffer') as Readable;
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        const fail = (err: Error): void => {
          failed = true;
          stream.destroy();
          reject(err);
        };
        stream.on('data', (chunk: Buffer) => {
          if (failed) return;
          size += chunk.length;
          if (size > max) return fail(new LimitCrossed({ kind: 'docx-lying-size', part: name }));
          chunks.push(chunk);
          try {
            onChunk?.(chunk);
          } catch (err) {
            fail(err as Error);
          }
        });
        stream.on('error', (err: Error) => {
          if (!failed) fail(new DamagedZip(err.message));
        });
        stream.on('end', () => {
          if (!failed) resolve(Buffer.concat(chunks, size));
        });
      }),
    );
  }

  private note<T>(p: Promise<T>): Promise<T> {
    return p.catch((err: unknown) => {
      if (err instanceof LimitCrossed) this.crossed ??= err;
      throw err;
    });
  }

  /** An XML part as text, checked as it is unpacked; each part is read once. */
  xml(name: string): Promise<string> {
    let text = this.xmlCache.get(name);
    if (!text) {
      const guard = new XmlGuard(name, this.budget);
      text = this.note(this.bytes(name, (chunk) => guard.write(chunk)).then(() => guard.end()));
      this.xmlCache.set(name, text);
    }
    return text;
  }

  /**
   * The zip as mammoth reads it (its `file` input: exists, read). mammoth reads every XML part
   * as text ("utf-8"), so each goes through the XML check, whatever its name; images it would
   * read as bytes are never read (the converter skips them).
   */
  asMammothFile(): {
    exists(name: string): boolean;
    read(name: string, encoding?: string): Promise<string | Uint8Array>;
  } {
    return {
      exists: (name) => this.has(name),
      read: async (name, encoding) => {
        if (!encoding) return this.bytes(name);
        if (encoding.toLowerCase().replace('-', '') !== 'utf8')
          throw new DamagedZip(`part ${name} asked for as ${encoding}`);
        return this.xml(name);
      },
    };
  }
}
