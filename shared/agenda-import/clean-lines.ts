/**
 * Strips the debris conversions leave in agenda text, line by line, keeping each line's index:
 * HTML fragments (<b>, <p>, <u>, <a href>, <sup>), entities, Markdown markup (headings, bold,
 * links, escapes, rules) and pipe-table borders (a pipe-table row becomes tab-separated cells,
 * as a Word table row does). Text is otherwise kept as written.
 */
import { removeXmlIllegal } from '../domain/xml-chars';

export interface CleanLine {
  /** Index in the lines given to the parser. */
  index: number;
  /** The line as given, less the characters no Word file can hold (see removeXmlIllegal). */
  raw: string;
  /**
   * The line without markup; tabs separate cells; spaces collapsed; '' for a blank line. A "\n"
   * inside a cell is a paragraph break the line itself marks ("</p> <p>" in HTML-ish text).
   */
  text: string;
  /** A line whose text was joined onto this one (a table cell saved on a line of its own): a source too. */
  joined?: CleanLine;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|tr|h[1-6]|table|tbody|thead)\b[^>]{0,200}>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/gi;

/** "</p> <p>": one paragraph ending and the next starting within the line (a converted Word cell). */
const PARAGRAPH_BREAK = /<\/p\s*>[^\S\t]{0,20}<p\b[^>]{0,200}>/gi;

function stripHtml(s: string): string {
  return s
    .replace(/<!--[\s\S]{0,2000}?-->/g, '')
    .replace(PARAGRAPH_BREAK, '\n')
    .replace(BLOCK_TAG, ' ')
    .replace(ANY_TAG, '');
}

function stripMarkdown(s: string): string {
  let t = s;
  t = t.replace(/^\s{0,3}>\s?/, ''); // blockquote
  t = t.replace(/^\s{0,3}#{1,6}\s+/, ''); // heading
  t = t.replace(/\s+#{1,6}\s*$/, ''); // closing hashes
  t = t.replace(/!\[([^\]]{0,300})\]\([^)]{0,500}\)/g, '$1'); // image
  t = t.replace(/\[([^\]]{1,300})\]\([^)]{0,500}\)/g, '$1'); // link
  t = t.replace(/\*\*|__/g, ''); // bold
  t = t.replace(/(^|[\s(])[*_](\S(?:[^*_]{0,300}?\S)?)[*_](?=$|[\s).,;:!?])/g, '$1$2'); // italic
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1'); // escapes
  return t;
}

/** "- | a | b |" and "| a | b |": a pipe-table row as tab-separated cells; "|---|---|" as ''. */
function pipeRow(s: string): string | null {
  const t = s.replace(/^\s*[-*+]\s+(?=\|)/, '').trim();
  if (!t.startsWith('|') || t.split('|').length < 3) return null;
  if (/^\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$/.test(t)) return '';
  const inner = t.replace(/^\|/, '').replace(/\|$/, '');
  return inner
    .split('|')
    .map((c) => c.trim())
    .join('\t');
}

/** Characters that can start markup; a line without any (most report text) skips the markup passes. */
const MARKUP = /[<&*_#|[\\>`!]/;

/** Longer lines are cut for matching (the raw line is kept): no agenda field needs more, and it bounds the work. */
const MAX_LINE = 20_000;

export function cleanLine(raw: string): string {
  // A "\n" already in a line (a line cleaned before) is a paragraph break, kept: cleaning twice changes nothing.
  // Vertical tabs and form feeds (Word's line breaks, PDF page breaks) separate words: spaces.
  // Other characters a Word file cannot hold are removed, here and after entities are decoded.
  let t = removeXmlIllegal((raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw).replace(/[\u00a0\r\v\f]/g, ' '));
  if (MARKUP.test(t)) {
    t = stripHtml(t);
    const row = pipeRow(t);
    if (row !== null) t = row;
    t = t
      .split('\t')
      .map((cell) => stripMarkdown(removeXmlIllegal(decodeEntities(cell))))
      .join('\t');
  }
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(t)) return ''; // horizontal rule
  t = t.replace(/^\s*[-*+•▪◦●]\s+/, ''); // bullet
  t = t
    .replace(/[^\S\t\n]+/g, ' ')
    .replace(/ *\t */g, '\t')
    .replace(/ *\n */g, '\n')
    // A paragraph break at the edge of a cell (or beside another) marks nothing.
    .replace(/\n+(?=\t|$|\n)|(^|\t)\n+/g, '$1')
    .replace(/^ +| +$/g, '');
  return /^\s*$/.test(t) ? '' : t;
}

export function cleanLines(lines: readonly string[]): CleanLine[] {
  return lines.map((given, index) => {
    // Characters no Word file can hold (controls, U+FFFE, lone surrogates...) never reach the
    // agenda, nor the source lines shown beside it.
    const raw = typeof given === 'string' ? removeXmlIllegal(given.replace(/[\v\f]/g, ' ')) : '';
    return { index, raw, text: cleanLine(raw) };
  });
}
