// A council's own Word document lends the draft its look: its styles (fonts, sizes, spacing,
// colours) and its theme replace ours. The text, numbering and everything else stay as they are.
// A file that is not a Word document, or is damaged, is reported and the default styles are kept.
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { replaceEntries } from './deterministic-zip';
import {
  attr,
  childElements,
  descendantElements,
  firstChildElement,
  parseXml,
  prefixFor,
  serializeXml,
  setAttr,
  W_NS,
  XmlProblem,
  type Document,
  type Element,
} from './xml-dom';
import { DOCX_PART_LIMITS, xmlProblem, type XmlLimits } from './xml-wellformed';

export type TemplateErrorCode =
  | 'TEMPLATE_EMPTY'
  | 'TEMPLATE_NOT_DOCX'
  | 'TEMPLATE_DAMAGED'
  | 'TEMPLATE_NO_STYLES'
  | 'TEMPLATE_TOO_LARGE'
  | 'DOCUMENT_INVALID';

export type TemplateResult =
  | { ok: true; bytes: Uint8Array; fromTemplate: string[]; keptFromHouse: string[] }
  /** `bytes` is the draft as it was given, in the default styles. */
  | { ok: false; bytes: Uint8Array; error: { code: TemplateErrorCode; message: string } };

const STYLES = 'word/styles.xml';
const THEME = 'word/theme/theme1.xml';
/** Uncompressed bytes read from one part of a template: far above any real styles or theme part. */
export const MAX_TEMPLATE_PART_BYTES = DOCX_PART_LIMITS.maxChars;
const MERGED_LIMITS: XmlLimits = {
  ...DOCX_PART_LIMITS,
  maxChars: 2 * DOCX_PART_LIMITS.maxChars,
  maxNodes: 2 * DOCX_PART_LIMITS.maxNodes,
};

class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function notDocx(name: string, bytes: Uint8Array): TemplateError {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return new TemplateError(
      'TEMPLATE_NOT_DOCX',
      `${name} is an older Word 97-2003 (.doc) file; open it in Word and save it as a Word Document (.docx).`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return new TemplateError('TEMPLATE_NOT_DOCX', `${name} is a PDF, not a Word document (.docx).`);
  return new TemplateError('TEMPLATE_NOT_DOCX', `${name} is not a Word document (.docx).`);
}

/** What the zip's directory says of an entry (JSZip keeps it, privately, for files it loaded). */
function declared(entry: JSZip.JSZipObject): { size?: number; crc32?: number } {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown; crc32?: unknown } })._data;
  return {
    ...(typeof data?.uncompressedSize === 'number' ? { size: data.uncompressedSize } : {}),
    ...(typeof data?.crc32 === 'number' ? { crc32: data.crc32 } : {}),
  };
}

/**
 * One entry's bytes, inflated no further than `max` (a few kilobytes of a zip can claim or hold
 * gigabytes), its checksum checked. Other entries (pictures, fonts) are never inflated at all.
 */
function readEntry(name: string, entry: JSZip.JSZipObject, max: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new TemplateError(
      'TEMPLATE_TOO_LARGE',
      `${name} is not a usable template: its ${entry.name} is larger than ${Math.round(max / 1_000_000)} MB once unpacked, far more than any Word styles.`,
    );
  const { size, crc32: expected } = declared(entry);
  if (size !== undefined && size > max) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const stream = entry.nodeStream('nodebuffer');
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      stream.removeAllListeners('data');
      reject(err);
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > max) return fail(tooLarge());
      chunks.push(chunk);
    });
    stream.on('error', (err: Error) =>
      fail(new TemplateError('TEMPLATE_DAMAGED', `${name} is damaged: ${entry.name} cannot be read (${err.message}).`)),
    );
    stream.on('end', () => {
      if (done) return;
      done = true;
      const bytes = Buffer.concat(chunks, total);
      if (expected !== undefined && crc32(bytes) >>> 0 !== expected >>> 0) {
        reject(new TemplateError('TEMPLATE_DAMAGED', `${name} is damaged: ${entry.name} does not match its checksum.`));
      } else resolve(bytes);
    });
  });
}

