// Hostile agenda files, generated at test time in well under a second each (never committed):
// Word files whose small zip unpacks into millions of paragraphs or styles, or hundreds of MB
// of text (with honest or lying sizes in the zip), and PDFs whose small streams unpack into
// gigabytes. The trick that keeps them fast to make: deflate one chunk of the repeated content
// with a full flush (the compressed chunk then stands alone, ending on a byte boundary), repeat
// those compressed bytes as often as needed, and close the stream with an empty final block.
// The CRC (zip) or Adler-32 (PDF) is computed over the repeated chunk without building it whole.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'agendas');

/** An empty final deflate block (fixed Huffman, end of block only): closes a stream of full-flushed chunks. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** A part's content as `head + chunk × times + tail`, deflated without ever being built whole. */
export interface Repeated {
  head: string;
  chunk: string;
  times: number;
  tail: string;
}

interface Deflated {
  deflated: Buffer;
  size: number;
  crc: number;
}

function deflateRepeated(r: Repeated): Deflated {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const head = Buffer.from(r.head);
  const chunk = Buffer.from(r.chunk);
  const tail = Buffer.from(r.tail);
  const chunkDeflated = deflateRawSync(chunk, flush);
  const parts = [deflateRawSync(head, flush)];
  for (let i = 0; i < r.times; i++) parts.push(chunkDeflated);
  parts.push(deflateRawSync(tail, flush), FINAL_BLOCK);
  let crc = crc32(head);
  for (let i = 0; i < r.times; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  return { deflated: Buffer.concat(parts), size: head.length + chunk.length * r.times + tail.length, crc };
}

function deflated(data: Uint8Array): Deflated {
  return { deflated: deflateRawSync(data, { level: 6 }), size: data.length, crc: crc32(data) };
}

interface ZipEntry extends Deflated {
  name: string;
  /** The uncompressed size the zip's headers declare (a lie when it differs from `size`). */
  declared?: number;
}

/** A zip of deflated entries, written by hand so the sizes in its headers can lie. */
function writeZip(entries: ZipEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const declared = e.declared ?? e.size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1 January 1980
    header.writeUInt32LE(e.crc >>> 0, 14);
    header.writeUInt32LE(e.deflated.length, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    header.copy(dir, 8, 6, 30); // flags, method, time, crc, sizes, name length
    dir.writeUInt32LE(offset, 42);
    local.push(header, name, e.deflated);
    central.push(dir, name);
    offset += header.length + name.length + e.deflated.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, dirBytes, end]));
}

let base: Promise<Map<string, Uint8Array>> | null = null;

