// Word XML as a DOM, for the parts Scrutineer changes (a template's styles, the core properties):
// read by the strict reader in xml-wellformed.ts (no DTDs, bounded), built into an @xmldom/xmldom
// Document, changed through the DOM with namespaces, and written back by its XMLSerializer. The
// same DOM always gives the same text.
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { DOCX_PART_LIMITS, readXml, type XmlLimits } from './xml-wellformed';

export type { Document, Element, Node };
export { XmlProblem } from './xml-wellformed';

/** WordprocessingML, the transitional namespace every Word since 2007 writes. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ELEMENT_NODE = 1;

/** Parses one part of a Word file. Throws `XmlProblem` with words when it is not well-formed, has a DOCTYPE, or passes a limit. */
export function parseXml(xml: string, limits: XmlLimits = DOCX_PART_LIMITS): Document {
  const doc = new DOMImplementation().createDocument(null, '');
  const stack: Node[] = [doc];
  const top = () => stack[stack.length - 1]!;
  readXml(
    xml,
    {
      open(tag) {
        const el = doc.createElementNS(tag.uri || null, tag.name);
        for (const attr of Object.values(tag.attributes)) {
          el.setAttributeNS(attr.uri || null, attr.name, attr.value);
        }
        top().appendChild(el);
        stack.push(el);
      },
      close() {
        stack.pop();
      },
      text(text) {
        // Whitespace outside the root element is not part of the document.
        if (stack.length > 1) top().appendChild(doc.createTextNode(text));
      },
      cdata(text) {
        if (stack.length > 1) top().appendChild(doc.createCDATASection(text));
      },
      comment(text) {
        top().appendChild(doc.createComment(text));
      },
      pi(target, body) {
        top().appendChild(doc.createProcessingInstruction(target, body));
      },
    },
    limits,
  );
  return doc;
}

/** The root element (or any node) as text; a whole document gets Word's own XML declaration first. */
export function serializeXml(node: Document | Element): string {
  const serializer = new XMLSerializer();
  if (node.nodeType === ELEMENT_NODE) return serializer.serializeToString(node, { requireWellFormed: true });
  const root = (node as Document).documentElement;
  if (!root) throw new Error('the document has no root element');
  return XML_DECLARATION + serializer.serializeToString(root, { requireWellFormed: true });
}

/** The element children of `parent`, in order; those named `ns`:`local` when given. */
export function childElements(parent: Node, ns?: string, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const el = n as Element;
    if (ns !== undefined && el.namespaceURI !== ns) continue;
    if (local !== undefined && el.localName !== local) continue;
    out.push(el);
  }
  return out;
}

export function firstChildElement(parent: Node, ns: string, local: string): Element | undefined {
  return childElements(parent, ns, local)[0];
}

/** Every element below `root` (not `root` itself) named `ns`:`local`, in document order. */
export function descendantElements(root: Element, ns: string, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, local));
}

/** A namespaced attribute's value, '' when it is absent. */
export function attr(el: Element, ns: string, local: string): string {
  return el.getAttributeNS(ns, local) ?? '';
}

/**
 * Sets a namespaced attribute, keeping the prefix it already has; a new one takes the prefix
 * `prefix` (declared where the serializer needs it).
 */
export function setAttr(el: Element, ns: string, prefix: string, local: string, value: string): void {
  const existing = el.getAttributeNodeNS(ns, local);
  if (existing) el.setAttributeNS(ns, existing.name, value);
  else el.setAttributeNS(ns, `${prefix}:${local}`, value);
}

/** The prefix a document uses for `ns` on its root element, or `fallback`. */
export function prefixFor(doc: Document, ns: string, fallback: string): string {
  const root = doc.documentElement;
  if (root?.namespaceURI === ns && root.prefix) return root.prefix;
  return root?.lookupPrefix(ns) ?? fallback;
}

/** Replaces the text of an element. */
export function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(text));
}
