// The files of a Word package as docx builds them, before it zips them. docx's Packer zips with
// fflate's JavaScript deflate; every document Scrutineer writes is then unzipped again to fix its
// dates and rezipped with native zlib (deterministic-zip.ts). Taking the files before the first
// zip skips a deflate and an inflate of the whole document: most of a CLI export's own time.
import { Packer, type Document } from 'docx';

/** A package's files by path, in docx's zip order: XML parts as text, anything else as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

/** The step of docx's Packer that builds the files it zips (Packer.compiler, private in its types). */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, unknown>;
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/** True while docx still builds its files in a step of their own; tests hold it so. */
export function canTakeDocxParts(): boolean {
  return docxCompiler() !== undefined;
}

function asPart(path: string, data: unknown): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error(`docx gave ${path} as something other than text or bytes`);
}

/**
 * The document's files. Should a later docx no longer build them in a step of their own, its
 * zip is read back instead (slower, the same files).
 */
export async function docxParts(doc: Document): Promise<PackageParts> {
  const compiler = docxCompiler();
  if (!compiler) return unzipParts(await Packer.pack(doc, 'uint8array'));
  const parts: PackageParts = new Map();
  for (const [path, data] of compiler.compile(doc, undefined, [])) parts.set(path, asPart(path, data));
  return parts;
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/** A zip's files in its order (folders left out): XML parts as text, the rest as bytes. */
export async function unzipParts(bytes: Uint8Array): Promise<PackageParts> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const parts: PackageParts = new Map();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    parts.set(entry.name, await entry.async(isXmlPart(entry.name) ? 'string' : 'uint8array'));
  }
  return parts;
}
