// docx stamps "now" into docProps/core.xml and into every zip entry. Re-zipping with the
// meeting's own dates makes the same meeting give the same bytes, every time. It is also the last
// step every Word file Scrutineer writes passes through, so it is where characters XML cannot hold
// are removed from every part, whatever text reached the writer (a file saved by an older version).
import JSZip from 'jszip';
import { removeXmlIllegal } from '$shared/domain/xml-chars';
import { childElements, firstChildElement, parseXml, serializeXml, setText } from './xml-dom';
import { writeZip, type ZipEntry } from './zip-writer';

const encoder = new TextEncoder();

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

/** The core properties with the given dates and language, read and written with an XML parser. */
export function fixCoreProperties(xml: string, dates: FixedDates): string {
  const doc = parseXml(xml);
  const root = doc.documentElement!;
  if (root.namespaceURI !== CP_NS || root.localName !== 'coreProperties')
    throw new Error('docProps/core.xml does not hold core properties');
  for (const [local, iso] of [
    ['created', dates.created],
    ['modified', dates.modified],
  ] as const) {
    for (const el of childElements(root, DCTERMS_NS, local)) setText(el, w3cdtf(iso));
  }
  if (!firstChildElement(root, DC_NS, 'language')) {
    const lang = doc.createElementNS(DC_NS, `${root.lookupPrefix(DC_NS) ?? 'dc'}:language`);
    setText(lang, dates.language);
    root.appendChild(lang);
  }
  return serializeXml(doc);
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * docx names each hyperlink's relationship with a random id; they are renamed rIdLink1, rIdLink2,
 * ... in the order the part lists them (document order), in the .rels part and the part it serves.
 */
async function fixHyperlinkIds(zip: JSZip): Promise<void> {
  for (const relsName of Object.keys(zip.files).filter((n) => /^word\/_rels\/[^/]+\.rels$/.test(n))) {
    const rels = await zip.file(relsName)!.async('string');
    const ids = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => tag.includes(`Type="${HYPERLINK_TYPE}"`))
      .map((tag) => /\bId="([^"]+)"/.exec(tag)?.[1])
      .filter((id): id is string => !!id);
    if (!ids.length) continue;
    const partName = `word/${relsName.slice('word/_rels/'.length, -'.rels'.length)}`;
    const part = zip.file(partName);
    if (!part) continue;
    // One pass over each text, not one per link: document.xml is large and links are many.
    const fixed = new Map(ids.map((id, i) => [id, `rIdLink${i + 1}`]));
    const rename = (attr: string) => (match: string, id: string) =>
      fixed.has(id) ? `${attr}="${fixed.get(id)}"` : match;
    zip.file(relsName, rels.replace(/\bId="([^"]+)"/g, rename('Id')));
    zip.file(partName, (await part.async('string')).replace(/r:id="([^"]+)"/g, rename('r:id')));
  }
}

/**
 * Rewrites a .docx with fixed core-property dates and fixed zip entry dates, entries in their
 * original order, and every XML part without the characters XML cannot hold. JSZip reads; the
 * zip is written with native zlib (zip-writer.ts).
 */
export async function rezipDeterministic(bytes: Uint8Array, dates: FixedDates): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await fixHyperlinkIds(zip);
  const entries: ZipEntry[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let data: Uint8Array;
    if (isXmlPart(entry.name)) {
      let text = removeXmlIllegal(await entry.async('string'));
      if (entry.name === 'docProps/core.xml') text = fixCoreProperties(text, dates);
      data = encoder.encode(text);
    } else data = await entry.async('uint8array');
    entries.push({ name: entry.name, data, date: dates.entryDate });
  }
  return writeZip(entries);
}

/** Same bytes as `bytes` for every entry, apart from those replaced; entry dates kept from the source. */
export async function replaceEntries(
  bytes: Uint8Array,
  replacements: ReadonlyMap<string, string | Uint8Array>,
): Promise<Uint8Array> {
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
