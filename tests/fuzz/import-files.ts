// Import files for the import fuzzer: the agenda fixtures as seeds, mutated byte by byte, cut
// short, spliced; Word files rebuilt with a damaged document.xml (unclosed tags, an entity bomb,
// deep nesting, hostile text); text agendas with hostile lines; plain random bytes behind the
// magic numbers the type sniffer looks for; and hostile files that expand (hostile-files.ts):
// Word files of millions of tiny paragraphs or styles, or hundreds of MB of text, and PDF
// stream bombs, each of which must be refused in words within the import limits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import {
  bigTextDocx,
  doctypeDocx,
  flateBombPdf,
  hugeStylesDocx,
  manyParagraphsDocx,
  manyStreamsPdf,
} from './hostile-files';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEED_FILES = [
  'agendas/exempt-agenda.docx',
  'agendas/exempt-agenda.pdf',
  'agendas/item-numbering-agenda.docx',
  'agendas/item-numbering-agenda.pdf',
  'agendas/table-agenda.docx',
  'agendas/table-agenda.pdf',
  'agendas/bad/damaged.pdf',
  'agendas/bad/encrypted.pdf',
  'agendas/bad/scanned.pdf',
  'agendas/bad/no-agenda.txt',
];

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

export async function loadSeeds(): Promise<Seed[]> {
  const seeds = await Promise.all(
    SEED_FILES.map(async (f) => ({
      name: f.split('/').pop()!,
      bytes: new Uint8Array(await readFile(join(FIXTURES, f))),
    })),
  );
  const pack = await readFile(join(FIXTURES, 'reference-pack.txt'), 'utf8');
  seeds.push({ name: 'agenda.txt', bytes: new TextEncoder().encode(pack.split('\n').slice(0, 400).join('\n')) });
  seeds.push({ name: 'agenda.md', bytes: new TextEncoder().encode(pack.slice(0, 6000)) });
  return seeds;
}

export type FileRecipe =
  | { kind: 'bytes'; seed: number; edits: ByteEdit[] }
  | { kind: 'docx'; seed: number; xml: XmlEdit }
  | { kind: 'text'; lines: string[]; bom: number }
  | { kind: 'random'; magic: number; body: Uint8Array }
  | { kind: 'hostile'; shape: HostileShape; scale: number };

/** Files that expand far past the import limits; `scale` (0-1) sets how far. */
export const HOSTILE_SHAPES = [
  'paragraphs',
  'styles',
  'text',
  'lyingText',
  'xmlText',
  'doctype',
  'flateBomb',
  'manyStreams',
] as const;
export type HostileShape = (typeof HOSTILE_SHAPES)[number];

type ByteEdit =
  | { op: 'flip'; at: number; mask: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'fill'; at: number; length: number; value: number }
  | { op: 'splice'; at: number; other: number };

type XmlEdit =
  | { op: 'truncate'; at: number }
  | { op: 'dropAngles'; every: number }
  | { op: 'entityBomb' }
  | { op: 'deepNest'; depth: number }
  | { op: 'inject'; text: string };

const MAGIC = ['%PDF-1.7\n', 'PK\u0003\u0004', '\uFEFF', '', '<html>', '{\\rtf1', '\u0089PNG\r\n'];
const BOMS = [
  new Uint8Array(),
  new Uint8Array([0xef, 0xbb, 0xbf]),
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xfe, 0xff]),
];

