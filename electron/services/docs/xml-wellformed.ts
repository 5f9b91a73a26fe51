// A small well-formedness check for the XML parts of a Word file (tags balanced, names matched,
// attributes quoted), so a damaged template is reported instead of producing a broken document.

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTRS = /^(\s+[A-Za-z_][\w.:-]*\s*=\s*("[^"<]*"|'[^'<]*'))*\s*$/;

/** null when the text is well-formed XML with one root element; otherwise what is wrong. */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (stack.length === 0 && roots > 0 && xml.slice(i, lt).trim() !== '') return 'text after the root element';
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return 'a comment is not closed';
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) return 'a CDATA section is not closed';
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) return 'a declaration is not closed';
      i = end + 1;
      continue;
    }
    const gt = findTagEnd(xml, lt);
    if (gt === -1) return `a tag is not closed (at character ${lt})`;
    const inner = xml.slice(lt + 1, gt);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (open !== name) return open ? `<${open}> is closed by </${name}>` : `</${name}> closes nothing`;
    } else {
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      if (!NAME.test(name)) return `a tag has an invalid name (at character ${lt})`;
      if (!ATTRS.test(body.slice(name.length))) return `<${name}> has malformed attributes`;
      if (stack.length === 0) roots++;
      if (roots > 1) return 'more than one root element';
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed (the file may be cut short)`;
  if (roots === 0) return 'no root element';
  return null;
}

/** The ">" that ends the tag starting at `lt`, skipping quoted attribute values. */
function findTagEnd(xml: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return j;
  }
  return -1;
}
