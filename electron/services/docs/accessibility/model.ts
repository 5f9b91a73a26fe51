// A Word document as the accessibility rules see it: its paragraphs in reading order (with their
// style, heading level and the look of each run), its tables (rows, cells, merges, header rows),
// its links and its images, and the title and language it declares. Built from the parts' XML,
// already unpacked within the import's limits (read-docx.ts), by the docs' strict XML reader.
import { attr, childElements, firstChildElement, parseXml, W_NS, type Document, type Element } from '../xml-dom';
import type { XmlLimits } from '../xml-wellformed';
import { runProps, StyleSheet, type RunLook } from './styles';

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const WP_NS = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const VML_NS = 'urn:schemas-microsoft-com:vml';

/** The XML of the parts the rules read; only the main document is required. */
export interface DocxPartsText {
  document: string;
  documentRels?: string | undefined;
  styles?: string | undefined;
  core?: string | undefined;
  /** Headers and footers: their links and images are checked too. */
  others?: { name: string; xml: string; rels?: string | undefined }[];
}

export interface RunInfo {
  text: string;
  look: RunLook;
  /** Colour given to this run apart from its paragraph's style (null: none). */
  markedColor: string | null;
  inLink: boolean;
}

export interface ParagraphInfo {
  /** 1-based, counting every paragraph of the body in reading order, table cells included. */
  number: number;
  text: string;
  styleId: string;
  styleName: string;
  headingLevel: number | null;
  runs: RunInfo[];
  /** Where it is when in a table (1-based). */
  table: { table: number; row: number } | null;
  where: string;
}

export interface CellInfo {
  text: string;
  /** Grid columns it spans (w:gridSpan). */
  span: number;
  /** Part of a vertical merge (w:vMerge). */
  verticalMerge: boolean;
  paragraphs: ParagraphInfo[];
}

export interface RowInfo {
  cells: CellInfo[];
  /** Marked to repeat as a header row (w:tblHeader). */
  header: boolean;
}

export interface TableInfo {
  /** 1-based, in reading order (a nested table after the table holding it). */
  number: number;
  rows: RowInfo[];
  /** The table's look says it has no header row (w:tblLook firstRow off): a layout table. */
  markedNoHeader: boolean;
  /** Columns in the table's grid. */
  columns: number;
}

export interface LinkInfo {
  text: string;
  target: string;
  where: string;
}

export interface ImageInfo {
  name: string;
  altText: string;
  decorative: boolean;
  where: string;
}

export interface DocxModel {
  title: string;
  language: string;
  paragraphs: ParagraphInfo[];
  tables: TableInfo[];
  links: LinkInfo[];
  images: ImageInfo[];
}

/** The first words of a paragraph, to find it by. */
export function firstWords(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '(empty)';
  const words = t.split(' ');
  const short = words.slice(0, 6).join(' ');
  const cut = short.length > 48 ? `${short.slice(0, 48)}…` : words.length > 6 ? `${short}…` : short;
  return `“${cut}”`;
}

const onOff = (v: string): boolean => !(v === '0' || v === 'false' || v === 'off');

function relTargets(xml: string | undefined, limits: XmlLimits): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const root = parseXml(xml, limits).documentElement;
  for (const rel of root ? childElements(root, PKG_RELS_NS, 'Relationship') : [])
    out.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '');
  return out;
}

/** Text of a run (w:t, tabs and breaks as spaces); deleted text (w:delText) is not text. */
function runText(r: Element): string {
  let s = '';
  for (const c of childElements(r, W_NS)) {
    if (c.localName === 't') s += c.textContent ?? '';
    else if (c.localName === 'tab' || c.localName === 'br' || c.localName === 'cr') s += ' ';
  }
  return s;
}

class Builder {
  readonly paragraphs: ParagraphInfo[] = [];
  readonly tables: TableInfo[] = [];
  readonly links: LinkInfo[] = [];
  readonly images: ImageInfo[] = [];
  private readonly byElement = new Map<Element, ParagraphInfo>();

  constructor(
    private readonly styles: StyleSheet,
    private readonly rels: Map<string, string>,
    private readonly part: string,
    private readonly body: boolean,
  ) {}