const agendaLine = fc.oneof(
  fc.constantFrom(
    'AGENDA',
    'Item Pages',
    '1. MINUTES 1 - 9',
    '999999999999. Huge number',
    '5a. Sub-item',
    'Monday 31 February 2016',
    '25.99 pm',
    'Date Issued: 30/02/2016',
    'Membership: Councillor ',
    '\u0000\u0000',
    '\t\t\t',
    'Exclusion of the press and public paragraph 99',
    '(Pages 1 - 0)',
    '. . . . . . . 4',
  ),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

export function fileRecipe(seedCount: number): fc.Arbitrary<FileRecipe> {
  const edit: fc.Arbitrary<ByteEdit> = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
    fc.record({
      op: fc.constant('fill' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 4096 }),
      value: fc.constantFrom(0, 0xff, 0x20),
    }),
    fc.record({ op: fc.constant('splice' as const), at: fc.nat(), other: fc.nat() }),
  );
  const xml: fc.Arbitrary<XmlEdit> = fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('dropAngles' as const), every: fc.integer({ min: 2, max: 50 }) }),
    fc.constant({ op: 'entityBomb' as const }),
    fc.record({ op: fc.constant('deepNest' as const), depth: fc.integer({ min: 100, max: 5000 }) }),
    fc.record({ op: fc.constant('inject' as const), text: agendaLine }),
  );
  const seed = fc.nat({ max: seedCount - 1 });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('bytes' as const),
        seed,
        edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('docx' as const), seed, xml }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('text' as const),
        lines: fc.array(agendaLine, { maxLength: 80 }),
        bom: fc.nat({ max: BOMS.length - 1 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('random' as const),
        magic: fc.nat({ max: MAGIC.length - 1 }),
        body: fc.uint8Array({ maxLength: 4096 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('hostile' as const),
        shape: fc.constantFrom(...HOSTILE_SHAPES),
        scale: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    },
  );
}

function editBytes(bytes: Uint8Array, edits: readonly ByteEdit[], seeds: readonly Seed[]): Uint8Array {
  let b: Uint8Array = bytes.slice();
  for (const e of edits) {
    const at = b.length ? e.at % b.length : 0;
    if (e.op === 'flip' && b.length) b[at] = b[at]! ^ e.mask;
    else if (e.op === 'truncate') b = b.slice(0, at);
    else if (e.op === 'insert') b = concat(b.subarray(0, at), e.bytes, b.subarray(at));
    else if (e.op === 'delete') b = concat(b.subarray(0, at), b.subarray(at + e.length));
    else if (e.op === 'fill') b.fill(e.value, at, at + e.length);
    else if (e.op === 'splice') {
      const other = seeds[e.other % seeds.length]!.bytes;
      b = concat(b.subarray(0, at), other.subarray(Math.min(at, other.length)));
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
}

function editXml(xml: string, e: XmlEdit): string {
  switch (e.op) {
    case 'truncate':
      return xml.slice(0, e.at % Math.max(1, xml.length));
    case 'dropAngles': {
      let n = 0;
      return xml.replace(/>/g, (m) => (++n % e.every === 0 ? '' : m));
    }
    case 'entityBomb':
      return xml
        .replace(
          /<w:document/,
          '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e SYSTEM "file:///etc/passwd">]><w:document',
        )
        .replace(/<w:t>/, '<w:t>&c;&e;');
    case 'deepNest':
      return xml.replace(/<w:body>/, `<w:body>${'<w:p>'.repeat(e.depth)}${'</w:p>'.repeat(e.depth)}`);
    case 'inject':
      return xml.replace(
        /<w:body>/,
        `<w:body><w:p><w:r><w:t>${e.text.replace(/[<&]/g, '')}</w:t></w:r></w:p><w:p><w:r><w:t>${e.text}</w:t></w:r></w:p>`,
      );
  }
}

/** The file the recipe describes, and a name for it (the name says what the user thinks it is). */
export async function makeFile(r: FileRecipe, seeds: readonly Seed[]): Promise<Seed> {
  if (r.kind === 'bytes') {
    const seed = seeds[r.seed % seeds.length]!;
    return { name: seed.name, bytes: editBytes(seed.bytes, r.edits, seeds) };
  }
  if (r.kind === 'docx') {
    const docx = seeds.filter((s) => s.name.endsWith('.docx'));
    const seed = docx[r.seed % docx.length]!;
    const zip = await JSZip.loadAsync(seed.bytes);
    const doc = await zip.file('word/document.xml')?.async('string');
    if (doc !== undefined) zip.file('word/document.xml', editXml(doc, r.xml));
    return { name: seed.name, bytes: await zip.generateAsync({ type: 'uint8array' }) };
  }
  if (r.kind === 'hostile') return hostileFile(r.shape, r.scale);
  if (r.kind === 'text')
    return {
      name: 'agenda.txt',
      bytes: concat(BOMS[r.bom]!, new TextEncoder().encode(r.lines.join(r.bom === 0 ? '\n' : '\r\n'))),
    };
  return { name: 'agenda.docx', bytes: concat(new TextEncoder().encode(MAGIC[r.magic]!), r.body) };
}

/** A hostile file of the shape, sized by `scale` between just past the limit and far past it. */
async function hostileFile(shape: HostileShape, scale: number): Promise<Seed> {
  const between = (low: number, high: number): number => Math.round(low + (high - low) * scale);
  switch (shape) {
    case 'paragraphs':
      return manyParagraphsDocx(between(300_000, 6_000_000));
    case 'styles':
      return hugeStylesDocx(between(300_000, 4_000_000));
    case 'text':
      return bigTextDocx(between(210, 600)); // over 200 MB unpacked, declared
    case 'lyingText':
      return bigTextDocx(between(1, 600), true); // the zip declares 1 KB
    case 'xmlText':
      return bigTextDocx(between(70, 190)); // under 200 MB, over 64 M characters of XML
    case 'doctype':
      return doctypeDocx();
    case 'flateBomb':
      return flateBombPdf(between(1, 16) / 4); // 0.25-4 GB in one stream
    case 'manyStreams':
      return manyStreamsPdf(between(6, 60), 100); // 0.6-6 GB in 100 MB streams
  }
}
