// Reads a .docx back the way a test needs it: each paragraph's style name and text, numbered
// paragraphs with their number, the footer, and the raw parts. Independent of the writer's code.
import JSZip from 'jszip';

export interface ReadParagraph {
  /** The style's display name ("Heading 1"), looked up in word/styles.xml. */
  style: string;
  text: string;
  /** Character style names used by runs, in order (e.g. "Strong" for the PRESENT labels). */
  runStyles: string[];
  /** "1", "2", ... for numbered paragraphs, counted per list as Word does. */
  number?: string;
}

export interface ReadDocx {
  paragraphs: ReadParagraph[];
  footer: ReadParagraph[];
  /** styleId → the name Word shows. */
  styleNames: Map<string, string>;
  parts: Map<string, Uint8Array>;
  text(part: string): string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function readParagraphs(xml: string, styleNames: Map<string, string>): ReadParagraph[] {
  const counters = new Map<string, number>();
  const out: ReadParagraph[] = [];
  for (const [p] of xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)) {
    const styleId = /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? 'Normal';
    const runStyles = [...p.matchAll(/<w:rStyle w:val="([^"]*)"/g)].map((m) => styleNames.get(m[1]!) ?? m[1]!);
    let text = '';
    for (const [tok] of p.matchAll(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      if (tok === '<w:br/>') text += '\n';
      else if (tok === '<w:tab/>') text += '\t';
      else text += decode(tok.replace(/<[^>]+>/g, ''));
    }
    const numId = /<w:numId w:val="([^"]*)"/.exec(p)?.[1];
    const para: ReadParagraph = { style: styleNames.get(styleId) ?? styleId, text, runStyles };
    if (numId) {
      const n = (counters.get(numId) ?? 0) + 1;
      counters.set(numId, n);
      para.number = String(n);
    }
    out.push(para);
  }
  return out;
}

/** Word stores some built-in names in lower case ("heading 1", "footer") and shows them capitalised. */
function uiName(name: string): string {
  return /^(heading \d|footer|header|caption)$/.test(name) ? name[0]!.toUpperCase() + name.slice(1) : name;
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name]!.dir) parts.set(name, await zip.files[name]!.async('uint8array'));
  }
  const text = (part: string) => new TextDecoder().decode(parts.get(part) ?? new Uint8Array());
  const styleNames = new Map<string, string>();
  for (const [s] of text('word/styles.xml').matchAll(/<w:style\b[\s\S]*?<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(s)?.[1];
    const name = /<w:name w:val="([^"]*)"/.exec(s)?.[1];
    if (id && name) styleNames.set(id, uiName(name));
  }
  const footerParts = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort();
  return {
    paragraphs: readParagraphs(text('word/document.xml'), styleNames),
    footer: footerParts.flatMap((f) => readParagraphs(text(f), styleNames)),
    styleNames,
    parts,
    text,
  };
}