  /** Block content (body, cell, sdtContent), in order. */
  blocks(parent: Element, table: { table: number; row: number } | null, into: ParagraphInfo[] = []): ParagraphInfo[] {
    for (const el of childElements(parent, W_NS)) {
      if (el.localName === 'p') into.push(this.paragraph(el, table));
      else if (el.localName === 'tbl') this.table(el);
      else if (el.localName === 'sdt') {
        const content = firstChildElement(el, W_NS, 'sdtContent');
        if (content) this.blocks(content, table, into);
      } else if (el.localName === 'customXml') this.blocks(el, table, into);
    }
    return into;
  }

  private paragraph(p: Element, table: { table: number; row: number } | null): ParagraphInfo {
    const pPr = firstChildElement(p, W_NS, 'pPr');
    const styleEl = pPr ? firstChildElement(pPr, W_NS, 'pStyle') : undefined;
    const styleId = styleEl ? attr(styleEl, W_NS, 'val') : this.styles.defaultParagraphStyle;
    const outline = pPr ? firstChildElement(pPr, W_NS, 'outlineLvl') : undefined;
    const ownLevel = outline ? Number(attr(outline, W_NS, 'val')) : NaN;
    const headingLevel = Number.isInteger(ownLevel)
      ? ownLevel >= 0 && ownLevel <= 8
        ? ownLevel + 1
        : null
      : this.styles.headingLevel(styleId);
    const runs: RunInfo[] = [];
    this.runs(p, styleId, false, runs);
    const text = runs.map((r) => r.text).join('');
    const number = this.body ? this.paragraphs.length + 1 : 0;
    const info: ParagraphInfo = {
      number,
      text,
      styleId,
      styleName: this.styles.name(styleId),
      headingLevel,
      runs,
      table,
      where: this.body ? `paragraph ${number} (${firstWords(text)})` : `the ${this.part} (${firstWords(text)})`,
    };
    if (this.body) this.paragraphs.push(info);
    this.byElement.set(p, info);
    this.collectLinks(p, info);
    this.collectImages(p, info);
    return info;
  }

  /** The runs of a paragraph, through links, insertions, fields and content controls (not deletions). */
  private runs(parent: Element, styleId: string, inLink: boolean, out: RunInfo[]): void {
    for (const el of childElements(parent, W_NS)) {
      const name = el.localName;
      if (name === 'r') {
        const rPr = firstChildElement(el, W_NS, 'rPr');
        const rStyle = rPr ? firstChildElement(rPr, W_NS, 'rStyle') : undefined;
        const characterStyle = rStyle ? attr(rStyle, W_NS, 'val') : '';
        const own = runProps(rPr);
        const look = this.styles.look(styleId, characterStyle, own);
        out.push({ text: runText(el), look, markedColor: this.styles.markedColor(characterStyle, own), inLink });
      } else if (name === 'hyperlink') this.runs(el, styleId, true, out);
      else if (name === 'fldSimple')
        this.runs(el, styleId, inLink || /^\s*HYPERLINK\b/i.test(attr(el, W_NS, 'instr')), out);
      else if (name === 'ins' || name === 'smartTag' || name === 'customXml' || name === 'moveTo')
        this.runs(el, styleId, inLink, out);
      else if (name === 'sdt') {
        const content = firstChildElement(el, W_NS, 'sdtContent');
        if (content) this.runs(content, styleId, inLink, out);
      }
    }
  }