function utf8(name: string, part: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TemplateError('TEMPLATE_DAMAGED', `${name} is damaged: its ${part} is not UTF-8 text.`);
  }
}

async function readTemplate(name: string, bytes: Uint8Array): Promise<{ styles: Document; theme?: string }> {
  if (bytes.length === 0) throw new TemplateError('TEMPLATE_EMPTY', `${name} is empty.`);
  if (!startsWith(bytes, [0x50, 0x4b])) throw notDocx(name, bytes);
  let zip: JSZip;
  try {
    // Checksums are checked only for the parts read (readEntry): checking them all here would
    // inflate every entry, however large.
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new TemplateError(
      'TEMPLATE_DAMAGED',
      `${name} looks like a Word document but cannot be opened: it is damaged or cut short (${(err as Error).message}).`,
    );
  }
  if (!zip.file('word/document.xml') && !zip.file(STYLES)) {
    if (zip.file('content.xml') && zip.file('mimetype')) {
      throw new TemplateError(
        'TEMPLATE_NOT_DOCX',
        `${name} is an OpenDocument file; save it as a Word Document (.docx).`,
      );
    }
    throw new TemplateError(
      'TEMPLATE_NOT_DOCX',
      `${name} is a zip file but not a Word document (it has no word/document.xml).`,
    );
  }
  const stylesEntry = zip.file(STYLES);
  if (!stylesEntry)
    throw new TemplateError('TEMPLATE_NO_STYLES', `${name} has no styles of its own (word/styles.xml is missing).`);
  let styles: Document;
  try {
    styles = parseXml(
      utf8(name, 'styles (word/styles.xml)', await readEntry(name, stylesEntry, MAX_TEMPLATE_PART_BYTES)),
    );
  } catch (err) {
    if (err instanceof XmlProblem)
      throw new TemplateError(
        'TEMPLATE_DAMAGED',
        `${name} is damaged: its styles (word/styles.xml) are not valid XML (${err.message}).`,
      );
    throw err;
  }
  const root = styles.documentElement!;
  if (root.namespaceURI !== W_NS || root.localName !== 'styles') {
    throw new TemplateError(
      'TEMPLATE_NOT_DOCX',
      `${name} stores its styles in a form Scrutineer does not read (perhaps "Strict Open XML"); save it from Word as a Word Document (.docx).`,
    );
  }
  if (childElements(root, W_NS, 'style').length === 0 && !firstChildElement(root, W_NS, 'docDefaults')) {
    throw new TemplateError(
      'TEMPLATE_NO_STYLES',
      `${name} has no styles of its own: its word/styles.xml defines none.`,
    );
  }
  const themeEntry = zip.file(THEME);
  if (!themeEntry) return { styles };
  // A damaged theme is left out rather than failing the whole template: the styles still apply.
  try {
    const theme = utf8(name, 'theme', await readEntry(name, themeEntry, MAX_TEMPLATE_PART_BYTES));
    return xmlProblem(theme) === null ? { styles, theme } : { styles };
  } catch (err) {
    if (err instanceof TemplateError && err.code === 'TEMPLATE_DAMAGED') return { styles };
    throw err;
  }
}

const styleId = (style: Element) => attr(style, W_NS, 'styleId');
const styleType = (style: Element) => attr(style, W_NS, 'type') || 'paragraph';

/** The draft is in British English, whatever language the template was written in. */
function britishLanguage(el: Element, prefix: string): void {
  for (const lang of descendantElements(el, W_NS, 'lang')) {
    if (lang.hasAttributeNS(W_NS, 'val')) setAttr(lang, W_NS, prefix, 'val', 'en-GB');
  }
}

/** Elements that follow w:lang in a run's properties (CT_RPr), so a new w:lang goes before them. */
const AFTER_LANG = new Set(['eastAsianLayout', 'specVanish', 'oMath', 'rPrChange']);