/** The parts of a real Word agenda (the table agenda fixture), to build hostile ones from. */
function baseParts(): Promise<Map<string, Uint8Array>> {
  base ??= (async () => {
    const zip = await JSZip.loadAsync(await readFile(join(FIXTURES, 'table-agenda.docx')));
    const parts = new Map<string, Uint8Array>();
    for (const [name, file] of Object.entries(zip.files))
      if (!file.dir) parts.set(name, await file.async('uint8array'));
    return parts;
  })();
  return base;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document (the table agenda's parts) with some parts replaced by repeated content. */
async function docxWith(replace: Record<string, Repeated>, lie: Record<string, number> = {}): Promise<Uint8Array> {
  const entries: ZipEntry[] = [];
  for (const [name, data] of await baseParts()) {
    const r = replace[name];
    entries.push({
      name,
      ...(r ? deflateRepeated(r) : deflated(data)),
      ...(lie[name] !== undefined ? { declared: lie[name] } : {}),
    });
  }
  return writeZip(entries);
}

export interface HostileFile {
  /** What it is, for test names and reports. */
  label: string;
  name: string;
  bytes: Uint8Array;
}

/** The 533 KB agenda of issue 12: millions of tiny paragraphs (a run of one letter each). */
export async function manyParagraphsDocx(paragraphs = 5_000_000): Promise<HostileFile> {
  const per = 10_000;
  const bytes = await docxWith({
    'word/document.xml': {
      head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`,
      chunk: '<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(per),
      times: Math.ceil(paragraphs / per),
      tail: '</w:body></w:document>',
    },
  });
  return { label: `${(paragraphs / 1e6).toFixed(1)} million tiny paragraphs`, name: 'agenda.docx', bytes };
}

/** A styles.xml of millions of styles. */
export async function hugeStylesDocx(styles = 3_000_000): Promise<HostileFile> {
  const per = 1_000;
  const chunk = Array.from({ length: per }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"/>`).join('');
  const bytes = await docxWith({
    'word/styles.xml': {
      head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>`,
      chunk,
      times: Math.ceil(styles / per),
      tail: '</w:styles>',
    },
  });
  return { label: `${(styles / 1e6).toFixed(1)} million styles`, name: 'agenda.docx', bytes };
}

/**
 * One paragraph holding `megabytes` MB of text. `lie`: the zip's headers declare the part as
 * 1 KB, so only a limit on what is really inflated stops it.
 */
export async function bigTextDocx(megabytes = 300, lie = false): Promise<HostileFile> {
  const text = 'Agenda item text. '.repeat(Math.ceil((1024 * 1024) / 18)).slice(0, 1024 * 1024);
  const bytes = await docxWith(
    {
      'word/document.xml': {
        head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>`,
        chunk: text,
        times: megabytes,
        tail: '</w:t></w:r></w:p></w:body></w:document>',
      },
    },
    lie ? { 'word/document.xml': 1024 } : {},
  );
  return { label: `${megabytes} MB of text${lie ? ', its size in the zip a lie' : ''}`, name: 'agenda.docx', bytes };
}

/** A Word document whose document.xml carries a DOCTYPE (an entity bomb and an external entity). */
export async function doctypeDocx(): Promise<HostileFile> {
  const bytes = await docxWith({
    'word/document.xml': {
      head: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body>`,
      chunk: '<w:p><w:r><w:t>&b;&x;</w:t></w:r></w:p>',
      times: 1,
      tail: '</w:body></w:document>',
    },
  });
  return { label: 'a DOCTYPE with entities', name: 'agenda.docx', bytes };
}

// ---- PDF

/** A zlib stream (header, deflate, Adler-32) of `megabytes` MB of spaces, built in a few ms. */
function zlibSpaces(megabytes: number): Buffer {
  const mb = 1024 * 1024;
  const d = deflateRepeated({ head: '', chunk: ' '.repeat(mb), times: megabytes, tail: '' });
  // Adler-32 of n spaces: a = 1 + 32n, b = n + 32·n(n+1)/2 (mod 65521).
  const n = BigInt(d.size);
  const a = (1n + 32n * n) % 65521n;
  const b = (n + 16n * n * (n + 1n)) % 65521n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), d.deflated, adler]);
}

/** A PDF of `pages` pages, each with a content stream of `megabytes` MB of spaces and then a line of text. */
function pdfOfStreams(pages: number, megabytes: number): Uint8Array {
  const objects: Buffer[] = [];
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + i * 3);
  const stream = (data: Buffer, filter: string): Buffer =>
    Buffer.concat([Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]);
  objects[1] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`);
  objects[3] = Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const bomb = stream(zlibSpaces(megabytes), ' /Filter /FlateDecode');
  const text = stream(
    Buffer.from('BT /F1 12 Tf 72 720 Td (Agenda of the Audit Committee, Monday 19 September 2016) Tj ET'),
    '',
  );
  for (const id of pageIds) {
    // Each page its own streams (a reader may cache a stream it has decoded): the spaces are
    // whitespace to the content parser, which reads through them to the text.
    objects[id] = Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [${id + 1} 0 R ${id + 2} 0 R] >>`,
    );
    objects[id + 1] = bomb;
    objects[id + 2] = text;
  }
  const out: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = out[0]!.length;
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = at;
    const obj = Buffer.concat([Buffer.from(`${id} 0 obj\n`), objects[id]!, Buffer.from('\nendobj\n')]);
    out.push(obj);
    at += obj.length;
  }
  const xref = [
    `xref\n0 ${objects.length}\n0000000000 65535 f \n`,
    ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  out.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(out));
}

/** A flate bomb: one page whose content stream, about 1 MB in the file, unpacks to `gigabytes` GB. */
export function flateBombPdf(gigabytes = 1): HostileFile {
  return {
    label: `a content stream unpacking to ${gigabytes} GB`,
    name: 'agenda.pdf',
    bytes: pdfOfStreams(1, gigabytes * 1024),
  };
}

/** Many pages, each with a content stream unpacking to `megabytes` MB: no one stream is huge, the total is. */
export function manyStreamsPdf(pages = 40, megabytes = 100): HostileFile {
  return {
    label: `${pages} content streams of ${megabytes} MB each`,
    name: 'agenda.pdf',
    bytes: pdfOfStreams(pages, megabytes),
  };
}