  private collectLinks(p: Element, info: ParagraphInfo): void {
    for (const link of Array.from(p.getElementsByTagNameNS(W_NS, 'hyperlink'))) {
      const id = link.getAttributeNS(R_NS, 'id') ?? '';
      const anchor = attr(link, W_NS, 'anchor');
      const runs: RunInfo[] = [];
      this.runs(link, info.styleId, true, runs);
      this.links.push({
        text: runs.map((r) => r.text).join(''),
        target: id ? (this.rels.get(id) ?? '') : anchor ? `#${anchor}` : '',
        where: info.where,
      });
    }
    for (const field of Array.from(p.getElementsByTagNameNS(W_NS, 'fldSimple'))) {
      const m = /^\s*HYPERLINK\s+(?:\\l\s+)?"([^"]*)"/i.exec(attr(field, W_NS, 'instr'));
      if (!m) continue;
      const runs: RunInfo[] = [];
      this.runs(field, info.styleId, true, runs);
      this.links.push({ text: runs.map((r) => r.text).join(''), target: m[1]!, where: info.where });
    }
  }

  private collectImages(p: Element, info: ParagraphInfo): void {
    for (const docPr of Array.from(p.getElementsByTagNameNS(WP_NS, 'docPr'))) {
      const decorative = Array.from(docPr.getElementsByTagName('*')).some(
        (e) => e.localName === 'decorative' && onOff(e.getAttribute('val') ?? '1'),
      );
      this.images.push({
        name: docPr.getAttribute('name') ?? '',
        altText: (docPr.getAttribute('descr') ?? '').trim(),
        decorative,
        where: info.where,
      });
    }
    for (const data of Array.from(p.getElementsByTagNameNS(VML_NS, 'imagedata'))) {
      const shape = data.parentNode as Element | null;
      this.images.push({
        name: shape?.getAttribute('id') ?? '',
        altText: (shape?.getAttribute('alt') ?? '').trim(),
        decorative: false,
        where: info.where,
      });
    }
  }

  private table(tbl: Element): void {
    const info: TableInfo = { number: this.tables.length + 1, rows: [], markedNoHeader: false, columns: 0 };
    if (this.body) this.tables.push(info);
    const tblPr = firstChildElement(tbl, W_NS, 'tblPr');
    const look = tblPr ? firstChildElement(tblPr, W_NS, 'tblLook') : undefined;
    if (look) {
      const first = attr(look, W_NS, 'firstRow');
      const val = attr(look, W_NS, 'val');
      info.markedNoHeader = first !== '' ? !onOff(first) : /^[0-9a-f]+$/i.test(val) && (parseInt(val, 16) & 0x20) === 0;
    }
    const grid = firstChildElement(tbl, W_NS, 'tblGrid');
    info.columns = grid ? childElements(grid, W_NS, 'gridCol').length : 0;
    for (const tr of childElements(tbl, W_NS, 'tr')) {
      const trPr = firstChildElement(tr, W_NS, 'trPr');
      const headerEl = trPr ? firstChildElement(trPr, W_NS, 'tblHeader') : undefined;
      const row: RowInfo = { cells: [], header: headerEl ? onOff(attr(headerEl, W_NS, 'val')) : false };
      info.rows.push(row);
      const position = { table: info.number, row: info.rows.length };
      for (const tc of childElements(tr, W_NS, 'tc')) {
        const tcPr = firstChildElement(tc, W_NS, 'tcPr');
        const span = tcPr ? firstChildElement(tcPr, W_NS, 'gridSpan') : undefined;
        const paragraphs = this.blocks(tc, position);
        row.cells.push({
          text: paragraphs.map((p) => p.text).join('\n'),
          span: span ? Math.max(1, Number(attr(span, W_NS, 'val')) || 1) : 1,
          verticalMerge: tcPr ? firstChildElement(tcPr, W_NS, 'vMerge') !== undefined : false,
          paragraphs,
        });
      }
    }
    if (!info.columns) info.columns = Math.max(0, ...info.rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  }
}

function coreTitle(core: Document | null): string {
  const root = core?.documentElement;
  const title = root ? firstChildElement(root, DC_NS, 'title') : undefined;
  return (title?.textContent ?? '').trim();
}

/** Builds the model; throws XmlProblem (in words) for a part that is not well-formed XML. */
export function buildModel(parts: DocxPartsText, limits: XmlLimits): DocxModel {
  const styles = new StyleSheet(parts.styles ? parseXml(parts.styles, limits) : null);
  const documentRoot = parseXml(parts.document, limits).documentElement;
  const body = documentRoot ? firstChildElement(documentRoot, W_NS, 'body') : undefined;
  const main = new Builder(styles, relTargets(parts.documentRels, limits), 'document', true);
  if (body) main.blocks(body, null);
  const links = [...main.links];
  const images = [...main.images];
  for (const other of parts.others ?? []) {
    const root = parseXml(other.xml, limits).documentElement;
    if (!root) continue;
    const b = new Builder(styles, relTargets(other.rels, limits), other.name, false);
    b.blocks(root, null);
    links.push(...b.links);
    images.push(...b.images);
  }
  return {
    title: coreTitle(parts.core ? parseXml(parts.core, limits) : null),
    language: styles.language,
    paragraphs: main.paragraphs,
    tables: main.tables,
    links,
    images,
  };
}
