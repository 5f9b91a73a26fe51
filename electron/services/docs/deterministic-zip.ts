// docx stamps "now" into docProps/core.xml and into every zip entry. Zipping its files with the
// meeting's own dates makes the same meeting give the same bytes, every time. It is also the last
// step every Word file Scrutineer writes passes through, so it is where characters XML cannot hold
// are removed from every part, whatever text reached the writer (a file saved by an older version).
import type { Document } from 'docx';
import { removeXmlIllegal } from '$shared/domain/xml-chars';
import { readXml } from './xml-wellformed';
import { writeZip, type ZipEntry } from './zip-writer';
import { docxParts, unzipParts, type PackageParts } from './docx-package';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface FixedDates {
  /** ISO timestamps for the document's created / modified properties. */
  created: string;
  modified: string;
  /** The date every zip entry carries. */
  entryDate: Date;
  /** dc:language of the package. */
  language: string;
}

const CP_NS = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';

function w3cdtf(iso: string): string {
  const d = new Date(iso);
  // Whole seconds, "Z": what Word itself writes.
  return Number.isNaN(d.getTime()) ? '2000-01-01T00:00:00Z' : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The core properties with the given dates and language. Read with the strict XML reader and
 * edited where each element stands, so the rest of the part keeps its bytes and no DOM (xmldom)
 * is built for a part of a dozen elements on every export: the created and modified elements get
 * the dates as their only content, and a dc:language is added as the last child when there is none.
 */
export function fixCoreProperties(xml: string, dates: FixedDates): string {
  const edits: { from: number; to: number; text: string }[] = [];
  let depth = 0;
  let dcPrefix: string | undefined;
  let hasLanguage = false;
  let dated: { iso: string; contentFrom: number } | undefined;
  readXml(xml, {
    open(tag, end) {
      depth++;
      if (depth === 1) {
        if (tag.uri !== CP_NS || tag.local !== 'coreProperties')
          throw new Error('docProps/core.xml does not hold core properties');
        dcPrefix = Object.entries(tag.ns).find(([, uri]) => uri === DC_NS)?.[0];
      } else if (depth === 2 && tag.uri === DCTERMS_NS && (tag.local === 'created' || tag.local === 'modified')) {
        dated = { iso: tag.local === 'created' ? dates.created : dates.modified, contentFrom: end };
      } else if (depth === 2 && tag.uri === DC_NS && tag.local === 'language') hasLanguage = true;
    },
    close(tag, end) {
      if (depth === 2 && dated) {
        const text = escapeText(w3cdtf(dated.iso));
        if (tag.isSelfClosing) edits.push({ from: end - 2, to: end, text: `>${text}</${tag.name}>` });
        else edits.push({ from: dated.contentFrom, to: xml.lastIndexOf('</', end - 1), text });
        dated = undefined;
      }
      if (depth === 1 && !hasLanguage) {
        const language = `${dcPrefix === undefined ? 'dc' : dcPrefix}:language`.replace(/^:/, '');
        const declare = dcPrefix === undefined ? ` xmlns:dc="${DC_NS}"` : '';
        const element = `<${language}${declare}>${escapeText(dates.language)}</${language}>`;
        if (tag.isSelfClosing) edits.push({ from: end - 2, to: end, text: `>${element}</${tag.name}>` });
        else {
          const at = xml.lastIndexOf('</', end - 1);
          edits.push({ from: at, to: at, text: element });
        }
      }
      depth--;
    },
  });
  let out = xml;
  for (const { from, to, text } of edits.reverse()) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Every XML part as text (docx gives them so; a part given as bytes is read as UTF-8). */
function asText(parts: PackageParts): Map<string, string | Uint8Array> {
  return new Map(
    [...parts].map(([name, data]) => [name, isXmlPart(name) && typeof data !== 'string' ? decoder.decode(data) : data]),
  );
}

/**
 * docx names each hyperlink's relationship with a random id; they are renamed rIdLink1, rIdLink2,
 * ... in the order the part lists them (document order), in the .rels part and the part it serves.
 */
function fixHyperlinkIds(parts: Map<string, string | Uint8Array>): void {
  for (const relsName of [...parts.keys()].filter((n) => /^word\/_rels\/[^/]+\.rels$/.test(n))) {
    const rels = parts.get(relsName) as string;
    const ids = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => tag.includes(`Type="${HYPERLINK_TYPE}"`))
      .map((tag) => /\bId="([^"]+)"/.exec(tag)?.[1])
      .filter((id): id is string => !!id);
    if (!ids.length) continue;
    const partName = `word/${relsName.slice('word/_rels/'.length, -'.rels'.length)}`;
    const part = parts.get(partName);
    if (typeof part !== 'string') continue;
    // One pass over each text, not one per link: document.xml is large and links are many.
    const fixed = new Map(ids.map((id, i) => [id, `rIdLink${i + 1}`]));
    const rename = (attr: string) => (match: string, id: string) =>
      fixed.has(id) ? `${attr}="${fixed.get(id)}"` : match;
    parts.set(relsName, rels.replace(/\bId="([^"]+)"/g, rename('Id')));
    parts.set(partName, part.replace(/r:id="([^"]+)"/g, rename('r:id')));
  }
}

/**
 * A package's files zipped with fixed core-property dates and fixed zip entry dates, entries in
 * their given order, and every XML part without the characters XML cannot hold. The zip is
 * written with native zlib (zip-writer.ts).
 */
export function zipDeterministic(given: PackageParts, dates: FixedDates): Promise<Uint8Array> {
  const parts = asText(given);
  fixHyperlinkIds(parts);
  const entries: ZipEntry[] = [];
  for (const [name, data] of parts) {
    let bytes: Uint8Array;
    if (typeof data === 'string') {
      let text = removeXmlIllegal(data);
      if (name === 'docProps/core.xml') text = fixCoreProperties(text, dates);
      bytes = encoder.encode(text);
    } else bytes = data;
    entries.push({ name, data: bytes, date: dates.entryDate });
  }
  return writeZip(entries);
}

/** A docx Document as a deterministic .docx: its files taken before docx zips them, then zipDeterministic. */
export async function packDocxDeterministic(doc: Document, dates: FixedDates): Promise<Uint8Array> {
  return zipDeterministic(await docxParts(doc), dates);
}

/** A .docx rewritten as zipDeterministic writes it. */
export async function rezipDeterministic(bytes: Uint8Array, dates: FixedDates): Promise<Uint8Array> {
  return zipDeterministic(await unzipParts(bytes), dates);
}

/** Same bytes as `bytes` for every entry, apart from those replaced; entry dates kept from the source. */
export async function replaceEntries(
  bytes: Uint8Array,
  replacements: ReadonlyMap<string, string | Uint8Array>,
): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const entries: ZipEntry[] = [];
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    const replacement = replacements.get(name);
    const data =
      replacement === undefined
        ? await entry.async('uint8array')
        : typeof replacement === 'string'
          ? encoder.encode(replacement)
          : replacement;
    entries.push({ name, data, date: entry.date });
  }
  return writeZip(entries);
}
