// Writes a zip with Node's native zlib (through yazl) rather than JSZip's JavaScript deflate,
// which was half the cost of a CLI export. Entries keep the order given and a fixed DOS date,
// with no extended-timestamp field, so the same entries always give the same bytes.
import { ZipFile } from 'yazl';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** The entry's date, read as UTC (as JSZip reads and writes DOS dates). */
  date: Date;
}

/**
 * yazl writes a date's local-time fields; this gives a date whose local fields are `date`'s UTC
 * fields, so the DOS date is the same on every machine, whatever its time zone.
 */
function utcFieldsAsLocal(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/** A DEFLATE zip of the entries, in their order. */
export function writeZip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const { name, data, date } of entries) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    zip.addBuffer(buffer, name, { mtime: utcFieldsAsLocal(date), forceDosTimestamp: true, compressionLevel: 6 });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    zip.end();
  });
}