/** The template's document defaults, in British English: a w:lang added when they name none. */
function withDefaultLanguage(docDefaults: Element, prefix: string): void {
  britishLanguage(docDefaults, prefix);
  if (descendantElements(docDefaults, W_NS, 'lang').length > 0) return;
  const doc = docDefaults.ownerDocument!;
  const make = (local: string) => doc.createElementNS(W_NS, `${prefix}:${local}`);
  let rPrDefault = firstChildElement(docDefaults, W_NS, 'rPrDefault');
  if (!rPrDefault) {
    rPrDefault = make('rPrDefault');
    docDefaults.insertBefore(rPrDefault, docDefaults.firstChild);
  }
  let rPr = firstChildElement(rPrDefault, W_NS, 'rPr');
  if (!rPr) {
    rPr = make('rPr');
    rPrDefault.insertBefore(rPr, rPrDefault.firstChild);
  }
  const lang = make('lang');
  setAttr(lang, W_NS, prefix, 'val', 'en-GB');
  const before = childElements(rPr).find((c) => c.namespaceURI === W_NS && AFTER_LANG.has(c.localName ?? ''));
  rPr.insertBefore(lang, before ?? null);
}

/** Styles whose alignment stays ours whatever the template says: the footer is laid out for it. */
const KEEP_OUR_ALIGNMENT = new Set(['Footer']);
/** Elements that follow w:jc in a paragraph's properties (CT_PPrBase), so a new w:jc goes before them. */
const AFTER_JC = new Set([
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
]);

/** Gives the template's style `theirs` the alignment (w:jc) of our style `ours`, if ours has one. */
function keepAlignment(theirs: Element, ours: Element, prefix: string): void {
  const ourPPr = firstChildElement(ours, W_NS, 'pPr');
  const ourJc = ourPPr && firstChildElement(ourPPr, W_NS, 'jc');
  if (!ourJc) return;
  const doc = theirs.ownerDocument!;
  let pPr = firstChildElement(theirs, W_NS, 'pPr');
  if (!pPr) {
    pPr = doc.createElementNS(W_NS, `${prefix}:pPr`);
    const rPr = firstChildElement(theirs, W_NS, 'rPr');
    theirs.insertBefore(pPr, rPr ?? null);
  }
  for (const jc of childElements(pPr, W_NS, 'jc')) pPr.removeChild(jc);
  const jc = doc.createElementNS(W_NS, `${prefix}:jc`);
  setAttr(jc, W_NS, prefix, 'val', attr(ourJc, W_NS, 'val'));
  const before = childElements(pPr).find((c) => c.namespaceURI === W_NS && AFTER_JC.has(c.localName ?? ''));
  pPr.insertBefore(jc, before ?? null);
}

/**
 * The template's styles, plus ours for every style it lacks ("Action", "Resolved", ...), which are
 * based on Normal and Heading 2 and so take the council's look too. List numbering the template's
 * styles point at does not exist in the draft, so it is removed from them. Both are read with an
 * XML parser; their root, defaults and latent styles are the template's.
 */
