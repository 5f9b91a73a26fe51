// A council's own Word document lends the draft its look: its styles (fonts, sizes, spacing,
// colours) and its theme replace ours. The text, numbering and everything else stay as they are.
// A file that is not a Word document, or is damaged, is reported and the default styles are kept.
import JSZip from 'jszip';
import { replaceEntries } from './deterministic-zip';
import { xmlProblem } from './xml-wellformed';

export type TemplateErrorCode = 'TEMPLATE_EMPTY' | 'TEMPLATE_NOT_DOCX' | 'TEMPLATE_DAMAGED' | 'TEMPLATE_NO_STYLES' | 'DOCUMENT_INVALID';

export type TemplateResult =
  | { ok: true; bytes: Uint8Array; fromTemplate: string[] }
  /** `bytes` is the draft as it was given, in the default styles. */
  | { ok: false; bytes: Uint8Array; error: { code: TemplateErrorCode; message: string } };

const STYLES = 'word/styles.xml';
const THEME = 'word/theme/theme1.xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** An element, self-closing or with content; the tags concerned never nest inside themselves. */
function elementRe(tag: string, flags = ''): RegExp {
  return new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, flags);
}
const STYLE_RE = elementRe('w:style', 'g');

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
    return new TemplateError('TEMPLATE_NOT_DOCX', `${name} is an older Word 97-2003 (.doc) file; open it in Word and save it as a Word Document (.docx).`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return new TemplateError('TEMPLATE_NOT_DOCX', `${name} is a PDF, not a Word document (.docx).`);
  return new TemplateError('TEMPLATE_NOT_DOCX', `${name} is not a Word document (.docx).`);
}

async function readTemplate(name: string, bytes: Uint8Array): Promise<{ styles: string; theme?: string }> {
  if (bytes.length === 0) throw new TemplateError('TEMPLATE_EMPTY', `${name} is empty.`);
  if (!startsWith(bytes, [0x50, 0x4b])) throw notDocx(name, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (err) {
    throw new TemplateError('TEMPLATE_DAMAGED', `${name} looks like a Word document but cannot be opened: it is damaged or cut short (${(err as Error).message}).`);
  }
  if (!zip.file('word/document.xml') && !zip.file(STYLES)) {
    if (zip.file('content.xml') && zip.file('mimetype')) {
      throw new TemplateError('TEMPLATE_NOT_DOCX', `${name} is an OpenDocument file; save it as a Word Document (.docx).`);
    }
    throw new TemplateError('TEMPLATE_NOT_DOCX', `${name} is a zip file but not a Word document (it has no word/document.xml).`);
  }
  const stylesEntry = zip.file(STYLES);
  if (!stylesEntry) throw new TemplateError('TEMPLATE_NO_STYLES', `${name} has no styles of its own (word/styles.xml is missing).`);
  const read = async (entry: JSZip.JSZipObject) => {
    try {
      return await entry.async('string');
    } catch (err) {
      throw new TemplateError('TEMPLATE_DAMAGED', `${name} is damaged: ${entry.name} cannot be read (${(err as Error).message}).`);
    }
  };
  const styles = await read(stylesEntry);
  const problem = xmlProblem(styles);
  if (problem) throw new TemplateError('TEMPLATE_DAMAGED', `${name} is damaged: its styles (word/styles.xml) are not valid XML (${problem}).`);
  const root = /<w:styles\b[^>]*>/.exec(styles)?.[0];
  if (!root || !root.includes(`xmlns:w="${MAIN_NS}"`)) {
    throw new TemplateError(
      'TEMPLATE_NOT_DOCX',
      `${name} stores its styles in a form Scrutineer does not read (perhaps "Strict Open XML"); save it from Word as a Word Document (.docx).`,
    );
  }
  const themeEntry = zip.file(THEME);
  const theme = themeEntry ? await read(themeEntry) : undefined;
  // A damaged theme is left out rather than failing the whole template: the styles still apply.
  return theme !== undefined && xmlProblem(theme) === null ? { styles, theme } : { styles };
}

function styleId(style: string): string {
  return /w:styleId="([^"]*)"/.exec(style)?.[1] ?? '';
}

function styleType(style: string): string {
  return /w:type="([^"]*)"/.exec(style)?.[1] ?? 'paragraph';
}

