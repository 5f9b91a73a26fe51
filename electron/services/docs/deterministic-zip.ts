// docx stamps "now" into docProps/core.xml and into every zip entry. Re-zipping with the
// meeting's own dates makes the same meeting give the same bytes, every time.
import JSZip from 'jszip';

export interface FixedDates {
  /** ISO timestamps for the document's created / modified properties. */
  created: string;
  modified: string;
  /** The date every zip entry carries. */
  entryDate: Date;
  /** dc:language of the package. */
  language: string;
}

function w3cdtf(iso: string): string {
  const d = new Date(iso);
  // Whole seconds, "Z": what Word itself writes.
  return Number.isNaN(d.getTime()) ? '2000-01-01T00:00:00Z' : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fixCoreProperties(xml: string, dates: FixedDates): string {
  let out = xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${w3cdtf(dates.created)}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${w3cdtf(dates.modified)}$2`);
  if (!out.includes('<dc:language>')) out = out.replace('</cp:coreProperties>', `<dc:language>${dates.language}</dc:language></cp:coreProperties>`);
  return out;
}

/**
 * Rewrites a .docx with fixed core-property dates and fixed zip entry dates, entries in their
 * original order. Unchanged entries keep their compressed data (JSZip reuses it), so this costs
 * little more than copying the file.
 */
export async function rezipDeterministic(bytes: Uint8Array, dates: FixedDates): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) zip.file(core.name, fixCoreProperties(await core.async('string'), dates));
  for (const entry of Object.values(zip.files)) entry.date = dates.entryDate;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Same bytes as `bytes` for every entry, apart from those replaced; entry dates kept from the source. */
export async function replaceEntries(bytes: Uint8Array, replacements: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    const content = replacements.get(name) ?? (await entry.async('uint8array'));
    target.file(name, content, { date: entry.date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