export function mergeStyles(
  ours: string | Document,
  theirs: string | Document,
): { xml: string; fromTemplate: string[]; keptFromHouse: string[] } {
  const ourDoc = typeof ours === 'string' ? parseXml(ours) : ours;
  // The template's document is changed in place: it becomes the merged styles.
  const theirDoc = typeof theirs === 'string' ? parseXml(theirs) : theirs;
  const root = theirDoc.documentElement!;
  const ourRoot = ourDoc.documentElement!;
  if (root.namespaceURI !== W_NS || root.localName !== 'styles')
    throw new XmlProblem('the styles are not WordprocessingML styles');
  const prefix = prefixFor(theirDoc, W_NS, 'w');

  const theirDefaults = firstChildElement(root, W_NS, 'docDefaults');
  const ourDefaults = firstChildElement(ourRoot, W_NS, 'docDefaults');
  const latent = firstChildElement(root, W_NS, 'latentStyles');
  const ourStyles = childElements(ourRoot, W_NS, 'style');
  const ourTypes = new Map(ourStyles.map((st) => [styleId(st), styleType(st)]));
  // A template style with one of our ids but another type (a paragraph "Strong" where ours is a
  // character style) would break the runs that use ours: ours is kept and theirs left out.
  const theirStyles = childElements(root, W_NS, 'style').filter(
    (st) => !ourTypes.has(styleId(st)) || ourTypes.get(styleId(st)) === styleType(st),
  );
  const ourById = new Map(ourStyles.map((st) => [styleId(st), st]));
  for (const st of theirStyles) {
    for (const numPr of descendantElements(st, W_NS, 'numPr')) numPr.parentNode?.removeChild(numPr);
    britishLanguage(st, prefix);
    const ourStyle = ourById.get(styleId(st));
    if (ourStyle && KEEP_OUR_ALIGNMENT.has(styleId(st))) keepAlignment(st, ourStyle, prefix);
  }
  const theirIds = new Set(theirStyles.map(styleId));
  const kept = ourStyles.filter((st) => !theirIds.has(styleId(st)));
  const fromTemplate = ourStyles.map(styleId).filter((id) => theirIds.has(id));

  if (theirDefaults) withDefaultLanguage(theirDefaults, prefix);

  // A new root (the template's, with its namespace declarations) takes copies of what is kept:
  // removing children one by one from a root of many is quadratic in the DOM used here.
  const merged = root.cloneNode(false) as Element;
  if (theirDefaults) merged.appendChild(theirDefaults.cloneNode(true));
  else if (ourDefaults) merged.appendChild(theirDoc.importNode(ourDefaults, true));
  for (const el of [latent, ...theirStyles]) if (el) merged.appendChild(el.cloneNode(true));
  for (const st of kept) merged.appendChild(theirDoc.importNode(st, true));
  theirDoc.replaceChild(merged, root);
  return { xml: serializeXml(theirDoc), fromTemplate, keptFromHouse: kept.map(styleId) };
}

/** Gives the draft the template's styles and theme. Never throws: problems come back as an error with the draft unchanged. */
export async function applyTemplateStyles(
  docxBytes: Uint8Array,
  templateBytes: Uint8Array,
  templateName = 'The template',
): Promise<TemplateResult> {
  try {
    const template = await readTemplate(templateName, templateBytes);
    let ours: Document;
    try {
      const zip = await JSZip.loadAsync(docxBytes);
      ours = parseXml(await zip.file(STYLES)!.async('string'));
    } catch {
      throw new TemplateError('DOCUMENT_INVALID', 'The draft to restyle is not a complete Word document.');
    }
    let merged: ReturnType<typeof mergeStyles>;
    try {
      merged = mergeStyles(ours, template.styles);
    } catch (err) {
      if (!(err instanceof XmlProblem)) throw err;
      throw new TemplateError(
        'TEMPLATE_DAMAGED',
        `${templateName}'s styles could not be combined with the draft's (${err.message}).`,
      );
    }
    // The merged styles hold the template's and some of ours, so they may pass a part's limits.
    const problem = xmlProblem(merged.xml, MERGED_LIMITS);
    if (problem)
      throw new TemplateError(
        'TEMPLATE_DAMAGED',
        `${templateName}'s styles could not be combined with the draft's (${problem}).`,
      );
    const replacements = new Map<string, string>([[STYLES, merged.xml]]);
    if (template.theme) replacements.set(THEME, template.theme);
    return {
      ok: true,
      bytes: await replaceEntries(docxBytes, replacements),
      fromTemplate: merged.fromTemplate,
      keptFromHouse: merged.keptFromHouse,
    };
  } catch (err) {
    const error =
      err instanceof TemplateError
        ? { code: err.code, message: err.message }
        : {
            code: 'TEMPLATE_DAMAGED' as const,
            message: `${templateName} could not be used: ${(err as Error).message}`,
          };
    return { ok: false, bytes: docxBytes, error };
  }
}