/** The draft is in British English, whatever language the template was written in. */
function britishLanguage(xml: string): string {
  return xml.replace(/(<w:lang\b[^>]*?\bw:val=")[^"]*(")/g, '$1en-GB$2');
}

function withDefaultLanguage(docDefaults: string): string {
  let d = britishLanguage(docDefaults);
  if (/<w:lang\b/.test(d)) return d;
  const lang = '<w:lang w:val="en-GB"/>';
  if (/<w:rPrDefault\s*\/>/.test(d)) return d.replace(/<w:rPrDefault\s*\/>/, `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
  if (/<w:rPrDefault>\s*<w:rPr\s*\/>/.test(d)) return d.replace(/<w:rPr\s*\/>/, `<w:rPr>${lang}</w:rPr>`);
  if (/<w:rPrDefault>\s*<w:rPr>/.test(d)) return d.replace(/(<w:rPrDefault>\s*<w:rPr>)/, `$1${lang}`);
  if (/<w:rPrDefault>\s*<\/w:rPrDefault>/.test(d)) return d.replace(/<w:rPrDefault>\s*<\/w:rPrDefault>/, `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
  d = d.replace(/<w:docDefaults\s*\/>/, '<w:docDefaults></w:docDefaults>');
  return d.replace(/<w:docDefaults>/, `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
}

/**
 * The template's styles, plus ours for every style it lacks ("Action", "Resolved", ...), which are
 * based on Normal and Heading 2 and so take the council's look too. List numbering the template's
 * styles point at does not exist in the draft, so it is removed from them.
 */
export function mergeStyles(ours: string, theirs: string): { xml: string; fromTemplate: string[] } {
  const root = /<w:styles\b[^>]*>/.exec(theirs)![0];
  const theirDefaults = elementRe('w:docDefaults').exec(theirs)?.[0];
  const ourDefaults = elementRe('w:docDefaults').exec(ours)?.[0] ?? '';
  const latent = elementRe('w:latentStyles').exec(theirs)?.[0] ?? '';
  const ourStyles = ours.match(STYLE_RE) ?? [];
  const ourTypes = new Map(ourStyles.map((st) => [styleId(st), styleType(st)]));
  // A template style with one of our ids but another type (a paragraph "Strong" where ours is a
  // character style) would break the runs that use ours: ours is kept and theirs left out.
  const theirStyles = (theirs.match(STYLE_RE) ?? [])
    .filter((st) => !ourTypes.has(styleId(st)) || ourTypes.get(styleId(st)) === styleType(st))
    .map((st) => britishLanguage(st.replace(elementRe('w:numPr', 'g'), '')));
  const theirIds = new Set(theirStyles.map(styleId));
  const kept = ourStyles.filter((st) => !theirIds.has(styleId(st)));
  const fromTemplate = ourStyles.map(styleId).filter((id) => theirIds.has(id));
  const defaults = theirDefaults ? withDefaultLanguage(theirDefaults) : ourDefaults;
  return { xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${root}${defaults}${latent}${theirStyles.join('')}${kept.join('')}</w:styles>`, fromTemplate };
}

/** Gives the draft the template's styles and theme. Never throws: problems come back as an error with the draft unchanged. */
export async function applyTemplateStyles(docxBytes: Uint8Array, templateBytes: Uint8Array, templateName = 'The template'): Promise<TemplateResult> {
  try {
    const template = await readTemplate(templateName, templateBytes);
    let ours: string;
    try {
      const zip = await JSZip.loadAsync(docxBytes);
      ours = await zip.file(STYLES)!.async('string');
    } catch {
      throw new TemplateError('DOCUMENT_INVALID', 'The draft to restyle is not a complete Word document.');
    }
    const merged = mergeStyles(ours, template.styles);
    const problem = xmlProblem(merged.xml);
    if (problem) throw new TemplateError('TEMPLATE_DAMAGED', `${templateName}'s styles could not be combined with the draft's (${problem}).`);
    const replacements = new Map<string, string>([[STYLES, merged.xml]]);
    if (template.theme) replacements.set(THEME, template.theme);
    return { ok: true, bytes: await replaceEntries(docxBytes, replacements), fromTemplate: merged.fromTemplate };
  } catch (err) {
    const error =
      err instanceof TemplateError
        ? { code: err.code, message: err.message }
        : { code: 'TEMPLATE_DAMAGED' as const, message: `${templateName} could not be used: ${(err as Error).message}` };
    return { ok: false, bytes: docxBytes, error };
  }
}
