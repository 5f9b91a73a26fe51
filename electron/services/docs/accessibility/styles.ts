// A Word document's styles (word/styles.xml), resolved as Word resolves them: document defaults,
// then the paragraph style and what it is based on, then the character style, then the run's own
// formatting. Only what the accessibility rules need: bold, italic, underline, size, colour,
// outline (heading) level and language.
import { attr, childElements, firstChildElement, W_NS, type Document, type Element } from '../xml-dom';

export interface RunLook {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  highlight: boolean;
  /** Half-points; 22 is 11 pt. */
  size: number | null;
  /** Hex RGB, upper case, or null for automatic (black). */
  color: string | null;
}

type Partial_<T> = { [K in keyof T]?: T[K] };

interface StyleDef {
  type: string;
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  run: Partial_<RunLook>;
}

/** A toggle property (<w:b/>, <w:b w:val="false"/>), or undefined when absent. */
function toggle(rPr: Element, local: string): boolean | undefined {
  const el = firstChildElement(rPr, W_NS, local);
  if (!el) return undefined;
  const v = attr(el, W_NS, 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}

/** The run properties written in an rPr element (only those present). */
export function runProps(rPr: Element | undefined): Partial_<RunLook> {
  if (!rPr) return {};
  const out: Partial_<RunLook> = {};
  const b = toggle(rPr, 'b');
  if (b !== undefined) out.bold = b;
  const i = toggle(rPr, 'i');
  if (i !== undefined) out.italic = i;
  const u = firstChildElement(rPr, W_NS, 'u');
  if (u) out.underline = attr(u, W_NS, 'val') !== 'none';
  const hl = firstChildElement(rPr, W_NS, 'highlight') ?? firstChildElement(rPr, W_NS, 'shd');
  if (hl) {
    const v = attr(hl, W_NS, hl.localName === 'shd' ? 'fill' : 'val');
    out.highlight = v !== '' && v !== 'none' && v !== 'auto' && v.toUpperCase() !== 'FFFFFF';
  }
  const sz = firstChildElement(rPr, W_NS, 'sz');
  if (sz && /^\d+$/.test(attr(sz, W_NS, 'val'))) out.size = Number(attr(sz, W_NS, 'val'));
  const color = firstChildElement(rPr, W_NS, 'color');
  if (color) {
    const v = attr(color, W_NS, 'val').toUpperCase();
    out.color = v === '' || v === 'AUTO' || v === '000000' ? null : v;
  }
  return out;
}

const HEADING_NAME = /^heading ([1-9])$/i;

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaults: Partial_<RunLook>;
  /** The language of the document's text (docDefaults), '' when none is set. */
  readonly language: string;
  readonly defaultParagraphStyle: string;

  constructor(doc: Document | null) {
    const root = doc?.documentElement ?? null;
    const docDefaults = root ? firstChildElement(root, W_NS, 'docDefaults') : undefined;
    const defaultRPr = docDefaults
      ? firstChildElement(firstChildElement(docDefaults, W_NS, 'rPrDefault') ?? docDefaults, W_NS, 'rPr')
      : undefined;
    this.defaults = runProps(defaultRPr);
    let language = '';
    const lang = defaultRPr ? firstChildElement(defaultRPr, W_NS, 'lang') : undefined;
    if (lang) language = attr(lang, W_NS, 'val');
    let defaultParagraph = 'Normal';
    const languages = new Map<string, string>();
    for (const s of root ? childElements(root, W_NS, 'style') : []) {
      const id = attr(s, W_NS, 'styleId');
      const type = attr(s, W_NS, 'type') || 'paragraph';
      const name = attr(firstChildElement(s, W_NS, 'name') ?? s, W_NS, 'val') || id;
      const basedOn = firstChildElement(s, W_NS, 'basedOn');
      const pPr = firstChildElement(s, W_NS, 'pPr');
      const outline = pPr ? firstChildElement(pPr, W_NS, 'outlineLvl') : undefined;
      const heading = HEADING_NAME.exec(name);
      // Word fixes the outline level of its built-in "heading N" styles, whatever the XML says.
      const outlineLevel = heading ? Number(heading[1]) - 1 : outline ? Number(attr(outline, W_NS, 'val')) : null;
      this.styles.set(id, {
        type,
        name,
        basedOn: basedOn ? attr(basedOn, W_NS, 'val') : null,
        outlineLevel: outlineLevel !== null && Number.isFinite(outlineLevel) ? outlineLevel : null,
        run: runProps(firstChildElement(s, W_NS, 'rPr')),
      });
      if (type === 'paragraph' && attr(s, W_NS, 'default') === '1') defaultParagraph = id;
      const ownRPr = firstChildElement(s, W_NS, 'rPr');
      const ownLang = ownRPr ? firstChildElement(ownRPr, W_NS, 'lang') : undefined;
      if (ownLang) languages.set(id, attr(ownLang, W_NS, 'val'));
    }
    // Without a document default, the default paragraph style's language is the document's.
    this.language = language || (languages.get(defaultParagraph) ?? '');
    this.defaultParagraphStyle = defaultParagraph;
  }

  name(styleId: string): string {
    return this.styles.get(styleId)?.name ?? styleId;
  }

  /** The style and those it is based on, nearest first (a loop is cut). */
  private chain(styleId: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let id: string | null = styleId; id && !seen.has(id);) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      out.push(s);
      id = s.basedOn;
    }
    return out;
  }

  /** The heading level (1–9) a paragraph style gives, or null for body text. */
  headingLevel(styleId: string): number | null {
    for (const s of this.chain(styleId)) {
      if (s.outlineLevel !== null) return s.outlineLevel >= 0 && s.outlineLevel <= 8 ? s.outlineLevel + 1 : null;
    }
    return null;
  }

  /**
   * The colour a run is given apart from its paragraph (by a character style or its own
   * formatting), or null: what sets some words apart by colour, not a paragraph style's design.
   */
  markedColor(characterStyle: string, own: Partial_<RunLook>): string | null {
    let color: string | null | undefined;
    for (const s of this.chain(characterStyle).reverse()) if (s.run.color !== undefined) color = s.run.color;
    if (own.color !== undefined) color = own.color;
    return color ?? null;
  }

  /** A run's look: defaults, paragraph style, character style, then its own properties. */
  look(paragraphStyle: string, characterStyle: string, own: Partial_<RunLook>): RunLook {
    const layers = [
      this.defaults,
      ...this.chain(paragraphStyle)
        .reverse()
        .map((s) => s.run),
      ...this.chain(characterStyle)
        .reverse()
        .map((s) => s.run),
      own,
    ];
    const out: RunLook = { bold: false, italic: false, underline: false, highlight: false, size: null, color: null };
    for (const l of layers) Object.assign(out, l);
    return out;
  }
}
