/**
 * Turns the HTML mammoth makes of a Word document into lines of text, keeping the layout an
 * agenda parser needs: a paragraph per line (line breaks split it), a blank line between
 * paragraphs, table rows as lines with cells separated by a tab. A cell holding several
 * paragraphs (a title, then its summary) becomes several lines, aligned cell by cell, so
 * ["5", "TITLE¶summary", "12 - 26"] gives "5\tTITLE\t12 - 26" then "\tsummary\t".
 * Mammoth's HTML is simple and well formed, so a small tokenizer is enough.
 */

interface HtmlNode {
  tag: string;
  children: (HtmlNode | string)[];
}

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'li',
  'div',
  'blockquote',
  'pre',
]);

export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: 'root', children: [] };
  const stack: HtmlNode[] = [root];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>|([^<]+)|</g;
  for (const m of html.matchAll(token)) {
    const top = stack[stack.length - 1] ?? root;
    if (m[4] !== undefined || m[2] === undefined) {
      top.children.push(decodeEntities(m[4] ?? '<'));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      // Close the nearest open element with this name; stray closing tags are ignored.
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else {
      const node: HtmlNode = { tag, children: [] };
      top.children.push(node);
      if (!VOID_TAGS.has(tag) && !m[3]) stack.push(node);
    }
  }
  return root;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function isBlock(node: HtmlNode): boolean {
  return BLOCK_TAGS.has(node.tag);
}

/** Lines of a container's content. `separate`: a blank line after each block (the document body). */
function blockLines(children: (HtmlNode | string)[], separate: boolean, list: ListState): string[] {
  const out: string[] = [];
  let inline: (HtmlNode | string)[] = [];
  const flushInline = (): void => {
    if (inline.length === 0) return;
    const lines = inlineLines(inline);
    inline = [];
    if (lines.some((l) => l.trim() !== '')) pushBlock(out, lines, separate);
  };
  for (const child of children) {
    if (typeof child === 'string' || !isBlock(child)) {
      inline.push(child);
      continue;
    }
    flushInline();
    if (child.tag === 'table') pushBlock(out, tableLines(child), separate);
    else if (child.tag === 'ul' || child.tag === 'ol') pushBlock(out, listLines(child, list), separate);
    else {
      if (/^h[1-6]$/.test(child.tag)) list.counters.length = 0; // a heading ends a numbered list
      const lines = blockLines(child.children, false, list);
      if (lines.length > 0) pushBlock(out, lines, separate);
    }
  }
  flushInline();
  return out;
}

function pushBlock(out: string[], lines: string[], separate: boolean): void {
  out.push(...lines);
  if (separate) out.push('');
}

/** Inline content split at <br>; text of every inline element kept, images dropped. */
function inlineLines(nodes: (HtmlNode | string)[]): string[] {
  const lines: string[] = [''];
  const walk = (n: HtmlNode | string): void => {
    if (typeof n === 'string') {
      lines[lines.length - 1] += n.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (n.tag === 'br') lines.push('');
    else if (isBlock(n)) lines.push(...blockLines([n], false, { counters: [] }), '');
    else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return lines;
}

function childElements(node: HtmlNode, tags: string[]): HtmlNode[] {
  return node.children.filter((c): c is HtmlNode => typeof c !== 'string' && tags.includes(c.tag));
}

function tableLines(table: HtmlNode): string[] {
  // Rows may sit in thead/tbody/tfoot; rows of nested tables stay inside their cell.
  const rows = [
    ...childElements(table, ['tr']),
    ...childElements(table, ['thead', 'tbody', 'tfoot']).flatMap((g) => childElements(g, ['tr'])),
  ];
  const out: string[] = [];
  for (const row of rows) {
    const cells = childElements(row, ['td', 'th']).map((cell) =>
      blockLines(cell.children, false, { counters: [] })
        .map((l) => l.replace(/\t/g, ' ').trim())
        .filter((l) => l !== ''),
    );
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(cells.map((c) => c[k] ?? '').join('\t'));
  }
  return out;
}

/**
 * Word's automatic numbering arrives as <ol>: the numbers are written back ("1.", nested "a)")
 * so numbered agendas read the same as typed ones. Word continues a list across the
 * paragraphs between its items, so the count carries on until a heading.
 */
interface ListState {
  counters: number[];
}

function listLines(list: HtmlNode, state: ListState, depth = 0): string[] {
  const ordered = list.tag === 'ol';
  const out: string[] = [];
  if (ordered) state.counters.length = Math.min(state.counters.length, depth + 1);
  for (const li of childElements(list, ['li'])) {
    let prefix = '';
    if (ordered) {
      const n = (state.counters[depth] ?? 0) + 1;
      state.counters[depth] = n;
      prefix = depth === 0 ? `${n}.\t` : `${String.fromCharCode(96 + Math.min(n, 26))})\t`;
    }
    const nested = childElements(li, ['ul', 'ol']);
    const own = li.children.filter((c) => !(typeof c !== 'string' && (c.tag === 'ul' || c.tag === 'ol')));
    const lines = blockLines(own, false, state).filter((l) => l.trim() !== '');
    lines.forEach((l, i) => out.push(i === 0 ? prefix + l : l));
    if (lines.length === 0 && prefix) out.push(prefix.trim());
    for (const sub of nested) {
      if (sub.tag === 'ol') state.counters.length = Math.min(state.counters.length, depth + 1);
      out.push(...listLines(sub, state, depth + 1));
    }
  }
  return out;
}

export function htmlToLines(html: string): string[] {
  const lines = blockLines(parseHtml(html).children, true, { counters: [] }).map((l) => l.replace(/[ \u00a0]+$/g, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
